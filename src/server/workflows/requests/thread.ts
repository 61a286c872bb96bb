/**
 * The relayed thread of a request (brief F6, W3), reached by emailed links bound to one side:
 * the links themselves, who a link is for (an ambassador's stops at a reassignment), and the
 * thread a link opens (the request, its ambassador, the messages).
 */
import type { Clock } from '../../clock.ts';
import type { Queryable } from '../../db.ts';
import { confirmedMembers, type CompanyOption } from '../../records/companies.ts';
import { ambassadorById, type AmbassadorRecord } from '../../records/ambassadors.ts';
import type { RequestRow, Side } from '../../records/requests.ts';
import { issueToken, peekToken, type TokenCheck } from '../../tokens.ts';
import { DAY, type RequestDeps } from './deps.ts';

/** Thread links stay usable this long after each mail that carries one. */
export const THREAD_LINK_DAYS = 90;

/** Link tokens of the thread: one per side; the ambassador's is bound to the ambassador assigned. */
export function threadSubject(requestId: string, side: Side, ambassadorId?: string): string {
  return side === 'requester' ? `${requestId}/requester` : `${requestId}/ambassador/${ambassadorId}`;
}

/** The page a thread token opens, on the site (mails add the site's address). */
export const THREAD_PATH = '/api/demandes/fil';

/** A new link to the thread for one side, as mails carry it. */
export async function threadLink(
  tx: Queryable,
  deps: Pick<RequestDeps, 'clock' | 'siteUrl'>,
  requestId: string,
  side: Side,
  ambassadorId?: string,
): Promise<string> {
  return `${deps.siteUrl}${await threadPath(tx, deps.clock, { requestId, side, ambassadorId })}`;
}

/** A new token for one side of the thread, as a path on the site; `lifetimeMs` is shorter for a link opened from a session. */
export async function threadPath(
  tx: Queryable,
  clock: Clock,
  {
    requestId,
    side,
    ambassadorId,
    lifetimeMs = THREAD_LINK_DAYS * DAY,
  }: { requestId: string; side: Side; ambassadorId?: string | undefined; lifetimeMs?: number },
): Promise<string> {
  const token = await issueToken(tx, clock, {
    purpose: 'request_thread',
    subject: threadSubject(requestId, side, ambassadorId),
    lifetimeMs,
  });
  return `${THREAD_PATH}?jeton=${token}`;
}

export interface Thread {
  side: Side;
  request: RequestRow;
  ambassador: AmbassadorRecord;
  messages: ThreadMessage[];
  /** For an invitation of a need: to how many ambassadors the need went. */
  need: { invited: number } | null;
  /** Issue 11: a company's confirmed members, to whom its side may entrust a request still waiting. */
  members?: readonly CompanyOption[];
}

/**
 * A message as one side may see it. A reassigned request keeps its thread: the requester sees
 * every message, each ambassador's under that ambassador's name; an ambassador sees only the
 * messages of their own assignment (what the requester wrote to a previous ambassador was not
 * written to them, and they did not write the previous ambassador's words).
 */
export interface ThreadMessage {
  author: Side | 'referent';
  /** The ambassador of the conversation: who wrote an ambassador's message, to whom a requester's was written; null for a referent's, or once that account is deleted. */
  ambassador_id: string | null;
  /** Who wrote it, in words: the requester's name, the writing ambassador's display name, or « Référent ». */
  authorName: string;
  body: string;
  created_at: Date;
}

/** An ambassador's message whose account is gone since. */
const FORMER_AMBASSADOR = 'Ambassadeur précédent';

/**
 * Who the link is for, if it still is: an ambassador's link stops working once the request is
 * reassigned. An action checks `ambassadorId` again once it holds the row lock (a reassignment
 * may commit in between).
 */
export async function sideOf(
  db: Queryable,
  clock: Clock,
  token: string,
): Promise<{ id: string; side: Side; ambassadorId?: string | undefined } | Extract<TokenCheck, { ok: false }>> {
  const check = await peekToken(db, clock, 'request_thread', token);
  if (!check.ok) return check;
  const [id, side, ambassadorId] = check.subject.split('/') as [string, Side, string | undefined];
  if (side === 'ambassador') {
    const [row] = await db.query<{ ambassador_id: string }>('SELECT ambassador_id FROM requests WHERE id = $1', [id]);
    if (!row || row.ambassador_id !== ambassadorId) return { ok: false, reason: 'unknown' };
  }
  return { id, side, ambassadorId };
}

export async function openThread(deps: RequestDeps, token: string): Promise<Thread | Extract<TokenCheck, { ok: false }>> {
  const who = await sideOf(deps.db, deps.clock, token);
  if ('ok' in who) return who;
  const [request] = await deps.db.query<RequestRow>('SELECT * FROM requests WHERE id = $1', [who.id]);
  if (!request) return { ok: false, reason: 'unknown' };
  const ambassador = (await ambassadorById(deps.db, request.ambassador_id))!;
  const rows = await deps.db.query<Omit<ThreadMessage, 'authorName'> & { ambassador_name: string | null }>(
    `SELECT msg.author, msg.ambassador_id, msg.body, msg.created_at, m.public->>'displayName' AS ambassador_name
     FROM messages msg LEFT JOIN ambassadors m ON m.id = msg.ambassador_id
     WHERE msg.request_id = $1 AND ($2::uuid IS NULL OR msg.ambassador_id = $2 OR msg.author = 'referent')
     ORDER BY msg.id`,
    [request.id, who.side === 'ambassador' ? request.ambassador_id : null],
  );
  const messages = rows.map(({ ambassador_name, ...m }) => ({
    ...m,
    authorName:
      m.author === 'requester' ? request.requester_name : m.author === 'ambassador' ? (ambassador_name ?? FORMER_AMBASSADOR) : 'Référent',
  }));
  const [need] = request.need_id
    ? await deps.db.query<{ invited: number }>('SELECT invited FROM needs WHERE id = $1', [request.need_id])
    : [];
  const members =
    who.side === 'ambassador' && ambassador.public.type === 'company' && request.status === 'sent'
      ? await confirmedMembers(deps.db, `${ambassador.department}/${ambassador.slug}`)
      : [];
  return { side: who.side, request, ambassador, messages, need: need ?? null, ...(members.length > 0 ? { members } : {}) };
}
