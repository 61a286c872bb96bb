/**
 * The referents' dashboard: which period and département a referent may look at, and every
 * figure of one view, computed by a few grouped queries run side by side.
 */
import { withLocalSettings, type Db, type Queryable } from '../db.ts';
import { calendarMonth, monthOf, parsePeriod, schoolYearOf, schoolYearsBetween, type Period } from '../../lib/period.ts';
import type { FigureSettings } from '../../lib/indicators/definitions.ts';
import type { DashboardFigures } from '../../lib/indicators/figures.ts';
import { animationFigures } from './animation.ts';
import { sexFigure } from './equity.ts';
import { applicationFigures, networkFigures } from './network.ts';
import { needFigures } from './needs.ts';
import { ministageFigures } from './ministages.ts';
import { outcomeFigures } from './outcomes.ts';
import { sentFigures } from './sent.ts';
import type { Scope } from './scope.ts';

/**
 * The dashboard's queries run side by side, one per connection: workers of a parallel plan would
 * only compete with them (and each build the same hash tables again); 32 MB lets the period's
 * requests (about 5 MB for a Région's school year) be sorted and kept in memory, not on disk.
 */
const REPORTING = { work_mem: '32MB', max_parallel_workers_per_gather: '0' };

/**
 * Every figure of the dashboard for `scope` and `period`, as of `now` (the bench times this).
 * Supply is read on the period's last day, or now for the current period.
 */
export async function dashboardFigures(
  database: Db,
  scope: Scope,
  period: Period,
  settings: FigureSettings,
  now: Date,
): Promise<DashboardFigures> {
  const asOf = period.end < now ? period.end : now;
  const db = withLocalSettings(database, REPORTING);
  const [network, applications, { flow, supplyDemand, evaluation }, { youngBySex, ...outcomes }, needs, animation, ministages] =
    await Promise.all([
      networkFigures(db, scope, period, asOf),
      applicationFigures(db, scope, period, now),
      sentFigures(db, scope, period, settings, now, asOf),
      outcomeFigures(db, scope, period),
      needFigures(db, scope, period),
      animationFigures(db, scope, period),
      ministageFigures(db, scope, period),
    ]);
  const equity = { bySex: sexFigure(evaluation, youngBySex), ...evaluation };
  return { asOf, network, applications, flow, supplyDemand, needs, ministages, outcomes, equity, animation };
}

/** The first instant the network has any data (a request sent, an ambassador published, an application). */
async function firstData(db: Queryable): Promise<Date | null> {
  const [row] = await db.query<{ first: Date | null }>(
    `SELECT least((SELECT min(first_sent_at) FROM requests), (SELECT min(published_at) FROM ambassadors),
       (SELECT min(published_at) FROM ambassador_departures), (SELECT min(created_at) FROM applications)) AS first`,
  );
  return row?.first ?? null;
}

export interface PeriodChoices {
  /** School years with data, newest first (the current one always). */
  schoolYears: Period[];
  /** The months of the chosen period's school year, up to the current month. */
  months: Period[];
}

export type DashboardChoice =
  | { ok: true; scope: Scope; period: Period; department: string | undefined; choices: PeriodChoices }
  | { ok: false; malformed: string }
  | { ok: false; notFound: true };

const DEPARTMENT_CODE = /^(?:\d{2}|2[AB]|97\d)$/;

/**
 * Reads `?periode=` (default: the current school year) and `?departement=` (default: the whole
 * scope). Malformed: a French message (400). A period without data or in the future, or a
 * département outside the scope: not found, as an unknown page would be (404).
 */
export async function dashboardChoice(
  db: Queryable,
  scope: Scope,
  query: { periode?: string | null; departement?: string | null },
  now: Date,
): Promise<DashboardChoice> {
  const departement = query.departement?.trim() || undefined;
  if (departement !== undefined && !DEPARTMENT_CODE.test(departement))
    return { ok: false, malformed: 'Le département doit être écrit par son code, par exemple 59 ou 2A.' };
  const key = query.periode?.trim() || undefined;
  const period = key === undefined ? schoolYearOf(now) : parsePeriod(key);
  if (period === 'malformed')
    return {
      ok: false,
      malformed: 'La période doit être une année scolaire, par exemple 2025-2026, ou un mois, par exemple 2026-03.',
    };
  if (period === undefined || (departement !== undefined && !scope.departments.includes(departement))) return { ok: false, notFound: true };

  const first = (await firstData(db)) ?? now;
  const schoolYears = schoolYearsBetween(first < now ? first : now, now);
  const year = period.kind === 'school_year' ? period : schoolYearOf(period.start);
  if (!schoolYears.some((y) => y.key === year.key) || period.start > now) return { ok: false, notFound: true };
  return {
    ok: true,
    scope: departement ? { departments: [departement] } : scope,
    period,
    department: departement,
    choices: { schoolYears, months: monthsOf(year, now) },
  };
}

function monthsOf(year: Extract<Period, { kind: 'school_year' }>, now: Date): Period[] {
  const last = monthOf(now);
  const months: Period[] = [];
  for (let i = 0; i < 12; i++) {
    const month = calendarMonth(year.startYear + (i >= 4 ? 1 : 0), ((8 + i) % 12) + 1);
    if (month.start > last.start) break;
    months.push(month);
  }
  return months;
}
