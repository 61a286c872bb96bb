/**
 * An invitation as its emailed links reach it: the token read (never used by a GET), the
 * invitation and its event, or why the link cannot be used.
 */
import type { Queryable } from '../../db.ts';
import type { CallEvent } from '../../events.ts';
import { peekToken, type TokenCheck } from '../../tokens.ts';
import { lockCall } from './places.ts';
import type { EventInvitationStatus } from '../../../lib/vocabularies.ts';
import { eventById, isOpen, type EventCallDeps } from './deps.ts';

/** Why a link of the call does nothing: the token's reasons, the event gone from the agenda, or answers closed (it has started). */
export type LinkProblem = Extract<TokenCheck, { ok: false }>['reason'] | 'event_gone' | 'closed';

export interface InvitationRow {
  id: string;
  event_id: string;
  ambassador_id: string;
  status: EventInvitationStatus;
  answer_order: string | null;
  email: string;
  display_name: string;
}

export interface OpenInvitation {
  invitation: InvitationRow;
  event: CallEvent;
  /** Position on the waiting list (1 for the next to move up), when waiting. */
  position: number | undefined;
}

const SQL = `SELECT i.id, i.event_id, i.ambassador_id, i.status, i.answer_order, a.email, m.public->>'displayName' AS display_name
  FROM event_invitations i JOIN ambassadors m ON m.id = i.ambassador_id JOIN applications a ON a.id = m.id WHERE i.id = $1`;

export async function invitationRow(db: Queryable, id: string, lock = false): Promise<InvitationRow | undefined> {
  const [row] = await db.query<InvitationRow>(`${SQL}${lock ? ' FOR UPDATE OF i' : ''}`, [id]);
  return row;
}

export async function waitingPosition(db: Queryable, invitation: Pick<InvitationRow, 'event_id' | 'answer_order'>): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM event_invitations WHERE event_id = $1 AND status = 'waiting' AND answer_order <= $2`,
    [invitation.event_id, invitation.answer_order],
  );
  return row!.n;
}

/** What a link opens (GET): the invitation and its event while the event has not started. */
export async function openInvitation(
  db: Queryable,
  deps: Pick<EventCallDeps, 'clock' | 'events'>,
  purpose: 'event_answer' | 'event_participation',
  token: string,
): Promise<OpenInvitation | { problem: LinkProblem }> {
  const check = await peekToken(db, deps.clock, purpose, token);
  if (!check.ok) return { problem: check.reason };
  const invitation = await invitationRow(db, check.subject);
  if (!invitation) return { problem: 'unknown' };
  const event = eventById(deps, invitation.event_id);
  if (!event) return { problem: 'event_gone' };
  if (!isOpen(event, deps.clock.now())) return { problem: 'closed' };
  const position = invitation.status === 'waiting' ? await waitingPosition(db, invitation) : undefined;
  return { invitation, event, position };
}

/**
 * What a link's POST acts on: the invitation opened, then the event's call locked (answers and
 * withdrawals run one at a time), the time read once the lock is held (their order is the order
 * they took it in), and the invitation read again, locked, as it is now.
 */
export async function lockedInvitation(
  tx: Queryable,
  deps: Pick<EventCallDeps, 'clock' | 'events'>,
  purpose: 'event_answer' | 'event_participation',
  token: string,
): Promise<{ invitation: InvitationRow; event: CallEvent; now: Date } | { problem: LinkProblem }> {
  const opened = await openInvitation(tx, deps, purpose, token);
  if ('problem' in opened) return opened;
  const { event } = opened;
  await lockCall(tx, event.id);
  const now = deps.clock.now();
  if (!isOpen(event, now)) return { problem: 'closed' };
  return { invitation: (await invitationRow(tx, opened.invitation.id, true))!, event, now };
}
