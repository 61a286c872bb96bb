/**
 * The public « Chiffres clés » (issue E, ../shared/design/indicators.md): published ambassadors
 * now, and for the last school years the requesters registered, interventions done, mini-stages
 * held (issue 11, counted apart), young people reached and each side's satisfaction, by
 * département and for the Région, computed from the
 * database (facts.ts) at each request of the page, never typed by hand.
 *
 * The small-cell rule is applied here, before anything reaches a view: a count under 5 leaves this
 * module as FEWER_THAN_5, a sum over fewer than 5 interventions or a mean over fewer than 5 answers
 * as FROM_FEWER_THAN_5, never as a number.
 */
import type { Clock } from '../clock.ts';
import type { Queryable } from '../db.ts';
import { DONE, FEEDBACK_JOINS, TERRITORY, YOUNG_REACHED, within } from './facts.ts';
import { MINISTAGE_FIRST_DAY } from './ministages.ts';
import { findDepartment } from '../../lib/geo.ts';
import { schoolYearOf, schoolYearsBetween } from '../../lib/period.ts';
import {
  FEWER_THAN_5,
  FROM_FEWER_THAN_5,
  REGION,
  SMALL_CELL,
  YEARS_SHOWN,
  type ByPlace,
  type Count,
  type PublicFigures,
  type Satisfaction,
  type Sum,
} from '../../lib/public-figures.ts';

const count = (n: number): Count => (n < SMALL_CELL ? FEWER_THAN_5 : n);
const sum = (total: number, over: number): Sum => (over < SMALL_CELL ? FROM_FEWER_THAN_5 : count(total));
const satisfaction = (mean: number | null, answers: number): Satisfaction =>
  mean === null || answers < SMALL_CELL ? FROM_FEWER_THAN_5 : { mean: Math.round(mean * 10) / 10, answers };

/** Rows grouped by département with the Région total (GROUPING SETS) → one value per place; places without a row count 0. */
function byPlace<Row extends { department: string | null; total: number }, T>(
  rows: readonly Row[],
  departments: readonly string[],
  value: (row: Row | undefined) => T,
): ByPlace<T> {
  const places: Record<string, T> = { [REGION]: value(rows.find((r) => r.total === 1)) };
  for (const code of departments) places[code] = value(rows.find((r) => r.total === 0 && r.department === code));
  return places;
}

export async function publicFigures(db: Queryable, clock: Clock, departments: readonly string[]): Promise<PublicFigures> {
  const now = clock.now();
  const ambassadorRows = await db.query<{ department: string | null; total: number; n: number }>(
    `SELECT m.department, GROUPING(m.department) AS total, count(*)::int AS n FROM ambassadors m GROUP BY GROUPING SETS ((m.department), ())`,
  );
  const [first] = await db.query<{ at: Date | null }>(
    `SELECT least((SELECT min(signed_in_at) FROM requesters), (SELECT min(r.accepted_start) FROM requests r WHERE ${DONE}),
       (SELECT min(${MINISTAGE_FIRST_DAY}) FROM ministage_applications s WHERE s.status = 'done')) AS at`,
  );
  const years = schoolYearsBetween(first?.at && first.at < now ? first.at : now, now).slice(0, YEARS_SHOWN);

  const byYear = {
    requesters: {} as Record<string, ByPlace<Count>>,
    interventions: {} as Record<string, ByPlace<Count>>,
    ministagesHeld: {} as Record<string, ByPlace<Count>>,
    youngReached: {} as Record<string, ByPlace<Sum>>,
    requesterSatisfaction: {} as Record<string, ByPlace<Satisfaction>>,
    ambassadorSatisfaction: {} as Record<string, ByPlace<Satisfaction>>,
  };
  for (const year of years) {
    const requesters = await db.query<{ department: string | null; total: number; n: number }>(
      // A requester counts once for the Région, and once in each département where they asked for an intervention.
      `SELECT ${TERRITORY} AS department, GROUPING(${TERRITORY}) AS total, count(DISTINCT q.id)::int AS n
       FROM requesters q LEFT JOIN requests r ON r.requester_id = q.id
       WHERE ${within('q.signed_in_at', 1, 2)}
       GROUP BY GROUPING SETS ((${TERRITORY}), ())`,
      [year.start, year.end],
    );
    const done = await db.query<{
      department: string | null;
      total: number;
      n: number;
      young: number;
      requester_mean: number | null;
      requester_answers: number;
      ambassador_mean: number | null;
      ambassador_answers: number;
    }>(
      `SELECT ${TERRITORY} AS department, GROUPING(${TERRITORY}) AS total, count(*)::int AS n,
              coalesce(sum(${YOUNG_REACHED}), 0)::int AS young,
              avg(fr.satisfaction)::float AS requester_mean, count(fr.satisfaction)::int AS requester_answers,
              avg(fa.satisfaction)::float AS ambassador_mean, count(fa.satisfaction)::int AS ambassador_answers
       FROM requests r ${FEEDBACK_JOINS}
       WHERE ${DONE} AND ${within('r.accepted_start', 1, 2)}
       GROUP BY GROUPING SETS ((${TERRITORY}), ())`,
      [year.start, year.end],
    );
    // As figure 23 of the dashboard counts them (./ministages.ts): held, on their first day, in the offer's département.
    const ministages = await db.query<{ department: string | null; total: number; n: number }>(
      `SELECT s.department, GROUPING(s.department) AS total, count(*)::int AS n FROM ministage_applications s
       WHERE s.status = 'done' AND ${within(MINISTAGE_FIRST_DAY, 1, 2)}
       GROUP BY GROUPING SETS ((s.department), ())`,
      [year.start, year.end],
    );
    byYear.requesters[year.key] = byPlace(requesters, departments, (r) => count(r?.n ?? 0));
    byYear.ministagesHeld[year.key] = byPlace(ministages, departments, (r) => count(r?.n ?? 0));
    byYear.interventions[year.key] = byPlace(done, departments, (r) => count(r?.n ?? 0));
    byYear.youngReached[year.key] = byPlace(done, departments, (r) => sum(r?.young ?? 0, r?.n ?? 0));
    byYear.requesterSatisfaction[year.key] = byPlace(done, departments, (r) =>
      satisfaction(r?.requester_mean ?? null, r?.requester_answers ?? 0),
    );
    byYear.ambassadorSatisfaction[year.key] = byPlace(done, departments, (r) =>
      satisfaction(r?.ambassador_mean ?? null, r?.ambassador_answers ?? 0),
    );
  }
  return {
    at: now,
    departments: departments.map((code) => ({ code, name: findDepartment(code)?.name ?? code })),
    years: years.map((y) => ({ key: y.key, current: y.key === schoolYearOf(now).key })),
    ambassadors: byPlace(ambassadorRows, departments, (r) => count(r?.n ?? 0)),
    ...byYear,
  };
}
