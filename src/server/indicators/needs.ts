/**
 * Figure 13: needs sent to several ambassadors (« Je ne sais pas qui solliciter »), dated by their
 * sending, in their département (the intervention's, like requests): how many were sent, filled
 * by an acceptance, left unfilled or still open, and the median days from sending to the first
 * acceptance. The needs table holds no personal data once a need is sent, so nothing here changes
 * when requests are anonymised or accounts deleted.
 */
import type { Queryable } from '../db.ts';
import type { Period } from '../../lib/period.ts';
import type { NeedFigures } from '../../lib/indicators/figures.ts';
import { daysBetween, inScope, within } from './facts.ts';
import type { Scope } from './scope.ts';

/** $1 départements, $2–$3 the period. */
const NEEDS = `
  SELECT count(*)::int AS sent,
    count(*) FILTER (WHERE n.status = 'filled')::int AS filled,
    count(*) FILTER (WHERE n.status = 'unfilled')::int AS unfilled,
    count(*) FILTER (WHERE n.status = 'sent')::int AS open,
    count(*) FILTER (WHERE n.invited = 0)::int AS "nobodyMatched",
    coalesce(sum(n.invited), 0)::int AS invited,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY ${daysBetween('n.sent_at', 'n.filled_at')}) AS "fillDays"
  FROM needs n
  WHERE ${inScope('n.department', 1)} AND n.sent_at IS NOT NULL AND ${within('n.sent_at', 2, 3)}`;

export async function needFigures(db: Queryable, scope: Scope, period: Period): Promise<NeedFigures> {
  const [row] = await db.query<NeedFigures>(NEEDS, [scope.departments, period.start, period.end]);
  return row!;
}
