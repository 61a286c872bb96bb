/**
 * GET /api/profil/session?jeton=…: page with a button. POST: uses the link once, opens a one-hour session
 * (HttpOnly cookie on /api/profil) and redirects to the ambassador's space.
 */
import type { Config } from '@netlify/functions';
import { productionDeps } from '../../src/server/deps.ts';
import { profileSessionHandler } from '../../src/server/handlers/self-service.ts';

export default profileSessionHandler(productionDeps);

export const config: Config = { path: '/api/profil/session' };
