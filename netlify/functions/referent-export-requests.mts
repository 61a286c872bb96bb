/**
 * GET /api/referents/export/demandes.csv[?periode=2025-2026 | 2026-03]: the requests of the signed-in referent's
 * départements (the whole Région for a coordinator), one line each, nothing personal; streamed CSV for French spreadsheets.
 * 401 without a session, 400 for a malformed period, 404 for a period that does not exist. Writes an audit event.
 */
import type { Config } from '@netlify/functions';
import { referentDeps } from '../../src/server/deps.ts';
import { requestsExportHandler } from '../../src/server/handlers/referent-exports.ts';

export default requestsExportHandler(referentDeps);

export const config: Config = { path: '/api/referents/export/demandes.csv' };
