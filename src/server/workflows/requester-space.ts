/**
 * « Mes demandes » (brief F10): any address may ask for a sign-in link (the same answer whether
 * or not it made requests, W3); the link opens a session bound to the pseudonymous requester
 * (requesters.id, never the address); the session lists every request made from that address,
 * opens each one's thread, and proves the address, so that a new request made with it needs no
 * confirmation link. The first sign-in is recorded: it is what "demandeurs inscrits" counts.
 */
import { z } from 'astro/zod';
import type { Clock } from '../clock.ts';
import type { Db } from '../db.ts';
import { enqueueMail } from '../mail/outbox.ts';
import { requesterSignInMail } from '../mail/request-templates.ts';
import type { MailContext } from '../mail/templates.ts';
import { openSession, sessionSubject } from '../sessions.ts';
import { consumeToken, issueToken, type TokenCheck } from '../tokens.ts';
import { threadPath } from './requests/thread.ts';
import { isUuid } from '../../lib/ids.ts';
import { REQUEST_FIELDS } from '../../lib/forms/request.ts';
import type { NeedStatus } from '../../lib/need.ts';
import type { RequestStatus } from '../../lib/request-status.ts';
import { REQUESTER_SESSION_PATH } from '../../views/requester-space/paths.ts';

export interface RequesterSpaceDeps {
  db: Db;
  clock: Clock;
  settings: MailContext & { confirmationLinkHours: number };
  siteUrl: string;
}

export const REQUESTER_LINK_PURPOSE = 'requester_sign_in' as const;
/** Like the ambassador's: an hour, long enough to read the list and fill in a request. */
export const REQUESTER_SESSION_MS = 60 * 60_000;

const address = z.email().max(REQUEST_FIELDS.email.maxLength);

/** Mails a sign-in link to any well-formed address; nothing about the address is stored until the link is used. */
export async function requestRequesterLink(deps: RequesterSpaceDeps, email: string): Promise<void> {
  const typed = email.trim();
  if (!address.safeParse(typed).success) return;
  const hours = deps.settings.confirmationLinkHours;
  await deps.db.transaction(async (tx) => {
    const token = await issueToken(tx, deps.clock, {
      purpose: REQUESTER_LINK_PURPOSE,
      subject: typed.toLowerCase(),
      lifetimeMs: hours * 3_600_000,
    });
    await enqueueMail(
      tx,
      deps.clock,
      requesterSignInMail(deps.settings, typed, `${deps.siteUrl}${REQUESTER_SESSION_PATH}?jeton=${token}`, hours),
    );
  });
}

/**
 * Uses the emailed link once and opens a session. The requester's row is created if the address
 * never made a request; its first sign-in is kept (`signed_in_at` never moves once set).
 */
export async function openRequesterSession(
  deps: RequesterSpaceDeps,
  token: string,
): Promise<{ ok: true; cookie: string } | Extract<TokenCheck, { ok: false }>> {
  return deps.db.transaction(async (tx) => {
    const check = await consumeToken(tx, deps.clock, REQUESTER_LINK_PURPOSE, token);
    if (!check.ok) return check;
    const now = deps.clock.now();
    const [requester] = await tx.query<{ id: string }>(
      `INSERT INTO requesters (email, created_at, signed_in_at, last_seen_at) VALUES ($1, $2, $2, $2)
       ON CONFLICT (email) DO UPDATE SET signed_in_at = coalesce(requesters.signed_in_at, EXCLUDED.signed_in_at),
         last_seen_at = greatest(requesters.last_seen_at, EXCLUDED.last_seen_at)
       RETURNING id`,
      [check.subject, now],
    );
    const cookie = await openSession(tx, deps.clock, { kind: 'requester', subject: requester!.id, lifetimeMs: REQUESTER_SESSION_MS });
    return { ok: true, cookie };
  });
}

export interface SignedInRequester {
  id: string;
  /** Lower case, as requesters.email keeps it. */
  email: string;
}

/** The requester behind a session cookie, while the session lasts and the address is still kept. */
export async function requesterFromSession(
  deps: Pick<RequesterSpaceDeps, 'db' | 'clock'>,
  cookie: string | undefined,
): Promise<SignedInRequester | undefined> {
  const id = await sessionSubject(deps.db, deps.clock, 'requester', cookie);
  if (!id) return undefined;
  const [row] = await deps.db.query<SignedInRequester>('SELECT id, email FROM requesters WHERE id = $1 AND email IS NOT NULL', [id]);
  return row;
}

/** A request as « Mes demandes » lists it. */
export interface RequesterRequest {
  id: string;
  status: RequestStatus;
  /** Sent, and the ambassador proposed other dates: the requester's turn. */
  awaitingRequester: boolean;
  intervention: string;
  /** Null once the ambassador's account is gone. */
  ambassadorName: string | null;
  createdAt: Date;
  acceptedStart: Date | null;
  slots: string[];
  /** A need sent to several ambassadors, shown once (by the invitation standing for it): its state and reach. */
  need: { status: NeedStatus; invited: number } | null;
}

/**
 * Every request made from the requester's address, newest first, except those anonymised; a need
 * sent to several ambassadors once, by the invitation that stands for it. The requester id is the
 * lower-cased address (trigger of migration 0009), so this matches the address whatever its case
 * in each request.
 */
export async function requestsOfRequester(deps: Pick<RequesterSpaceDeps, 'db'>, requester: SignedInRequester): Promise<RequesterRequest[]> {
  return deps.db.query<RequesterRequest>(
    `SELECT r.id, r.status, r.status = 'sent' AND r.awaiting = 'requester' AS "awaitingRequester", r.intervention,
       m.public ->> 'displayName' AS "ambassadorName", r.created_at AS "createdAt", r.accepted_start AS "acceptedStart", r.slots,
       CASE WHEN n.id IS NULL THEN NULL ELSE json_build_object('status', n.status, 'invited', n.invited) END AS need
     FROM requests r LEFT JOIN ambassadors m ON m.id = r.ambassador_id LEFT JOIN needs n ON n.id = r.need_id
     WHERE r.requester_id = $1 AND r.anonymised_at IS NULL AND r.counts_in_flow
     ORDER BY r.created_at DESC, r.id`,
    [requester.id],
  );
}

/**
 * The requester's side of one of their own requests' thread: a new thread link, valid as long as
 * a session, as a path on the site. Undefined when the request is not theirs (or not at all).
 */
export async function requesterThreadPath(
  deps: Pick<RequesterSpaceDeps, 'db' | 'clock'>,
  requester: SignedInRequester,
  requestId: string,
): Promise<string | undefined> {
  if (!isUuid(requestId)) return undefined;
  const [own] = await deps.db.query('SELECT 1 FROM requests WHERE id = $1 AND requester_id = $2 AND anonymised_at IS NULL', [
    requestId,
    requester.id,
  ]);
  if (!own) return undefined;
  return threadPath(deps.db, deps.clock, { requestId, side: 'requester', lifetimeMs: REQUESTER_SESSION_MS });
}
