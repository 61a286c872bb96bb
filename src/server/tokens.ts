/**
 * Emailed links (brief W3): 256-bit random tokens, stored hashed, bound to one purpose and
 * one subject, expiring, and single use when consumed. The raw token only ever appears in
 * the link sent by mail.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from './clock.ts';
import type { Queryable } from './db.ts';

export type TokenPurpose =
  | 'confirm_application'
  | 'manage_profile'
  | 'change_email'
  | 'referent_sign_in'
  | 'requester_sign_in'
  | 'confirm_request'
  | 'confirm_need'
  | 'request_thread'
  | 'request_feedback'
  | 'event_answer'
  | 'event_participation'
  | 'animation_unsubscribe'
  /** Issue 11: a company confirms (or refuses) that a person who named it belongs to it; subject « <person's id> <company id> ». */
  | 'confirm_company_member'
  /** Issue 11, mini-stages: the requester's confirmation, the company's answer, each side's feedback. */
  | 'confirm_ministage'
  | 'ministage_answer'
  | 'ministage_feedback';

function newRawToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function issueToken(
  db: Queryable,
  clock: Clock,
  { purpose, subject, lifetimeMs }: { purpose: TokenPurpose; subject: string; lifetimeMs: number },
): Promise<string> {
  const token = newRawToken();
  const now = clock.now();
  await db.query('INSERT INTO link_tokens (hash, purpose, subject, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)', [
    hashToken(token),
    purpose,
    subject,
    now,
    new Date(now.getTime() + lifetimeMs),
  ]);
  return token;
}

export type TokenCheck = { ok: true; subject: string } | { ok: false; reason: 'unknown' | 'expired' | 'used' };

/** Uses the token once: a second call, or a call after expiry, says why it cannot. */
export async function consumeToken(db: Queryable, clock: Clock, purpose: TokenPurpose, token: string): Promise<TokenCheck> {
  const now = clock.now();
  const hash = hashToken(token);
  const [used] = await db.query<{ subject: string }>(
    'UPDATE link_tokens SET used_at = $3 WHERE hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3 RETURNING subject',
    [hash, purpose, now],
  );
  if (used) return { ok: true, subject: used.subject };
  return { ok: false, reason: await whyNot(db, purpose, hash, now) };
}

/** Reads a token without using it (the page a link opens, before its POST). */
export async function peekToken(db: Queryable, clock: Clock, purpose: TokenPurpose, token: string): Promise<TokenCheck> {
  const hash = hashToken(token);
  const [row] = await db.query<{ subject: string; used_at: Date | null; expires_at: Date }>(
    'SELECT subject, used_at, expires_at FROM link_tokens WHERE hash = $1 AND purpose = $2',
    [hash, purpose],
  );
  if (!row) return { ok: false, reason: 'unknown' };
  if (row.used_at) return { ok: false, reason: 'used' };
  if (row.expires_at <= clock.now()) return { ok: false, reason: 'expired' };
  return { ok: true, subject: row.subject };
}

async function whyNot(db: Queryable, purpose: TokenPurpose, hash: string, now: Date): Promise<'unknown' | 'expired' | 'used'> {
  const [row] = await db.query<{ used_at: Date | null; expires_at: Date }>(
    'SELECT used_at, expires_at FROM link_tokens WHERE hash = $1 AND purpose = $2',
    [hash, purpose],
  );
  if (!row) return 'unknown';
  if (row.used_at) return 'used';
  return row.expires_at <= now ? 'expired' : 'unknown';
}

/** Many tokens in one statement (the follow-up job mails thousands of links at once); same order as asked. */
export async function issueTokens(
  db: Queryable,
  clock: Clock,
  wanted: readonly { purpose: TokenPurpose; subject: string; lifetimeMs: number }[],
): Promise<string[]> {
  if (wanted.length === 0) return [];
  const tokens = wanted.map(() => newRawToken());
  const now = clock.now();
  await db.query(
    `INSERT INTO link_tokens (hash, purpose, subject, created_at, expires_at)
     SELECT h, p, s, $4, e FROM unnest($1::text[], $2::text[], $3::text[], $5::timestamptz[]) AS t(h, p, s, e)`,
    [
      tokens.map(hashToken),
      wanted.map((w) => w.purpose),
      wanted.map((w) => w.subject),
      now,
      wanted.map((w) => new Date(now.getTime() + w.lifetimeMs)),
    ],
  );
  return tokens;
}
