/**
 * POST /api/profil/deconnexion (same origin, session cookie): ends the ambassador's session, clears the cookie and
 * says so (200, the same page without a session). 403 from elsewhere, 405 for another method.
 */
import type { Config } from '@netlify/functions';
import { productionDeps } from '../../src/server/deps.ts';
import { profileSignOutHandler } from '../../src/server/handlers/self-service.ts';

export default profileSignOutHandler(productionDeps);

export const config: Config = { path: '/api/profil/deconnexion' };
