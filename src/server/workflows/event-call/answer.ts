/**
 * An invited ambassador answers yes or no (the POST of the page the mail's link opens). Under the
 * call's lock: a yes takes a free place (confirmed: mail with the calendar file, the event's file
 * lists them) or, when none is left, goes on the waiting list (mail with the position); a no is
 * recorded. The answer link is used once; nothing is written when the answer cannot be taken.
 */
import { audit } from '../../audit.ts';
import type { CallEvent } from '../../events.ts';
import { enqueueMail } from '../../mail/outbox.ts';
import { eventWaitingListMail } from '../../mail/event-call-templates.ts';
import { markAmbassadorActive } from '../../records/ambassadors.ts';
import { consumeToken } from '../../tokens.ts';
import type { EventCallDeps } from './deps.ts';
import { lockedInvitation, waitingPosition, type LinkProblem } from './invitation.ts';
import { pageUrlOf, participationLinks } from './links.ts';
import { CONFIRM_SET, freePlaces, mailConfirmed, publishConfirmed } from './places.ts';

export type Answer = 'yes' | 'no';

export type AnswerResult =
  | { ok: true; event: CallEvent; outcome: 'confirmed' | 'declined' }
  | { ok: true; event: CallEvent; outcome: 'waiting'; position: number }
  | { ok: false; problem: LinkProblem };

export async function answerInvitation(deps: EventCallDeps, token: string, answer: Answer): Promise<AnswerResult> {
  return deps.db.transaction(async (tx): Promise<AnswerResult> => {
    const locked = await lockedInvitation(tx, deps, 'event_answer', token);
    if ('problem' in locked) return { ok: false, problem: locked.problem };
    const { invitation, event, now } = locked;
    if (invitation.status !== 'invited') return { ok: false, problem: 'used' };
    const used = await consumeToken(tx, deps.clock, 'event_answer', token);
    if (!used.ok) return { ok: false, problem: used.reason };
    await markAmbassadorActive(tx, invitation.ambassador_id, now);

    if (answer === 'no') {
      await tx.query(
        `UPDATE event_invitations SET status = 'declined', answered_at = $2, answer_order = nextval('event_answer_order') WHERE id = $1`,
        [invitation.id, now],
      );
      return { ok: true, event, outcome: 'declined' };
    }
    const confirmed = (await freePlaces(tx, event)) > 0;
    const [updated] = await tx.query<{ answer_order: string }>(
      `UPDATE event_invitations SET answered_at = $2, answer_order = nextval('event_answer_order'),
         ${confirmed ? CONFIRM_SET('$2', '$3') : `status = 'waiting'`}
       WHERE id = $1 RETURNING answer_order`,
      confirmed ? [invitation.id, now, event.start] : [invitation.id, now],
    );
    const recipient = { id: invitation.id, email: invitation.email, displayName: invitation.display_name };
    if (confirmed) {
      await mailConfirmed(tx, deps, event, [recipient], false);
      await audit(tx, now, 'ambassadeur', 'event_confirmed', invitation.id);
      await publishConfirmed(tx, deps, event);
      return { ok: true, event, outcome: 'confirmed' };
    }
    const position = await waitingPosition(tx, { event_id: event.id, answer_order: updated!.answer_order });
    const [manage] = await participationLinks(tx, deps, event, [invitation.id]);
    await enqueueMail(
      tx,
      deps.clock,
      eventWaitingListMail(deps.settings, invitation.email, {
        name: invitation.display_name,
        event,
        pageUrl: pageUrlOf(deps, event),
        position,
        manage: manage!,
      }),
    );
    return { ok: true, event, outcome: 'waiting', position };
  });
}
