/**
 * Equity and evaluation (figures 19 and 20): individual requests sent in the period by declared
 * sex, age bracket and situation, in requests and in distinct requesters (the pseudonymous
 * `requester_id`, which survives the removal of the address); group requests by public and level.
 * Aggregated from the `sent` rows of src/server/indicators/sent.ts.
 */
import type { EquityFigures } from '../../lib/indicators/figures.ts';

/**
 * Every combination of sex × age × situation and their subtotals (CUBE): distinct requesters are
 * counted in each, since they do not add up. GROUPING() says which columns stand for "all".
 * $8 the code of an unknown answer.
 */
export const EVALUATION = `
  SELECT GROUPING(i.sex, i.age, i.situation)::int AS grouping, i.sex, i.age, i.situation,
    count(*)::int AS requests, count(DISTINCT i.requester_id)::int AS requesters
  FROM (SELECT coalesce(r.requester_sex, 'undisclosed') AS sex, coalesce(r.requester_age_bracket, $8::text) AS age,
          coalesce(r.requester_situation, $8::text) AS situation, r.requester_id
        FROM sent r WHERE r.requester_kind = 'individual') i
  GROUP BY CUBE (i.sex, i.age, i.situation)`;

/**
 * The level's code (or, for a request older than the list, the text typed), grouped as stored.
 * Distinct requesters: the (public, level, requester) groups whose requester is known (two hashings, no sort).
 */
export const GROUPS = `
  SELECT g.public, g.level, sum(g.requests)::int AS requests, count(g.requester_id)::int AS requesters,
    sum(g.participants)::int AS participants
  FROM (SELECT r.public, nullif(r.level, '') AS level, r.requester_id, count(*) AS requests, sum(r.group_size) AS participants
        FROM sent r WHERE r.requester_kind <> 'individual' GROUP BY 1, 2, 3) g
  GROUP BY 1, 2`;

export interface EvaluationRow {
  grouping: number;
  sex: string | null;
  age: string | null;
  situation: string | null;
  requests: number;
  requesters: number;
}

// GROUPING(sex, age, situation): bit 4 set when sex is "all", 2 for age, 1 for situation.
const ALL_SEXES = 4;
const ALL_AGES = 2;
const ALL_SITUATIONS = 1;

/** Figure 20: the evaluation table (GROUPING() read as nulls for "all") and the group requests. */
export function evaluationFigures(cube: readonly EvaluationRow[], groups: EquityFigures['groups']): Omit<EquityFigures, 'bySex'> {
  const evaluation = cube.map((c) => ({
    sex: c.grouping & ALL_SEXES ? null : c.sex,
    age: c.grouping & ALL_AGES ? null : c.age,
    situation: c.grouping & ALL_SITUATIONS ? null : c.situation,
    requests: c.requests,
    requesters: c.requesters,
  }));
  const sorted = [...groups].sort(
    (a, b) => a.public.localeCompare(b.public) || b.requests - a.requests || (a.level ?? '').localeCompare(b.level ?? ''),
  );
  return { evaluation, groups: sorted };
}

/** Figure 19: requests from the evaluation table, young people from the outcomes (by sex, "group" for the others). */
export function sexFigure(
  { evaluation, groups }: Omit<EquityFigures, 'bySex'>,
  youngBySex: ReadonlyMap<string, number>,
): EquityFigures['bySex'] {
  const requestsOf = (sex: string) => evaluation.find((e) => e.sex === sex && e.age === null && e.situation === null)?.requests ?? 0;
  return [
    ...['female', 'male', 'undisclosed'].map((key) => ({ key, requests: requestsOf(key), young: youngBySex.get(key) ?? 0 })),
    { key: 'group', requests: groups.reduce((sum, g) => sum + g.requests, 0), young: youngBySex.get('group') ?? 0 },
  ];
}
