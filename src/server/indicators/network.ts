/**
 * The network's supply (figures 1, 3, 4) and its applications (figure 2). Territory here is the
 * ambassador's home département (`ambassadors.department`, kept by `ambassador_departures` once they
 * leave), not the départements they intervene in: a supply figure counts each person once.
 */
import type { Queryable } from '../db.ts';
import type { Period } from '../../lib/period.ts';
import type { ApplicationFigures, NetworkFigures, SupplyCounts } from '../../lib/indicators/figures.ts';
import { APPLICATION_DEPARTMENT, daysBetween, inScope, longPublished, solicitedBy, within } from './facts.ts';
import type { Scope } from './scope.ts';

interface SupplyRow extends SupplyCounts {
  department: string;
  type: string;
  sector: string;
  /** The theme codes, or null when none is named. */
  themes: string[] | null;
}

/**
 * $1 départements, $2 the last instant of the period (asOf), $3–$4 the period. Present ambassadors
 * with their activity (the requests of the period, grouped by ambassador), then those who left
 * after asOf (published then; their requests still name them by `ambassador_ref`).
 */
const SUPPLY = `
  WITH activity AS (
    -- Only the requests that can make an ambassador active or solicited, each branch read through
    -- its index (requests_done, requests_open, requests_sent_at), not the whole history.
    SELECT a.id, bool_or(a.active) AS active, bool_or(a.solicited) AS solicited
    FROM (SELECT r.ambassador_ref AS id, true AS active, false AS solicited FROM requests r
          WHERE r.status = 'done' AND ${within('r.accepted_start', 3, 4)}
        UNION ALL
        SELECT r.ambassador_ref, true, false FROM requests r
          WHERE r.status = 'accepted' AND ${within('r.accepted_start', 3, 4)}
        UNION ALL
        SELECT r.ambassador_ref, false, true FROM requests r
          WHERE ${solicitedBy('$2::timestamptz')}) a
    WHERE a.id IS NOT NULL
    GROUP BY 1
  ), present AS (
    SELECT m.department, m.public ->> 'type' AS type, m.public ->> 'sector' AS sector, m.public -> 'themes' AS themes, m.paused,
      ${longPublished('m.published_at', '$2::timestamptz')} AS long_published,
      coalesce(a.active, false) AS active, coalesce(a.solicited, false) AS solicited
    FROM ambassadors m LEFT JOIN activity a ON a.id = m.id
    WHERE ${inScope('m.department', 1)} AND m.published_at < $2::timestamptz
  )
  SELECT p.department, p.type, p.sector, p.themes,
    count(*) FILTER (WHERE NOT p.paused)::int AS available,
    count(*) FILTER (WHERE p.paused)::int AS paused,
    count(*) FILTER (WHERE p.active)::int AS active,
    count(*) FILTER (WHERE p.long_published)::int AS "longPublished",
    count(*) FILTER (WHERE p.long_published AND NOT p.solicited)::int AS "neverSolicited",
    0 AS departed
  FROM present p GROUP BY 1, 2, 3, 4
  UNION ALL
  SELECT d.department, d.type, d.sector, d.themes, count(*)::int, 0,
    count(*) FILTER (WHERE a.active)::int,
    count(*) FILTER (WHERE ${longPublished('d.published_at', '$2::timestamptz')})::int,
    count(*) FILTER (WHERE ${longPublished('d.published_at', '$2::timestamptz')} AND NOT coalesce(a.solicited, false))::int,
    count(*)::int
  FROM ambassador_departures d LEFT JOIN activity a ON a.id = d.ambassador_id
  WHERE ${inScope('d.department', 1)} AND d.published_at < $2::timestamptz AND d.left_at >= $2::timestamptz
  GROUP BY 1, 2, 3, 4`;

const ZERO: SupplyCounts = { available: 0, paused: 0, active: 0, longPublished: 0, neverSolicited: 0, departed: 0 };

function add(a: SupplyCounts, b: SupplyCounts): SupplyCounts {
  return {
    available: a.available + b.available,
    paused: a.paused + b.paused,
    active: a.active + b.active,
    longPublished: a.longPublished + b.longPublished,
    neverSolicited: a.neverSolicited + b.neverSolicited,
    departed: a.departed + b.departed,
  };
}

/** The rows summed by key; a row with several keys (an ambassador's themes) counts in each. */
function sumBy(rows: readonly SupplyRow[], keys: (row: SupplyRow) => readonly string[]): (SupplyCounts & { key: string })[] {
  const groups = new Map<string, SupplyCounts>();
  for (const row of rows) for (const k of keys(row)) groups.set(k, add(groups.get(k) ?? ZERO, row));
  return [...groups].map(([k, counts]) => ({ key: k, ...counts })).sort((a, b) => a.key.localeCompare(b.key));
}

/** Figures 1, 3 and 4 on the last day of the period (`asOf`). */
export async function networkFigures(db: Queryable, scope: Scope, period: Period, asOf: Date): Promise<NetworkFigures> {
  const rows = await db.query<SupplyRow>(SUPPLY, [scope.departments, asOf, period.start, period.end]);
  return {
    total: rows.reduce<SupplyCounts>(add, ZERO),
    byType: sumBy(rows, (r) => [r.type ?? '']),
    bySector: sumBy(rows, (r) => [r.sector ?? '']),
    byDepartment: sumBy(rows, (r) => [r.department]),
    byTheme: sumBy(rows, (r) => (r.themes?.length ? r.themes : [''])),
  };
}

/** $1 départements, $2–$3 the period, $4 now. */
const APPLICATIONS = `
  SELECT
    count(*) FILTER (WHERE a.status = 'confirmed')::int AS "toValidate",
    count(*) FILTER (WHERE a.status = 'confirmed' AND a.confirmed_at > $4::timestamptz - interval '7 days')::int AS "under7Days",
    count(*) FILTER (WHERE a.status = 'confirmed' AND a.confirmed_at <= $4::timestamptz - interval '7 days'
      AND a.confirmed_at > $4::timestamptz - interval '14 days')::int AS "from7To14Days",
    count(*) FILTER (WHERE a.status = 'confirmed' AND a.confirmed_at <= $4::timestamptz - interval '14 days')::int AS "over14Days",
    percentile_cont(0.5) WITHIN GROUP (ORDER BY ${daysBetween('a.confirmed_at', '$4::timestamptz')})
      FILTER (WHERE a.status = 'confirmed') AS "medianDays",
    max(${daysBetween('a.confirmed_at', '$4::timestamptz')}) FILTER (WHERE a.status = 'confirmed')::float8 AS "oldestDays",
    count(*) FILTER (WHERE ${within('a.created_at', 2, 3)})::int AS submitted,
    count(*) FILTER (WHERE ${within('a.confirmed_at', 2, 3)})::int AS confirmed,
    count(*) FILTER (WHERE a.status = 'approved' AND ${within('a.decided_at', 2, 3)})::int AS approved,
    count(*) FILTER (WHERE a.status = 'rejected' AND ${within('a.decided_at', 2, 3)})::int AS rejected,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY ${daysBetween('a.confirmed_at', 'a.decided_at')})
      FILTER (WHERE a.status IN ('approved', 'rejected') AND ${within('a.decided_at', 2, 3)}) AS "decisionMedian",
    percentile_cont(0.9) WITHIN GROUP (ORDER BY ${daysBetween('a.confirmed_at', 'a.decided_at')})
      FILTER (WHERE a.status IN ('approved', 'rejected') AND ${within('a.decided_at', 2, 3)}) AS "decisionP90",
    -- Approved ambassadors who left since: their application is deleted with their account, the departure says when they were published.
    (SELECT count(*) FROM ambassador_departures d WHERE ${inScope('d.department', 1)} AND ${within('d.published_at', 2, 3)}
      AND NOT EXISTS (SELECT 1 FROM applications x WHERE x.id = d.ambassador_id))::int AS "approvedDeparted"
  FROM applications a WHERE ${inScope(APPLICATION_DEPARTMENT, 1)}`;

interface ApplicationRow {
  toValidate: number;
  under7Days: number;
  from7To14Days: number;
  over14Days: number;
  medianDays: number | null;
  oldestDays: number | null;
  submitted: number;
  confirmed: number;
  approved: number;
  rejected: number;
  decisionMedian: number | null;
  decisionP90: number | null;
  approvedDeparted: number;
}

/** Figure 2: the applications waiting today, and those submitted, confirmed and decided in the period. */
export async function applicationFigures(db: Queryable, scope: Scope, period: Period, now: Date): Promise<ApplicationFigures> {
  const [row] = await db.query<ApplicationRow>(APPLICATIONS, [scope.departments, period.start, period.end, now]);
  const r = row!;
  return {
    toValidate: r.toValidate,
    waiting: {
      under7Days: r.under7Days,
      from7To14Days: r.from7To14Days,
      over14Days: r.over14Days,
      medianDays: r.medianDays,
      oldestDays: r.oldestDays,
    },
    submitted: r.submitted,
    confirmed: r.confirmed,
    approved: r.approved + r.approvedDeparted,
    rejected: r.rejected,
    decisionDays: { median: r.decisionMedian, p90: r.decisionP90 },
  };
}
