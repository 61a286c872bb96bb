/**
 * A confirmed or waiting ambassador withdraws (the POST of « Gérer ma participation »). Under the
 * call's lock: a confirmed place freed goes to the first one waiting (mail with the calendar file),
 * and the event's file is published again without the one who withdrew. The link is used once.
 */
import { audit } from '../../audit.ts';
import type { CallEvent } from '../../events.ts';
import { consumeToken } from '../../tokens.ts';
import { isOpen, type EventCallDeps } from './deps.ts';
import { invitationRow, openInvitation, type LinkProblem } from './invitation.ts';
import { lockCall, promoteWaiting, publishConfirmed } from './places.ts';

export type WithdrawResult = { ok: true; event: CallEvent; wasConfirmed: boolean; promoted: number } | { ok: false; problem: LinkProblem };

export async function withdraw(deps: EventCallDeps, token: string): Promise<WithdrawResult> {
  return deps.db.transaction(async (tx): Promise<WithdrawResult> => {
    const opened = await openInvitation(tx, deps, 'event_participation', token);
    if ('problem' in opened) return { ok: false, problem: opened.problem };
    const { event } = opened;
    await lockCall(tx, event.id);
    const now = deps.clock.now();
    if (!isOpen(event, now)) return { ok: false, problem: 'closed' };
    const invitation = (await invitationRow(tx, opened.invitation.id, true))!;
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
