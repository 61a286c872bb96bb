/**
 * Outcomes (figures 14 to 17, and the young people of figure 19): the interventions done whose
 * date falls in the period, in the intervention's département, with each side's feedback.
 */
import type { Queryable } from '../db.ts';
import type { Period } from '../../lib/period.ts';
import type { DoneCounts, OutcomeFigures, Satisfaction, YoungSource } from '../../lib/indicators/figures.ts';
import { DONE, FEEDBACK_JOINS, TERRITORY, YOUNG_REACHED, YOUNG_SOURCE, inScope, within } from './facts.ts';
import type { Scope } from './scope.ts';

const SCORES = [1, 2, 3, 4, 5] as const;
type Side = 'requester' | 'ambassador';
const SOURCES: readonly YoungSource[] = ['requester', 'ambassador', 'group_size'];

/** Per side: how many scores, their mean, and how many of each (side and score are constants of this file). */
const sideColumns = (side: Side) =>
  [
    `count(f.${side}_score)::int AS "${side}Count"`,
    `avg(f.${side}_score)::float8 AS "${side}Mean"`,
    ...SCORES.map((n) => `count(*) FILTER (WHERE f.${side}_score = ${n})::int AS "${side}${n}"`),
  ].join(',\n    ');

const sourceColumns = SOURCES.map(
  (s) =>
    `count(*) FILTER (WHERE f.source = '${s}')::int AS "${s}Interventions", coalesce(sum(f.young) FILTER (WHERE f.source = '${s}'), 0)::int AS "${s}Young"`,
).join(',\n    ');

/** The breakdowns of figures 14–16 and 19 (each done intervention counts once in each). */
const DIMENSIONS = ['intervention', 'modality', 'territory', 'sector', 'sex'] as const;

/**
 * $1 départements, $2–$3 the period. The interventions done are read once; the total carries
 * every column, the breakdowns (GROUPING SETS, one pass) only the counts they show.
 */
const OUTCOMES = `
  WITH f AS MATERIALIZED (
    SELECT r.intervention, r.modality, ${TERRITORY} AS territory, coalesce(r.ambassador_sector, '') AS sector, r.duration_minutes,
      CASE WHEN r.requester_kind = 'individual' THEN coalesce(r.requester_sex, 'undisclosed') ELSE 'group' END AS sex,
      ${YOUNG_REACHED} AS young, ${YOUNG_SOURCE} AS source, fr.satisfaction AS requester_score, fa.satisfaction AS ambassador_score
    FROM requests r ${FEEDBACK_JOINS}
    WHERE ${inScope(TERRITORY, 1)} AND ${DONE} AND ${within('r.accepted_start', 2, 3)}
  )
  SELECT (SELECT row_to_json(t) FROM (
      SELECT 'total' AS dimension, '' AS value, count(*)::int AS done, coalesce(sum(f.duration_minutes), 0)::int AS minutes,
        coalesce(sum(f.young), 0)::int AS young,
        ${sourceColumns},
        ${sideColumns('requester')},
        ${sideColumns('ambassador')}
      FROM f) t) AS total,
    (SELECT coalesce(json_agg(b), '[]'::json) FROM (
      SELECT CASE ${DIMENSIONS.map((d) => `WHEN GROUPING(f.${d}) = 0 THEN '${d}'`).join(' ')} END AS dimension,
        coalesce(${DIMENSIONS.map((d) => `f.${d}`).join(', ')}) AS value, count(*)::int AS done,
        coalesce(sum(f.duration_minutes), 0)::int AS minutes, coalesce(sum(f.young), 0)::int AS young
      FROM f GROUP BY GROUPING SETS (${DIMENSIONS.map((d) => `(f.${d})`).join(', ')})) b) AS breakdowns`;

interface OutcomeRow {
  dimension: string;
  value: string;
  done: number;
  minutes: number;
  young: number;
  /** The columns built above (sources, sides). */
  [column: string]: string | number | null;
}

const count = (row: OutcomeRow, column: string) => (row[column] as number | undefined) ?? 0;

function satisfaction(row: OutcomeRow, side: Side): Satisfaction {
  return {
    count: count(row, `${side}Count`),
    mean: (row[`${side}Mean`] as number | null | undefined) ?? null,
    distribution: SCORES.map((n) => count(row, `${side}${n}`)) as Satisfaction['distribution'],
  };
}

const doneCounts = (rows: readonly OutcomeRow[], dimension: string): DoneCounts[] =>
  rows
    .filter((r) => r.dimension === dimension)
    .map((r) => ({ key: r.value, done: r.done, minutes: r.minutes, young: r.young }))
    .sort((a, b) => b.done - a.done || a.key.localeCompare(b.key));

export interface OutcomeData extends OutcomeFigures {
  /** Young people by declared sex (figure 19), "group" for requests of schools and structures. */
  youngBySex: Map<string, number>;
}

/** Figures 14–17: interventions done in the period, hours, young people reached, feedback of each side. */
export async function outcomeFigures(db: Queryable, scope: Scope, period: Period): Promise<OutcomeData> {
  const [{ total, breakdowns: rows }] = (await db.query<{ total: OutcomeRow; breakdowns: OutcomeRow[] }>(OUTCOMES, [
    scope.departments,
    period.start,
    period.end,
  ])) as [{ total: OutcomeRow; breakdowns: OutcomeRow[] }];
  return {
    done: total.done,
    minutes: total.minutes,
    byIntervention: doneCounts(rows, 'intervention'),
    byModality: doneCounts(rows, 'modality'),
    byTerritory: doneCounts(rows, 'territory'),
    bySector: doneCounts(rows, 'sector'),
    young: {
      total: total.young,
      bySource: Object.fromEntries(
        SOURCES.map((s) => [s, { interventions: count(total, `${s}Interventions`), young: count(total, `${s}Young`) }]),
      ) as OutcomeFigures['young']['bySource'],
    },
    satisfaction: { requester: satisfaction(total, 'requester'), ambassador: satisfaction(total, 'ambassador') },
    youngBySex: new Map(rows.filter((r) => r.dimension === 'sex').map((r) => [r.value, r.young])),
  };
}
