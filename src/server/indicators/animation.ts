/**
 * Figure 22, the network's animation mail: mailings and their recipients, mails sent, not
 * delivered (bounced or abandoned), refusals. Territory is the recipient's home département, as
 * recorded when the mail was queued (animation_recipients, animation_opt_outs: facts kept when an
 * account goes).
 */
import type { Queryable } from '../db.ts';
import type { Period } from '../../lib/period.ts';
import type { AnimationCounts, AnimationFigures } from '../../lib/indicators/figures.ts';
import { inScope, within } from './facts.ts';
import type { Scope } from './scope.ts';

const NOT_DELIVERED = 'coalesce(r.bounced_at, r.abandoned_at)';

/** $1 départements, $2–$3 the period. */
const MAILINGS = `
  SELECT m.kind AS key,
    count(DISTINCT m.id) FILTER (WHERE ${within('m.created_at', 2, 3)})::int AS messages,
    count(*) FILTER (WHERE ${within('m.created_at', 2, 3)})::int AS recipients,
    count(*) FILTER (WHERE ${within('r.sent_at', 2, 3)})::int AS sent,
    count(*) FILTER (WHERE ${within(NOT_DELIVERED, 2, 3)})::int AS bounced
  FROM animation_recipients r JOIN animation_messages m ON m.id = r.message_id
  WHERE ${inScope('r.department', 1)}
    AND (${within('m.created_at', 2, 3)} OR ${within('r.sent_at', 2, 3)} OR ${within(NOT_DELIVERED, 2, 3)})
  GROUP BY m.kind ORDER BY m.kind`;

/** $1 départements, $2–$3 the period. */
const REFUSALS = `
  SELECT
    (SELECT count(*) FROM animation_opt_outs o WHERE ${inScope('o.department', 1)} AND ${within('o.opted_out_at', 2, 3)})::int AS refused,
    (SELECT count(*) FROM animation_opt_outs o WHERE ${inScope('o.department', 1)} AND ${within('o.opted_out_at', 2, 3)}
      AND o.undone_at IS NOT NULL)::int AS undone,
    (SELECT count(*) FROM ambassadors m WHERE ${inScope('m.department', 1)} AND m.animation_opt_out_at IS NOT NULL)::int AS "refusingToday"`;

const ZERO: AnimationCounts = { messages: 0, recipients: 0, sent: 0, bounced: 0 };

export async function animationFigures(db: Queryable, scope: Scope, period: Period): Promise<AnimationFigures> {
  const params = [scope.departments, period.start, period.end];
  const [byKind, [refusals]] = await Promise.all([
    db.query<AnimationCounts & { key: string }>(MAILINGS, params),
    db.query<{ refused: number; undone: number; refusingToday: number }>(REFUSALS, params),
  ]);
  const total = byKind.reduce<AnimationCounts>(
    (sum, k) => ({
      messages: sum.messages + k.messages,
      recipients: sum.recipients + k.recipients,
      sent: sum.sent + k.sent,
      bounced: sum.bounced + k.bounced,
    }),
    ZERO,
  );
  return { total, byKind, ...refusals! };
}
