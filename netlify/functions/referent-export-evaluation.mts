/**
 * GET /api/referents/export/evaluation.csv[?periode=2025-2026 | 2026-03]: the evaluation table of the signed-in referent's
 * départements (the whole Région for a coordinator): requests sent and distinct requesters by school year, then age bracket,
 * situation and declared sex (individuals) or public and level (groups); CSV. 401 without a session, 400 / 404 for the
 * period. Writes an audit event.
 */
import type { Config } from '@netlify/functions';
import { referentDeps } from '../../src/server/deps.ts';
import { evaluationExportHandler } from '../../src/server/handlers/referent-exports.ts';

export default evaluationExportHandler(referentDeps);

export const config: Config = { path: '/api/referents/export/evaluation.csv' };
