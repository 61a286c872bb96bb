/**
 * GET /api/profil/fil?demande=<id> (session cookie): 303 to the thread of that request, by a thread link
 * issued now for the signed-in ambassador (valid one hour, as a session). 404 if the request is not one of
 * theirs (another ambassador's, reassigned, unknown), 401 without a session, 405 for another method.
 */
import type { Config } from '@netlify/functions';
import { productionDeps } from '../../src/server/deps.ts';
import { spaceThreadHandler } from '../../src/server/handlers/self-service.ts';

export default spaceThreadHandler(productionDeps);

export const config: Config = { path: '/api/profil/fil' };
