/**
 * GET /api/referents/preferences: the signed-in referent's choices (the weekly digest by mail, on or off).
 * POST (weeklyDigest = oui | non), from the site only: records the choice, then 303 back to the page.
 * 401 without a session, 403 from another origin, 422 for another value; nothing else is written.
 */
import type { Config } from '@netlify/functions';
import { referentDeps } from '../../src/server/deps.ts';
import { referentPreferencesHandler } from '../../src/server/handlers/referent-preferences.ts';

export default referentPreferencesHandler(referentDeps);

export const config: Config = { path: '/api/referents/preferences' };
