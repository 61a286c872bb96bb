/**
 * POST /api/demandes/mes-demandes/deconnexion (same origin, session cookie): ends the requester's session, clears the cookie and
 * says so (200, the same page without a session). 403 from elsewhere, 405 for another method.
 */
import type { Config } from '@netlify/functions';
import { productionDeps } from '../../src/server/deps.ts';
import { requesterSignOutHandler } from '../../src/server/handlers/requester-space.ts';

export default requesterSignOutHandler(productionDeps);

export const config: Config = { path: '/api/demandes/mes-demandes/deconnexion' };
