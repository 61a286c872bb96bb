/**
 * GET /api/demandes/mes-demandes: « Mes demandes », every request made from the signed-in requester's address (session cookie),
 * in progress first, with its state, ambassador, dates and a link to its thread. 401 without a session.
 */
import type { Config } from '@netlify/functions';
import { productionDeps } from '../../src/server/deps.ts';
import { myRequestsHandler } from '../../src/server/handlers/requester-space.ts';

export default myRequestsHandler(productionDeps);

export const config: Config = { path: '/api/demandes/mes-demandes' };
