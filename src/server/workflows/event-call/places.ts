/**
 * The places of an event's call, counted and given under one lock: the call's row, locked by every
 * answer and withdrawal of that event, so that they run one at a time and the first N yes are
 * confirmed, whatever the number of answers at once. The confirmed list is then published in the
 * event's file (its `confirmedAmbassadors`), as profiles are published: through the content writer.
 */
import { parse, parseDocument } from 'yaml';
import { ContentWriteError } from '../../content/writer.ts';
import type { Queryable } from '../../db.ts';
import { eventPath, type CallEvent } from '../../events.ts';
import { enqueueMails } from '../../mail/outbox.ts';
import { eventConfirmedMail } from '../../mail/event-call-templates.ts';
import { eventSchema } from '../../../lib/events.ts';
import { REMINDER_DAYS, type EventCallDeps, type PlacesDeps } from './deps.ts';
import { eventCalendarFile, pageUrlOf, participationLinks } from './links.ts';

/** Waits for the event's call and holds it until the transaction ends; false when nobody was ever invited to it. */
export async function lockCall(tx: Queryable, eventId: string): Promise<boolean> {
  return (await tx.query('SELECT event_id FROM event_calls WHERE event_id = $1 FOR UPDATE', [eventId])).length === 1;
}

interface CallRefs {
  /** Every invited ambassador's content id (`<département>/<slug>`). */
  invited: Set<string>;
  /** The confirmed ones, in the order of confirmation. */
  confirmed: string[];
}

async function callRefs(tx: Queryable, eventId: string): Promise<CallRefs> {
  const rows = await tx.query<{ ref: string; status: string }>(
    `SELECT m.department || '/' || m.slug AS ref, i.status FROM event_invitations i JOIN ambassadors m ON m.id = i.ambassador_id
     WHERE i.event_id = $1 ORDER BY i.confirmed_at NULLS LAST, i.answer_order`,
    [eventId],
  );
  return { invited: new Set(rows.map((r) => r.ref)), confirmed: rows.filter((r) => r.status === 'confirmed').map((r) => r.ref) };
}

/** Ambassadors an editor listed in the file by hand (not through the call): they keep their place. */
const listedByHand = (listed: readonly string[], refs: CallRefs) => listed.filter((ref) => !refs.invited.has(ref));

/** Places still free for the call: the event's, less those listed by hand and those the call confirmed. Call with the lock held. */
export async function freePlaces(tx: Queryable, event: CallEvent): Promise<number> {
  const refs = await callRefs(tx, event.id);
  return event.ambassadorPlaces - listedByHand(event.listed, refs).length - refs.confirmed.length;
}

/**
 * Writes the confirmed ambassadors into the event's file: those listed by hand, then the call's
 * in the order of confirmation. The file is checked by the site's schema before it is written.
 * Last step of the transaction: a refusal of the content store rolls the answer back.
 */
export async function publishConfirmed(tx: Queryable, deps: Pick<EventCallDeps, 'content'>, event: CallEvent): Promise<void> {
  const path = eventPath(event.id);
  const current = await deps.content.read(path);
  if (current === undefined) throw new ContentWriteError(`Événement introuvable : ${path}`);
  const document = parseDocument(current);
  const inFile = ((document.toJS() ?? {}) as { confirmedAmbassadors?: string[] }).confirmedAmbassadors ?? [];
  const refs = await callRefs(tx, event.id);
  const list = [...listedByHand(inFile, refs), ...refs.confirmed];
  if (list.length > 0) document.set('confirmedAmbassadors', list);
  else document.delete('confirmedAmbassadors');
  // As the files are written (Prettier's style): `[a, b]`, no line folded.
  const text = document.toString({ flowCollectionPadding: false, lineWidth: 0 });
  if (text === current) return;
  eventSchema.parse(parse(text));
  await deps.content.write(path, text, `Agenda : ambassadeurs confirmés pour ${event.id} (appel aux ambassadeurs)`);
}

/** SQL SET of a confirmation at $now for an event starting at $start: the reminder counts as sent when the confirmation comes within its days. */
export const CONFIRM_SET = (now: string, start: string) =>
  `status = 'confirmed', confirmed_at = ${now}, reminded_at = CASE WHEN ${start}::timestamptz - ${now}::timestamptz <= interval '${REMINDER_DAYS} days' THEN ${now}::timestamptz END`;

interface Confirmed {
  id: string;
  email: string;
  displayName: string;
}

/** The confirmation mails (with the calendar file and the « Gérer ma participation » link). */
export async function mailConfirmed(
  tx: Queryable,
  deps: PlacesDeps,
  event: CallEvent,
  confirmed: readonly Confirmed[],
  promoted: boolean,
): Promise<void> {
  const manage = await participationLinks(
    tx,
    deps,
    event,
    confirmed.map((c) => c.id),
  );
  const calendar = eventCalendarFile(deps, event);
  await enqueueMails(
    tx,
    deps.clock,
    confirmed.map((c, i) =>
      eventConfirmedMail(deps.settings, c.email, {
        name: c.displayName,
        event,
        pageUrl: pageUrlOf(deps, event),
        manage: manage[i]!,
        calendar,
        promoted,
      }),
    ),
  );
}

/** After a withdrawal: the first ones waiting take the free places, in the order of their answers, and are told. */
export async function promoteWaiting(tx: Queryable, deps: PlacesDeps, event: CallEvent, now: Date): Promise<number> {
  const free = await freePlaces(tx, event);
  if (free <= 0) return 0;
  const promoted = await tx.query<Confirmed>(
    `WITH next AS (
       UPDATE event_invitations SET ${CONFIRM_SET('$3', '$4')}
       WHERE id IN (SELECT id FROM event_invitations WHERE event_id = $1 AND status = 'waiting' ORDER BY answer_order LIMIT $2 FOR UPDATE)
       RETURNING id, ambassador_id, answer_order)
     SELECT n.id, a.email, m.public->>'displayName' AS "displayName"
     FROM next n JOIN ambassadors m ON m.id = n.ambassador_id JOIN applications a ON a.id = m.id ORDER BY n.answer_order`,
    [event.id, free, now, event.start],
  );
  if (promoted.length > 0) await mailConfirmed(tx, deps, event, promoted, true);
  return promoted.length;
}
