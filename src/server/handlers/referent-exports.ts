/**
 * HTTP side of the referents' exports (issue E, items 5 and 6: requests, ambassadors, evaluation table): GET, signed-in referent (the session of
 * the referents' space), optional `?periode=` (school year "2025-2026" or month "2026-03"); the
 * file covers the referent's départements, the whole Région for a coordinator. Each export is
 * written to the audit trail before the file is streamed.
 */
import { parsePeriod, type Period } from '../../lib/period.ts';
import { audit } from '../audit.ts';
import type { Db } from '../db.ts';
import { ambassadorsCsv } from '../exports/ambassadors.ts';
import { evaluationCsv } from '../exports/evaluation.ts';
import { requestsCsv } from '../exports/requests.ts';
import { exportAuditSubject, exportFilename } from '../exports/scope.ts';
import { scopeOf } from '../indicators/scope.ts';
import { csvStream, messagePage, methodNotAllowed, notFound } from '../http.ts';
import { forReferent } from './referents.ts';

interface Export {
  name: string;
  action: string;
  file: string;
  csv: (db: Db, departments: readonly string[], period: Period | undefined) => ReadableStream<Uint8Array>;
}

const REQUESTS: Export = { name: 'referent-export-requests', action: 'export_requests', file: 'demandes', csv: requestsCsv };
const AMBASSADORS: Export = {
  name: 'referent-export-ambassadors',
  action: 'export_ambassadors',
  file: 'ambassadeurs',
  csv: ambassadorsCsv,
};
const EVALUATION: Export = { name: 'referent-export-evaluation', action: 'export_evaluation', file: 'evaluation', csv: evaluationCsv };

function exportHandler(deps: Parameters<typeof forReferent>[0], what: Export) {
  return forReferent(deps, what.name, async (req, d, referent) => {
    if (req.method !== 'GET') return methodNotAllowed('GET');
    const key = new URL(req.url).searchParams.get('periode') ?? '';
    const period = key === '' ? undefined : parsePeriod(key);
    if (period === 'malformed')
      return messagePage(
        'Période non reconnue',
        ['La période s’écrit comme une année scolaire (par exemple 2025-2026) ou comme un mois (par exemple 2026-03).'],
        400,
      );
    if (key !== '' && !period) return notFound();
    const scope = scopeOf(referent, d.settings).departments;
    await audit(d.db, d.clock.now(), 'referent', what.action, exportAuditSubject(referent, scope, period));
    return csvStream(exportFilename(what.file, scope, period), what.csv(d.db, scope, period));
  });
}

export const requestsExportHandler = (deps: Parameters<typeof forReferent>[0]) => exportHandler(deps, REQUESTS);
export const ambassadorsExportHandler = (deps: Parameters<typeof forReferent>[0]) => exportHandler(deps, AMBASSADORS);
export const evaluationExportHandler = (deps: Parameters<typeof forReferent>[0]) => exportHandler(deps, EVALUATION);
