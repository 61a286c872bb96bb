/**
 * The requests sent in the period, read once: a materialized `sent` table (one row per request, a
 * need sent to several ambassadors as one, the columns the figures need, unmet demand already
 * decided), from which the flow figures
 * (6, 8–12) and the evaluation table (19, 20) are aggregated in the same statement, each as JSON.
 */
import type { Queryable } from '../db.ts';
import type { Period } from '../../lib/period.ts';
import type { FigureSettings } from '../../lib/indicators/definitions.ts';
import type { EquityFigures, FlowFigures, SupplyDemandFigures } from '../../lib/indicators/figures.ts';
import { UNKNOWN } from '../../lib/indicators/vocabularies.ts';
import { DEMAND, TERRITORY, UNMET, UNMET_CANCELLED, UNMET_DECLINED, UNMET_EXPIRED, inScope, sentWithLastSuccess } from './facts.ts';
import { EVALUATION, GROUPS, evaluationFigures, type EvaluationRow } from './equity.ts';
import {
  AVAILABLE,
  FLOW_BREAKDOWNS,
  FLOW_TOTALS,
  breakdownsOf,
  flowFigures,
  type AvailableRow,
  type FlowTotalsRow,
  type GroupedRow,
} from './flow.ts';
import type { Scope } from './scope.ts';

/**
 * $1 départements, $2–$3 the period, $4 now, $5 answer deadline, $6 first reminder, $7 second
 * reminder (days), $8 the code of an unknown answer.
 */
/**
 * What the figures read of each request (requester_id only as the pseudonymous count of people).
 * The index requests_sent_figures (migration 0021) covers them: a column added here goes there
 * too, or every request of the period is read from the table again (a test checks it).
 */
export const SENT_COLUMNS = [
  'status',
  'awaiting',
  'requester_kind',
  'intervention',
  'public',
  'level',
  'modality',
  'group_size',
  'ambassador_sector',
  'requester_department',
  'requester_id',
  'requester_sex',
  'requester_age_bracket',
  'requester_situation',
  'first_sent_at',
  'first_answered_at',
  'first_escalated_at',
  'sent_at',
  'answered_at',
  'closed_at',
  'accepted_start',
  'reassignments',
  'counts_in_flow',
  'theme',
  'outside_zones',
] as const;

const SENT_FIGURES = `
  WITH sent AS MATERIALIZED (
    SELECT r.status, r.awaiting, r.requester_kind, r.intervention, r.public, r.level, r.modality, r.theme, r.group_size,
      coalesce(r.ambassador_sector, '') AS sector, ${TERRITORY} AS territory, r.requester_id, r.requester_sex,
      r.requester_age_bracket, r.requester_situation, r.first_sent_at, r.first_answered_at, r.first_escalated_at,
      r.sent_at, r.answered_at, r.closed_at, r.accepted_start, r.reassignments, r.outside_zones,
      ${UNMET_EXPIRED} AS unmet_expired, ${UNMET_DECLINED} AS unmet_declined, ${UNMET_CANCELLED} AS unmet_cancelled, ${UNMET} AS unmet
    FROM ${sentWithLastSuccess(SENT_COLUMNS, 2, 3)}
    WHERE ${inScope(TERRITORY, 1)} AND ${DEMAND}
  )
  SELECT (SELECT row_to_json(t) FROM (${FLOW_TOTALS}) t) AS totals,
    (SELECT coalesce(json_agg(b), '[]'::json) FROM (${FLOW_BREAKDOWNS}) b) AS breakdowns,
    (SELECT coalesce(json_agg(e), '[]'::json) FROM (${EVALUATION}) e) AS evaluation,
    (SELECT coalesce(json_agg(g), '[]'::json) FROM (${GROUPS}) g) AS groups`;

interface SentRow {
  totals: FlowTotalsRow;
  breakdowns: GroupedRow[];
  evaluation: EvaluationRow[];
  groups: EquityFigures['groups'];
}

/** Figures 6, 8–12, 20 (and 19's requests) for the requests sent in the period; `now` dates what still waits. */
export async function sentFigures(
  db: Queryable,
  scope: Scope,
  period: Period,
  settings: FigureSettings,
  now: Date,
  asOf: Date,
): Promise<{ flow: FlowFigures; supplyDemand: SupplyDemandFigures; evaluation: Omit<EquityFigures, 'bySex'> }> {
  const params = [
    scope.departments,
    period.start,
    period.end,
    now,
    settings.answerDeadlineDays,
    settings.firstReminderDays,
    settings.secondReminderDays,
    UNKNOWN,
  ];
  const [[row], available] = await Promise.all([
    db.query<SentRow>(SENT_FIGURES, params),
    db.query<AvailableRow>(AVAILABLE, [scope.departments, asOf]),
  ]);
  return {
    ...flowFigures(scope, row!.totals, breakdownsOf(row!.breakdowns), available),
    evaluation: evaluationFigures(row!.evaluation, row!.groups),
  };
}
