/**
 * GET /api/referents/session?jeton=…: page with a button. POST: uses the link once, opens an 8-hour session (HttpOnly cookie on /api/referents) and redirects to the applications to review.
 */
import type { Config } from '@netlify/functions';
import { referentDeps } from '../../src/server/deps.ts';
import { referentSessionHandler } from '../../src/server/handlers/referents.ts';

export default referentSessionHandler(referentDeps);

export const config: Config = { path: '/api/referents/session' };
