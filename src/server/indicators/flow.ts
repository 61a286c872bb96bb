/**
 * Demand and flow (figures 6, 8, 9, 10, 11) and unmet demand against supply (figure 12): the
 * requests sent in the period (dated by their first sending), in the intervention's département,
 * aggregated from the `sent` rows of src/server/indicators/sent.ts (as `r`).
 */
import type { FlowFigures, KeyCount, SupplyDemandFigures } from '../../lib/indicators/figures.ts';
import { REQUEST_STATUSES, type RequestStatus } from '../../lib/request-status.ts';
import { SECTORS } from '../../lib/vocabularies.ts';
import { answeredWithin, daysBetween, inScope } from './facts.ts';
import type { Scope } from './scope.ts';

const DEADLINE = '$5::int';
/** The moment the request's answer was due. */
const DUE = `r.first_sent_at + ${DEADLINE} * interval '1 day'`;
/** When an escalated request found its issue: accepted (the answer), else its closing. */
const RESOLVED_AT = `greatest(r.first_escalated_at, CASE WHEN r.status IN ('accepted', 'done') THEN r.answered_at ELSE r.closed_at END)`;
const WAITING = `r.status = 'sent' AND r.awaiting = 'ambassador'`;
const waitedAtLeast = (days: string) => `r.sent_at <= $4::timestamptz - ${days} * interval '1 day'`;

/** $4 now, $5 answer deadline, $6 first reminder, $7 second reminder (days). */
export const FLOW_TOTALS = `
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
    count(*) FILTER (WHERE r.unmet_expired)::int AS expired,
    count(*) FILTER (WHERE r.unmet_declined)::int AS "declinedUnmet",
    count(*) FILTER (WHERE r.unmet_cancelled)::int AS "cancelledAfterEscalation"
  FROM sent r`;

export interface FlowTotalsRow {
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

/**
 * The breakdowns by one column each (figures 6, 8, 12) and département × sector (figure 12), as
 * (name, column). They are counts, so each is summed from two groupings of the requests (GROUPING
 * SETS, one pass): by all the columns of `REQUEST_DIMENSIONS` together (a few hundred groups), and
 * by département × sector. Two hashings of each request instead of eight.
 */
const REQUEST_DIMENSIONS = [
  ['status', 'status'],
  ['requesterKind', 'requester_kind'],
  ['intervention', 'intervention'],
  ['public', 'public'],
  ['modality', 'modality'],
  ['theme', 'theme'],
] as const;
const PLACE_DIMENSIONS = [
  ['territory', 'territory'],
  ['sector', 'sector'],
] as const;
const requestColumns = REQUEST_DIMENSIONS.map(([, column]) => `r.${column}`).join(', ');

export const FLOW_BREAKDOWNS = `
  SELECT GROUPING(r.territory)::int AS place, ${requestColumns}, r.territory, r.sector,
    count(*)::int AS requests, count(*) FILTER (WHERE r.unmet)::int AS unmet, count(*) FILTER (WHERE r.outside_zones)::int AS "outsideZones"
  FROM sent r
  GROUP BY GROUPING SETS ((${requestColumns}), (r.territory, r.sector))`;

export interface GroupedRow {
  /** 0 for a (territory, sector) group, 1 for a group of `REQUEST_DIMENSIONS`. */
  place: number;
  requests: number;
  unmet: number;
  outsideZones: number;
  [column: string]: string | number | null;
}

/** Every breakdown (dimension, value) summed from the grouped rows; (territory, sector) as "territorySector", "59 H". */
export function breakdownsOf(rows: readonly GroupedRow[]): BreakdownRow[] {
  const sums = new Map<string, BreakdownRow>();
  const add = (dimension: string, value: string, row: GroupedRow) => {
    const key = `${dimension}\u0000${value}`;
    const sum = sums.get(key);
    if (sum) {
      sum.requests += row.requests;
      sum.unmet += row.unmet;
      sum.outsideZones += row.outsideZones;
    } else sums.set(key, { dimension, value, requests: row.requests, unmet: row.unmet, outsideZones: row.outsideZones });
  };
  const valueOf = (row: GroupedRow, column: string) => String(row[column] ?? '');
  for (const row of rows) {
    const dimensions = row.place === 0 ? PLACE_DIMENSIONS : REQUEST_DIMENSIONS;
    for (const [name, column] of dimensions) add(name, valueOf(row, column), row);
    if (row.place === 0) add('territorySector', `${valueOf(row, 'territory')} ${valueOf(row, 'sector')}`, row);
  }
  return [...sums.values()];
}

export interface BreakdownRow {
  dimension: string;
  value: string;
  requests: number;
  unmet: number;
  /** Sent from a commune no available ambassador of the sector covered by their zone (migration 0026). */
  outsideZones: number;
}

/** $1 départements, $2 asOf: available ambassadors (published, not paused) by département they intervene in × sector. */
export const AVAILABLE = `
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

export interface AvailableRow {
  department: string;
  sector: string;
  available: number;
}

/** Figures 6, 8–12 from the aggregates of the requests sent in the period and the available ambassadors. */
export function flowFigures(
  scope: Scope,
  t: FlowTotalsRow,
  breakdowns: readonly BreakdownRow[],
  available: readonly AvailableRow[],
): { flow: FlowFigures; supplyDemand: SupplyDemandFigures } {
  const byStatus = Object.fromEntries(Object.keys(REQUEST_STATUSES).map((s) => [s, 0])) as Record<RequestStatus, number>;
  for (const r of breakdowns) if (r.dimension === 'status') byStatus[r.value as RequestStatus] = r.requests;
  const flow: FlowFigures = {
    sent: t.sent,
    byStatus,
    byRequesterKind: dimension(breakdowns, 'requesterKind'),
    byIntervention: dimension(breakdowns, 'intervention'),
    byPublic: dimension(breakdowns, 'public'),
    byModality: dimension(breakdowns, 'modality'),
    byTheme: dimension(breakdowns, 'theme'),
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
  t: FlowTotalsRow,
  breakdowns: readonly BreakdownRow[],
  available: readonly AvailableRow[],
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
        outsideZones: demand.get(key)?.outsideZones ?? 0,
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
