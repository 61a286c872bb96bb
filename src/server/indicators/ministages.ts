/**
 * Figure 23: mini-stages (issue 11, part 5), counted apart from the requests to ambassadors, in
 * the département of the offer's commune: applications sent to a company in the period by their
 * status today; stages held (done) whose first day falls in the period, with the feedback of each
 * side (satisfaction and return rate, the two sides never mixed). Only facts that anonymisation
 * keeps are read: nothing here changes when applications are anonymised or a company leaves.
 */
import type { Queryable } from '../db.ts';
import type { Period } from '../../lib/period.ts';
import type { MinistageFigures, Satisfaction } from '../../lib/indicators/figures.ts';
import { MINISTAGE_STATUSES, type MinistageStatus } from '../../lib/ministage.ts';
import { inScope, within } from './facts.ts';
import type { Scope } from './scope.ts';

const SCORES = [1, 2, 3, 4, 5] as const;
const SIDES = ['requester', 'company'] as const;

/** $1 départements, $2–$3 the period. */
const BY_STATUS = `
  SELECT s.status AS key, count(*)::int AS count FROM ministage_applications s
  WHERE ${inScope('s.department', 1)} AND s.sent_at IS NOT NULL AND ${within('s.sent_at', 2, 3)}
  GROUP BY s.status`;

/** The period's bounds are instants; a stage's first day is a Paris day: compared as such. */
export const MINISTAGE_FIRST_DAY = `(s.start_day::timestamp AT TIME ZONE 'Europe/Paris')`;

const HELD = `
  SELECT count(*)::int AS held,
    ${SIDES.flatMap((side) => [
      `count(s.${side}_satisfaction)::int AS "${side}Count"`,
      `avg(s.${side}_satisfaction)::float8 AS "${side}Mean"`,
      ...SCORES.map((n) => `count(*) FILTER (WHERE s.${side}_satisfaction = ${n})::int AS "${side}${n}"`),
    ]).join(',\n    ')}
  FROM ministage_applications s
  WHERE ${inScope('s.department', 1)} AND s.status = 'done'
    AND ${within(MINISTAGE_FIRST_DAY, 2, 3)}`;

export async function ministageFigures(db: Queryable, scope: Scope, period: Period): Promise<MinistageFigures> {
  const params = [scope.departments, period.start, period.end];
  const [statuses, [held]] = await Promise.all([
    db.query<{ key: MinistageStatus; count: number }>(BY_STATUS, params),
    db.query<Record<string, number | null>>(HELD, params),
  ]);
  const counts = new Map(statuses.map((r) => [r.key, r.count]));
  const satisfaction = (side: (typeof SIDES)[number]): Satisfaction => ({
    count: held![`${side}Count`] ?? 0,
    mean: held![`${side}Mean`] ?? null,
    distribution: SCORES.map((n) => held![`${side}${n}`] ?? 0) as Satisfaction['distribution'],
  });
  return {
    sent: statuses.reduce((sum, r) => sum + r.count, 0),
    byStatus: (Object.keys(MINISTAGE_STATUSES) as MinistageStatus[])
      .filter((key) => key !== 'awaiting_requester_confirmation')
      .map((key) => ({ key, count: counts.get(key) ?? 0 })),
    held: held!.held ?? 0,
    satisfaction: { requester: satisfaction('requester'), company: satisfaction('company') },
  };
}
