/**
 * GET /api/referents/tableau-de-bord?periode=2025-2026|2026-03&departement=59: the signed-in referent's
 * dashboard (their home after sign-in), the coordinator's for the whole Région. Reads only.
 * 401 without a session, 400 for a malformed period or département, 404 for one outside the referent's reach, 405 otherwise.
 */
import type { Config } from '@netlify/functions';
import { referentDeps } from '../../src/server/deps.ts';
import { dashboardHandler } from '../../src/server/handlers/referents.ts';

export default dashboardHandler(referentDeps);

export const config: Config = { path: '/api/referents/tableau-de-bord' };
