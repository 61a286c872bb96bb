/**
 * What each side does in the thread (brief F5, F6, F7): the ambassador accepts a slot (or the
 * requester one the ambassador proposed), declines with a word or proposes other slots; either
 * side messages, moves the date or cancels. Each action, its state change and the mails it
 * causes are written in one transaction with the request row locked. An invitation of a need
 * sent to several ambassadors locks its need first: the first acceptance fills it and closes
 * the others (src/server/workflows/needs/answer.ts).
 */
import { enqueueMail, enqueueMails, type MailToSend } from '../../mail/outbox.ts';
import {
  newMessageMail,
  requestAcceptedMail,
  requestCancelledMail,
  requestDeclinedMail,
  requestRescheduledMail,
  slotsProposedMail,
  entrustedMail,
} from '../../mail/request-templates.ts';
import { audit } from '../../audit.ts';
import { confirmedMembers } from '../../records/companies.ts';
import { requestForAmbassadorMail } from './confirm.ts';
import { ambassadorById, ambassadorByPath, markAmbassadorActive } from '../../records/ambassadors.ts';
import { chooseStandIn, lockNeedOf } from '../../records/needs.ts';
import { lockRequest, transition, type RequestRow, type Side } from '../../records/requests.ts';
import type { Queryable } from '../../db.ts';
import {
  IllegalRequestTransition,
  MESSAGE_STATUSES,
  REQUEST_STATUSES,
  nextRequestStatus,
  type RequestEvent,
} from '../../../lib/request-status.ts';
import { maskContacts } from '../../../lib/request.ts';
import { invitationOf } from './calendar.ts';
import { text, type ActionResult, type RequestDeps } from './deps.ts';
import { slotErrors } from './slots.ts';
import { suggestAmbassadors } from './suggestions.ts';
import { summaryOf } from './summary.ts';
import { sideOf, threadLink } from './thread.ts';
import { NEED_FILLED, afterDecline, fillNeed } from '../needs/answer.ts';
import { frenchNumber } from '../../../lib/forms/field.ts';
import { MESSAGE_MAX } from '../../../lib/forms/request.ts';

const TOO_LONG = `Message : ${frenchNumber(MESSAGE_MAX)} caractères au plus.`;

export type ThreadAction = 'message' | 'accept' | 'decline' | 'propose' | 'cancel' | 'reschedule' | 'entrust';

/** What the person is told once an action of the thread is done. */
export const THREAD_DONE: Record<ThreadAction, string> = {
  message: 'Votre message est envoyé.',
  accept: 'La demande est acceptée : l’invitation de calendrier est envoyée aux deux parties.',
  decline: 'Votre réponse est envoyée. Merci d’avoir répondu.',
  propose: 'Vos créneaux sont proposés : la personne choisira celui qui lui convient.',
  reschedule: 'La nouvelle date est enregistrée : l’invitation de calendrier est mise à jour pour les deux parties.',
  cancel: 'La demande est annulée. L’autre partie est prévenue.',
  entrust: 'La demande est confiée à votre ambassadeur : il la reçoit par courriel, et la personne sait qui viendra.',
};

const EVENT_OF: Record<Exclude<ThreadAction, 'message'>, RequestEvent> = {
  accept: 'accept',
  decline: 'decline',
  propose: 'propose_slots',
  cancel: 'cancel',
  reschedule: 'reschedule',
  entrust: 'reassign',
};

export async function actOnThread(
  deps: RequestDeps,
  token: string,
  action: ThreadAction,
  input: Record<string, unknown>,
): Promise<ActionResult> {
  return deps.db.transaction(async (tx) => {
    const who = await sideOf(tx, deps.clock, token);
    const lost: ActionResult = { ok: false, refused: 'Ce lien a expiré ou ne donne plus accès à cette demande.' };
    if ('ok' in who) return lost;
    // The need first, then the request: acceptances of one need's invitations queue on the need, in one order.
    const need = action === 'message' ? undefined : await lockNeedOf(tx, who.id);
    const request = await lockRequest(tx, who.id);
    // Reassigned between the link's check and the lock: the first ambassador's link no longer acts.
    if (who.side === 'ambassador' && request.ambassador_id !== who.ambassadorId) return lost;
    const ambassador = (await ambassadorById(tx, request.ambassador_id))!;
    const other: Side = who.side === 'requester' ? 'ambassador' : 'requester';
    const names = { requester: request.requester_name, ambassador: ambassador.public.displayName };
    const addresses = { requester: request.requester_email, ambassador: ambassador.email };
    const linkFor = (side: Side) => threadLink(tx, deps, request.id, side, ambassador.id);
    /** The same news for both sides, each with its own link back to the thread. */
    const toBothSides = async (mail: (side: Side, link: string) => MailToSend) => [
      mail('requester', await linkFor('requester')),
      mail('ambassador', await linkFor('ambassador')),
    ];
    const now = deps.clock.now();
    if (who.side === 'ambassador') await markAmbassadorActive(tx, ambassador.id, now);
    /** Words that reach a requester under 18 (or come from them) never carry contact details. */
    const shown = (words: string) => (request.requester_minor ? maskContacts(words) : words);

    if (action !== 'message') {
      if (request.status === 'filled_elsewhere') return { ok: false, refused: NEED_FILLED };
      const refusal = whyNot(request, who.side, action);
      if (refusal) return { ok: false, refused: refusal };
      // Whatever this invitation says, a need taken (or closed) has no second winner.
      if (action === 'accept' && need && need.status !== 'sent') return { ok: false, refused: NEED_FILLED };
    }

    switch (action) {
      case 'message': {
        if (request.status === 'awaiting_requester_confirmation') return { ok: false, refused: 'La demande n’est pas encore confirmée.' };
        if (!MESSAGE_STATUSES.includes(request.status))
          return { ok: false, refused: `Cette demande est ${REQUEST_STATUSES[request.status].toLowerCase()} : on ne peut plus y écrire.` };
        const body = text(input.body);
        if (!body) return { ok: false, errors: { body: 'Message : écrivez quelques mots.' } };
        if (body.length > MESSAGE_MAX) return { ok: false, errors: { body: TOO_LONG } };
        await addMessage(tx, request, who.side, body, now);
        await enqueueMail(
          tx,
          deps.clock,
          newMessageMail(
            deps.settings,
            addresses[other],
            { recipientName: names[other], authorName: names[who.side] },
            await linkFor(other),
          ),
        );
        return { ok: true, done: THREAD_DONE.message };
      }
      case 'entrust': {
        // Issue 11: a company hands the request to one of its confirmed members, as a referent can (reassign.ts).
        const path = text(input.member);
        const members =
          ambassador.public.type === 'company' ? await confirmedMembers(tx, `${ambassador.department}/${ambassador.slug}`) : [];
        const target = members.some((m) => m.value === path) ? await ambassadorByPath(tx, path) : undefined;
        if (!target || target.paused)
          return { ok: false, errors: { member: 'Ambassadeur : choisissez l’un des membres confirmés de votre structure.' } };
        await transition(
          tx,
          now,
          request,
          'reassign',
          `ambassador_id = $3, sent_at = $4, awaiting = 'ambassador', reminders_sent = 0, escalated_at = NULL, slots = requester_slots`,
          [target.id, now],
        );
        const summary = summaryOf(request, target);
        await enqueueMails(tx, deps.clock, [
          await requestForAmbassadorMail(tx, deps, request.id, target, summary),
          entrustedMail(deps.settings, request.requester_email, summary, ambassador.public.displayName, await linkFor('requester')),
        ]);
        await audit(tx, now, 'ambassadeur', 'request_entrusted', request.id);
        return { ok: true, done: THREAD_DONE.entrust };
      }
      case 'accept': {
        const slot = /^[0-2]$/.test(text(input.slot)) ? request.slots[Number(input.slot)] : undefined;
        if (!slot) return { ok: false, errors: { slot: 'Créneau : choisissez l’un des créneaux proposés.' } };
        const start = new Date(slot);
        if (start.getTime() <= now.getTime())
          return { ok: false, errors: { slot: 'Créneau : cette date est passée. Proposez-en d’autres.' } };
        await transition(tx, now, request, 'accept', 'accepted_start = $3, answered_at = $4', [start, now]);
        if (need) await fillNeed(tx, deps, need, request, now);
        const summary = summaryOf(request, ambassador);
        const invitation = invitationOf(deps, request, ambassador, start, request.ics_sequence, false);
        await enqueueMails(
          tx,
          deps.clock,
          await toBothSides((side, link) =>
            requestAcceptedMail(deps.settings, addresses[side], summary, { side, start, link, invitation }),
          ),
        );
        return { ok: true, done: THREAD_DONE.accept };
      }
      case 'decline': {
        const note = text(input.body);
        if (note.length < 10) return { ok: false, errors: { body: 'Message : quelques mots pour la personne (10 caractères au moins).' } };
        if (note.length > MESSAGE_MAX) return { ok: false, errors: { body: TOO_LONG } };
        await transition(tx, now, request, 'decline', 'answered_at = $3, closed_at = $3', [now]);
        await addMessage(tx, request, 'ambassador', note, now);
        // One of several invited: the requester waits for the others' answers, not for each decline.
        if (need) {
          await afterDecline(tx, deps, need);
          return { ok: true, done: THREAD_DONE.decline };
        }
        const suggestions = await suggestAmbassadors(tx, deps.clock, deps.siteUrl, {
          near: ambassador.public,
          exclude: [ambassador.id],
          intervention: request.intervention,
          requesterDepartment: request.requester_department,
        });
        await enqueueMail(
          tx,
          deps.clock,
          requestDeclinedMail(
            deps.settings,
            request.requester_email,
            summaryOf(request, ambassador),
            shown(note),
            await linkFor('requester'),
            suggestions,
          ),
        );
        return { ok: true, done: THREAD_DONE.decline };
      }
      case 'propose': {
        const errors: Record<string, string> = {};
        const typed = ['slot1', 'slot2', 'slot3'].map((k) => text(input[k])).filter(Boolean);
        if (typed.length === 0) errors.slot1 = 'Créneau 1 : proposez au moins une date et une heure.';
        const starts = slotErrors(typed, deps.clock, errors);
        if (Object.keys(errors).length > 0) return { ok: false, errors };
        await transition(tx, now, request, 'propose_slots', `slots = $3, awaiting = 'requester', answered_at = $4`, [
          JSON.stringify(starts.map((s) => s.toISOString())),
          now,
        ]);
        const note = text(input.body);
        if (note) await addMessage(tx, request, 'ambassador', note.slice(0, MESSAGE_MAX), now);
        await enqueueMail(
          tx,
          deps.clock,
          slotsProposedMail(deps.settings, request.requester_email, summaryOf(request, ambassador), starts, await linkFor('requester')),
        );
        return { ok: true, done: THREAD_DONE.propose };
      }
      case 'reschedule': {
        const errors: Record<string, string> = {};
        const [start] = slotErrors([text(input.slot1)], deps.clock, errors);
        if (!start)
          return {
            ok: false,
            errors: Object.keys(errors).length > 0 ? errors : { slot1: 'Créneau 1 : indiquez la nouvelle date et l’heure.' },
          };
        const sequence = request.ics_sequence + 1;
        await transition(tx, now, request, 'reschedule', 'accepted_start = $3, ics_sequence = $4', [start, sequence]);
        const invitation = invitationOf(deps, request, ambassador, start, sequence, false);
        await enqueueMails(
          tx,
          deps.clock,
          await toBothSides((side, link) =>
            requestRescheduledMail(
              deps.settings,
              addresses[side],
              { recipientName: names[side], authorName: names[who.side], start },
              link,
              invitation,
            ),
          ),
        );
        return { ok: true, done: THREAD_DONE.reschedule };
      }
      case 'cancel': {
        const note = text(input.body).slice(0, MESSAGE_MAX);
        const wasAccepted = request.status === 'accepted';
        const sequence = request.ics_sequence + 1;
        await transition(tx, now, request, 'cancel', 'closed_at = $3, ics_sequence = $4', [now, sequence]);
        if (need && !wasAccepted) await chooseStandIn(tx, need.id);
        if (note) await addMessage(tx, request, who.side, note, now);
        const invitation =
          wasAccepted && request.accepted_start
            ? invitationOf(deps, request, ambassador, request.accepted_start, sequence, true)
            : undefined;
        const mails = [
          requestCancelledMail(
            deps.settings,
            addresses[other],
            { recipientName: names[other], authorName: names[who.side], note: shown(note) },
            await linkFor(other),
            invitation,
          ),
        ];
        // The side that cancels gets the cancelling invitation too, so that its own calendar is cleared.
        if (invitation) {
          mails.push(
            requestCancelledMail(
              deps.settings,
              addresses[who.side],
              { recipientName: names[who.side], authorName: names[who.side] },
              await linkFor(who.side),
              invitation,
            ),
          );
        }
        await enqueueMails(tx, deps.clock, mails);
        return { ok: true, done: THREAD_DONE.cancel };
      }
    }
  });
}

/** Why this side cannot do this now, in words; undefined when it can. */
function whyNot(request: RequestRow, side: Side, action: Exclude<ThreadAction, 'message'>): string | undefined {
  const closed = `Cette demande est ${REQUEST_STATUSES[request.status].toLowerCase()} : rien n’a changé.`;
  try {
    nextRequestStatus(request.status, EVENT_OF[action]);
  } catch (error) {
    if (error instanceof IllegalRequestTransition)
      return request.status === 'accepted' && action === 'accept' ? 'Cette demande est déjà acceptée : rien n’a changé.' : closed;
    throw error;
  }
  if ((action === 'decline' || action === 'propose' || action === 'entrust') && side !== 'ambassador')
    return 'Seul l’ambassadeur peut faire cela.';
  if (action === 'accept' && request.awaiting !== side) {
    return side === 'ambassador'
      ? 'Vous avez proposé d’autres créneaux : c’est à la personne de choisir.'
      : 'L’ambassadeur n’a pas encore répondu.';
  }
  return undefined;
}

async function addMessage(tx: Queryable, request: RequestRow, author: Side, body: string, now: Date): Promise<void> {
  // A requester under 18: contact details are masked both ways.
  const stored = request.requester_minor ? maskContacts(body) : body;
  await tx.query('INSERT INTO messages (request_id, author, ambassador_id, body, created_at) VALUES ($1, $2, $3, $4, $5)', [
    request.id,
    author,
    request.ambassador_id,
    stored,
    now,
  ]);
}
