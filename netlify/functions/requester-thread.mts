/**
 * GET /api/demandes/mes-demandes/fil?demande=<id> (session cookie): 303 to the requester's side of that request's thread, with a
 * thread link issued for the session's length. 404 for a request not made from the signed-in address, 401 without a session.
 */
import type { Config } from '@netlify/functions';
import { productionDeps } from '../../src/server/deps.ts';
import { requesterThreadHandler } from '../../src/server/handlers/requester-space.ts';

export default requesterThreadHandler(productionDeps);

export const config: Config = { path: '/api/demandes/mes-demandes/fil' };
