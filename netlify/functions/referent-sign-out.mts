/**
 * POST /api/referents/deconnexion (same origin, session cookie): ends the referent's session, clears the cookie and
 * says so (200, the same page without a session). 403 from elsewhere, 405 for another method.
 */
import type { Config } from '@netlify/functions';
import { referentDeps } from '../../src/server/deps.ts';
import { referentSignOutHandler } from '../../src/server/handlers/referents.ts';

export default referentSignOutHandler(referentDeps);

export const config: Config = { path: '/api/referents/deconnexion' };
