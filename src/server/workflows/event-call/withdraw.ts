/**
 * A confirmed or waiting ambassador withdraws (the POST of « Gérer ma participation »). Under the
 * call's lock: a confirmed place freed goes to the first one waiting (mail with the calendar file),
 * and the event's file is published again without the one who withdrew. The link is used once.
 */
import { audit } from '../../audit.ts';
import type { Queryable } from '../../db.ts';
import { loadEvents, type CallEvent } from '../../events.ts';
import { consumeToken } from '../../tokens.ts';
import { eventById, isOpen, type EventCallDeps, type PlacesDeps } from './deps.ts';
import { lockedInvitation, type LinkProblem } from './invitation.ts';
import { lockCall, promoteWaiting, publishConfirmed } from './places.ts';

export type WithdrawResult = { ok: true; event: CallEvent; wasConfirmed: boolean; promoted: number } | { ok: false; problem: LinkProblem };

export async function withdraw(deps: EventCallDeps, token: string): Promise<WithdrawResult> {
  return deps.db.transaction(async (tx): Promise<WithdrawResult> => {
    const locked = await lockedInvitation(tx, deps, 'event_participation', token);
    if ('problem' in locked) return { ok: false, problem: locked.problem };
    const { invitation, event, now } = locked;
    // Withdrawn already (with another link of the same invitation).
    if (invitation.status !== 'confirmed' && invitation.status !== 'waiting') return { ok: false, problem: 'used' };
    const used = await consumeToken(tx, deps.clock, 'event_participation', token);
    if (!used.ok) return { ok: false, problem: used.reason };
    await tx.query(`UPDATE event_invitations SET status = 'withdrawn', withdrawn_at = $2 WHERE id = $1`, [invitation.id, now]);
    await audit(tx, now, 'ambassadeur', 'event_withdrawn', invitation.id);
    if (invitation.status === 'waiting') return { ok: true, event, wasConfirmed: false, promoted: 0 };
    const promoted = await promoteWaiting(tx, deps, event, now);
    await publishConfirmed(tx, deps, event);
    return { ok: true, event, wasConfirmed: true, promoted };
  });
}

/**
 * An ambassador who deletes their account leaves the calls of events still to come, as a
 * withdrawal would (before the account goes: their invitations go with it). A confirmed place goes
 * to the first one waiting and the event's file is published again without them. Call inside the
 * deletion's transaction; the events are read only when there is an invitation to leave.
 */
export async function leaveEvents(
  tx: Queryable,
  deps: PlacesDeps & { events?: readonly CallEvent[] },
  ambassadorId: string,
): Promise<void> {
  const open = await tx.query<{ event_id: string }>(
    `SELECT DISTINCT event_id FROM event_invitations WHERE ambassador_id = $1 AND status IN ('confirmed', 'waiting') ORDER BY event_id`,
    [ambassadorId],
  );
  if (open.length === 0) return;
  const now = deps.clock.now();
  const events = deps.events ?? loadEvents();
  for (const { event_id } of open) {
    const event = eventById({ events }, event_id);
    if (!event || !isOpen(event, now)) continue;
    await lockCall(tx, event.id);
    const [left] = await tx.query<{ status: string }>(
      `UPDATE event_invitations i SET status = 'withdrawn', withdrawn_at = $3 FROM event_invitations before
       WHERE i.id = before.id AND i.event_id = $1 AND i.ambassador_id = $2 AND i.status IN ('confirmed', 'waiting')
       RETURNING before.status`,
      [event.id, ambassadorId, now],
    );
    if (left?.status !== 'confirmed') continue;
    await promoteWaiting(tx, deps, event, now);
    await publishConfirmed(tx, deps, event);
  }
}
