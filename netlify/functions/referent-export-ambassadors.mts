/**
 * GET /api/referents/export/ambassadeurs.csv[?periode=2025-2026 | 2026-03]: the activity of each ambassador living in the
 * signed-in referent's départements (the whole Région for a coordinator): public name, type, sector, status, requests
 * received, accepted, done, last activity; streamed CSV. 401 without a session, 400 / 404 for the period. Writes an audit event.
 */
import type { Config } from '@netlify/functions';
import { referentDeps } from '../../src/server/deps.ts';
import { ambassadorsExportHandler } from '../../src/server/handlers/referent-exports.ts';

export default ambassadorsExportHandler(referentDeps);

export const config: Config = { path: '/api/referents/export/ambassadeurs.csv' };
