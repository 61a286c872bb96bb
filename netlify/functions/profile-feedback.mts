/**
 * GET /api/profil/avis?demande=<id> (session cookie): 303 to the feedback form of that request done, by a
 * feedback link issued now for the signed-in ambassador; 200 saying so if their feedback is already given.
 * 404 if it is not one of their requests done, 401 without a session, 405 for another method.
 */
import type { Config } from '@netlify/functions';
import { productionDeps } from '../../src/server/deps.ts';
import { spaceFeedbackHandler } from '../../src/server/handlers/self-service.ts';

export default spaceFeedbackHandler(productionDeps);

export const config: Config = { path: '/api/profil/avis' };
