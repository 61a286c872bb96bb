/**
 * GET /api/demandes/mes-demandes/session?jeton=…: page with a button. POST: uses the link once, records the first sign-in, opens a
 * one-hour session (HttpOnly cookie on /api/demandes, so the request form's POST receives it) and redirects to « Mes demandes ».
 */
import type { Config } from '@netlify/functions';
import { productionDeps } from '../../src/server/deps.ts';
import { requesterSessionHandler } from '../../src/server/handlers/requester-space.ts';

export default requesterSessionHandler(productionDeps);

export const config: Config = { path: '/api/demandes/mes-demandes/session' };
