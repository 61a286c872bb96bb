/**
 * Demand and flow (figures 6, 8, 9, 10, 11) and unmet demand against supply (figure 12): the
 * requests sent in the period (dated by their first sending), in the intervention's département.
 * Two scans of the period's requests: one for the totals, one for every breakdown at once.
 */
import type { Queryable } from '../db.ts';
import type { Period } from '../../lib/period.ts';
import type { FigureSettings } from '../../lib/indicators/definitions.ts';
import type { FlowFigures, KeyCount, SupplyDemandFigures } from '../../lib/indicators/figures.ts';
import { REQUEST_STATUSES, type RequestStatus } from '../../lib/request-status.ts';
import { SECTORS } from '../../lib/vocabularies.ts';
import {
  SENT,
  TERRITORY,
  UNMET,
  UNMET_CANCELLED,
  UNMET_DECLINED,
  UNMET_EXPIRED,
  answeredWithin,
  daysBetween,
  inScope,
  successJoin,
  within,
} from './facts.ts';
import type { Scope } from './scope.ts';

/** The requests of the figures: sent in the period ($2–$3) in the scope's départements ($1), with what unmet demand needs. */
const SENT_IN_PERIOD = `FROM requests r ${successJoin(2, 3)} WHERE ${inScope(TERRITORY, 1)} AND ${SENT} AND ${within('r.first_sent_at', 2, 3)}`;

const DEADLINE = '$5::int';
/** The moment the request's answer was due. */
const DUE = `r.first_sent_at + ${DEADLINE} * interval '1 day'`;
/** When an escalated request found its issue: accepted (the answer), else its closing. */
const RESOLVED_AT = `greatest(r.first_escalated_at, CASE WHEN r.status IN ('accepted', 'done') THEN r.answered_at ELSE r.closed_at END)`;
const WAITING = `r.status = 'sent' AND r.awaiting = 'ambassador'`;
const waitedAtLeast = (days: string) => `r.sent_at <= $4::timestamptz - ${days} * interval '1 day'`;

/** $1 départements, $2–$3 the period, $4 now, $5 answer deadline, $6 first reminder, $7 second reminder (days). */
const TOTALS = `
  SELECT count(*)::int AS sent,
    count(*) FILTER (WHERE ${answeredWithin(DEADLINE)})::int AS "inTime",
    count(*) FILTER (WHERE r.first_answered_at > ${DUE})::int AS late,
    count(*) FILTER (WHERE r.first_answered_at IS NULL AND ${DUE} <= $4::timestamptz
      AND NOT (r.status = 'cancelled' AND r.closed_at < ${DUE}))::int AS unanswered,
    count(r.first_answered_at)::int AS answered,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY ${daysBetween('r.first_sent_at', 'r.first_answered_at')}) AS "answerMedian",
    percentile_cont(0.9) WITHIN GROUP (ORDER BY ${daysBetween('r.first_sent_at', 'r.first_answered_at')}) AS "answerP90",
    count(r.first_escalated_at)::int AS escalated,
    count(*) FILTER (WHERE r.first_escalated_at IS NOT NULL AND r.reassignments > 0)::int AS reassigned,
    count(*) FILTER (WHERE r.first_escalated_at IS NOT NULL AND r.status IN ('accepted', 'done'))::int AS "escalatedAccepted",
    count(*) FILTER (WHERE r.first_escalated_at IS NOT NULL AND r.status <> 'sent')::int AS resolved,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY CASE WHEN r.first_escalated_at IS NOT NULL AND r.status <> 'sent'
      THEN ${daysBetween('r.first_escalated_at', RESOLVED_AT)} END) AS "resolutionDays",
    count(*) FILTER (WHERE ${WAITING} AND NOT ${waitedAtLeast('$6::int')})::int AS "beforeFirstReminder",
    count(*) FILTER (WHERE ${WAITING} AND ${waitedAtLeast('$6::int')} AND NOT ${waitedAtLeast('$7::int')})::int AS "afterFirstReminder",
    count(*) FILTER (WHERE ${WAITING} AND ${waitedAtLeast('$7::int')} AND NOT ${waitedAtLeast(DEADLINE)})::int AS "afterSecondReminder",
    count(*) FILTER (WHERE ${WAITING} AND ${waitedAtLeast(DEADLINE)})::int AS "pastDeadline",
    count(*) FILTER (WHERE r.status = 'sent' AND r.awaiting = 'requester')::int AS "awaitingRequester",
    count(*) FILTER (WHERE r.status = 'accepted' AND r.accepted_start >= $4::timestamptz)::int AS upcoming,
    count(*) FILTER (WHERE ${UNMET_EXPIRED})::int AS expired,
    count(*) FILTER (WHERE ${UNMET_DECLINED})::int AS "declinedUnmet",
    count(*) FILTER (WHERE ${UNMET_CANCELLED})::int AS "cancelledAfterEscalation"
  ${SENT_IN_PERIOD}`;

interface TotalsRow {
  sent: number;
  inTime: number;
  late: number;
  unanswered: number;
  answered: number;
  answerMedian: number | null;
  answerP90: number | null;
  escalated: number;
  reassigned: number;
  escalatedAccepted: number;
  resolved: number;
  resolutionDays: number | null;
  beforeFirstReminder: number;
  afterFirstReminder: number;
  afterSecondReminder: number;
  pastDeadline: number;
  awaitingRequester: number;
  upcoming: number;
  expired: number;
  declinedUnmet: number;
  cancelledAfterEscalation: number;
}

/** Every breakdown in one pass: each request counts once per dimension. $1–$3 as above. */
const BREAKDOWNS = `
  SELECT d.dimension, d.value, count(*)::int AS requests, count(*) FILTER (WHERE f.unmet)::int AS unmet
  FROM (SELECT r.status, r.requester_kind, r.intervention, r.public, r.modality, coalesce(r.ambassador_sector, '') AS sector,
          ${TERRITORY} AS territory, ${UNMET} AS unmet
        ${SENT_IN_PERIOD}) f
  CROSS JOIN LATERAL (VALUES ('status', f.status), ('requesterKind', f.requester_kind), ('intervention', f.intervention),
    ('public', f.public), ('modality', f.modality), ('sector', f.sector), ('territory', f.territory),
    ('territorySector', f.territory || ' ' || f.sector)) AS d(dimension, value)
  GROUP BY 1, 2`;

interface BreakdownRow {
  dimension: string;
  value: string;
  requests: number;
  unmet: number;
}

/** $1 départements, $2 asOf: available ambassadors (published, not paused) by département they intervene in × sector. */
const AVAILABLE = `
  SELECT d.department, m.public ->> 'sector' AS sector, count(*)::int AS available
  FROM ambassadors m CROSS JOIN LATERAL jsonb_array_elements_text(m.public -> 'departments') AS d(department)
  WHERE ${inScope('d.department', 1)} AND NOT m.paused AND m.published_at < $2::timestamptz
  GROUP BY 1, 2`;

const byCount = (a: KeyCount, b: KeyCount) => b.count - a.count || a.key.localeCompare(b.key);

function dimension(rows: readonly BreakdownRow[], name: string): KeyCount[] {
  return rows
    .filter((r) => r.dimension === name)
    .map((r) => ({ key: r.value, count: r.requests }))
    .sort(byCount);
}

/** Figures 6, 8–12 for the requests sent in the period; `now` dates what is still waiting. */
export async function flowFigures(
  db: Queryable,
  scope: Scope,
  period: Period,
  settings: FigureSettings,
  now: Date,
  asOf: Date,
): Promise<{ flow: FlowFigures; supplyDemand: SupplyDemandFigures }> {
  const params = [
    scope.departments,
    period.start,
    period.end,
    now,
    settings.answerDeadlineDays,
    settings.firstReminderDays,
    settings.secondReminderDays,
  ];
  const [[totals], breakdowns, available] = await Promise.all([
    db.query<TotalsRow>(TOTALS, params),
    db.query<BreakdownRow>(BREAKDOWNS, params.slice(0, 3)),
    db.query<{ department: string; sector: string; available: number }>(AVAILABLE, [scope.departments, asOf]),
  ]);
  const t = totals!;
  const byStatus = Object.fromEntries(Object.keys(REQUEST_STATUSES).map((s) => [s, 0])) as Record<RequestStatus, number>;
  for (const r of breakdowns) if (r.dimension === 'status') byStatus[r.value as RequestStatus] = r.requests;
  const flow: FlowFigures = {
    sent: t.sent,
    byStatus,
    byRequesterKind: dimension(breakdowns, 'requesterKind'),
    byIntervention: dimension(breakdowns, 'intervention'),
    byPublic: dimension(breakdowns, 'public'),
    byModality: dimension(breakdowns, 'modality'),
    bySector: dimension(breakdowns, 'sector'),
    byTerritory: dimension(breakdowns, 'territory'),
    open: {
      beforeFirstReminder: t.beforeFirstReminder,
      afterFirstReminder: t.afterFirstReminder,
      afterSecondReminder: t.afterSecondReminder,
      pastDeadline: t.pastDeadline,
      awaitingRequester: t.awaitingRequester,
      upcoming: t.upcoming,
    },
    response: {
      due: t.inTime + t.late + t.unanswered,
      inTime: t.inTime,
      late: t.late,
      unanswered: t.unanswered,
      pending: t.sent - t.inTime - t.late - t.unanswered,
    },
    firstAnswer: { answered: t.answered, median: t.answerMedian, p90: t.answerP90 },
    escalations: {
      escalated: t.escalated,
      reassigned: t.reassigned,
      accepted: t.escalatedAccepted,
      resolved: t.resolved,
      resolutionDays: t.resolutionDays,
    },
  };
  return { flow, supplyDemand: supplyDemand(scope, t, breakdowns, available) };
}

function supplyDemand(
  scope: Scope,
  t: TotalsRow,
  breakdowns: readonly BreakdownRow[],
  available: readonly { department: string; sector: string; available: number }[],
): SupplyDemandFigures {
  const demand = new Map(breakdowns.filter((r) => r.dimension === 'territorySector').map((r) => [r.value, r]));
  const supply = new Map(available.map((a) => [`${a.department} ${a.sector}`, a.available]));
  const sectors = [...Object.keys(SECTORS), ...[...demand.keys()].map((k) => k.split(' ')[1]!).filter((s) => !(s in SECTORS))];
  const rows: SupplyDemandFigures['rows'] = [];
  for (const department of scope.departments) {
    for (const sector of new Set(sectors)) {
      const key = `${department} ${sector}`;
      const requests = demand.get(key)?.requests ?? 0;
      const availableHere = supply.get(key) ?? 0;
      if (requests === 0 && availableHere === 0) continue;
      rows.push({
        department,
        sector,
        requests,
        unmet: demand.get(key)?.unmet ?? 0,
        available: availableHere,
        whiteZone: requests > 0 && availableHere === 0,
      });
    }
  }
  return {
    unmet: {
      total: t.expired + t.declinedUnmet + t.cancelledAfterEscalation,
      expired: t.expired,
      declined: t.declinedUnmet,
      cancelledAfterEscalation: t.cancelledAfterEscalation,
    },
    rows,
    unmetBySector: breakdowns
      .filter((r) => r.dimension === 'sector' && r.unmet > 0)
      .map((r) => ({ key: r.value, count: r.unmet }))
      .sort(byCount),
  };
}
