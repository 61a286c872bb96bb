/** What the referents' pages show of the calls: the answers by status, the confirmed and the waiting list in order. */
import type { Queryable } from '../../db.ts';
import type { CallEvent } from '../../events.ts';
import { EVENT_INVITATION_STATUSES, type EventInvitationStatus } from '../../../lib/vocabularies.ts';

export type StatusCounts = Record<EventInvitationStatus, number>;

const noAnswers = (): StatusCounts => Object.fromEntries(Object.keys(EVENT_INVITATION_STATUSES).map((s) => [s, 0])) as StatusCounts;

/** The invitations of each event by status (every status present, 0 when none). */
export async function countsByEvent(db: Queryable, events: readonly CallEvent[]): Promise<Map<string, StatusCounts>> {
  const rows = await db.query<{ event_id: string; status: EventInvitationStatus; n: number }>(
    'SELECT event_id, status, count(*)::int AS n FROM event_invitations WHERE event_id = ANY($1::text[]) GROUP BY event_id, status',
    [events.map((e) => e.id)],
  );
  const counts = new Map(events.map((e) => [e.id, noAnswers()]));
  for (const r of rows) counts.get(r.event_id)![r.status] = r.n;
  return counts;
}

export interface CalledAmbassador {
  displayName: string;
  jobTitle: string;
  /** `<département>/<slug>`: the public profile's address. */
  ref: string;
}

export interface CallDetails {
  counts: StatusCounts;
  confirmed: CalledAmbassador[];
  /** In the order they move up. */
  waiting: CalledAmbassador[];
  /** Confirmed ambassadors an editor listed in the event's file by hand (they take places too). */
  listedByHand: number;
}

export async function callDetails(db: Queryable, event: CallEvent): Promise<CallDetails> {
  const rows = await db.query<CalledAmbassador & { status: EventInvitationStatus }>(
    `SELECT i.status, m.public->>'displayName' AS "displayName", m.public->>'jobTitle' AS "jobTitle", m.department || '/' || m.slug AS ref
     FROM event_invitations i JOIN ambassadors m ON m.id = i.ambassador_id
     WHERE i.event_id = $1 ORDER BY i.confirmed_at NULLS LAST, i.answer_order NULLS LAST, m.department, m.slug`,
    [event.id],
  );
  const counts = noAnswers();
  for (const r of rows) counts[r.status] += 1;
  const pick = (status: EventInvitationStatus) =>
    rows.filter((r) => r.status === status).map(({ displayName, jobTitle, ref }) => ({ displayName, jobTitle, ref }));
  const invited = new Set(rows.map((r) => r.ref));
  return {
    counts,
    confirmed: pick('confirmed'),
    waiting: pick('waiting'),
    listedByHand: event.listed.filter((r) => !invited.has(r)).length,
  };
}
