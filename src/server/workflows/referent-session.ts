/**
 * Referent sign-in (brief F8): an emailed link, then a session cookie. Only addresses listed
 * in the referents content can sign in; the answer to a sign-in request is the same for any
 * address (W3).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../clock.ts';
import type { Db } from '../db.ts';
import { enqueueMail } from '../mail/outbox.ts';
import { referentSignInMail, type MailContext } from '../mail/templates.ts';
import { findReferent, type Referent } from '../referents.ts';
import { consumeToken, issueToken, type TokenCheck } from '../tokens.ts';

export interface ReferentDeps {
  db: Db;
  clock: Clock;
  settings: MailContext;
  siteUrl: string;
  referents: readonly Referent[];
}

const LINK_LIFETIME_MS = 15 * 60_000;
export const SESSION_LIFETIME_MS = 8 * 3_600_000;

export async function requestReferentSignIn(deps: ReferentDeps, email: string): Promise<void> {
  const referent = findReferent(deps.referents, email);
  if (!referent) return;
  await deps.db.transaction(async (tx) => {
    const token = await issueToken(tx, deps.clock, {
      purpose: 'referent_sign_in',
      subject: referent.email.toLowerCase(),
      lifetimeMs: LINK_LIFETIME_MS,
    });
    const link = `${deps.siteUrl}/api/referents/session?jeton=${token}`;
    await enqueueMail(tx, deps.clock, referentSignInMail(deps.settings, referent, link));
  });
}

/** Uses the emailed link once and opens a session; returns the cookie value to set. */
export async function openReferentSession(
  deps: ReferentDeps,
  token: string,
): Promise<{ ok: true; cookie: string } | Extract<TokenCheck, { ok: false }>> {
  return deps.db.transaction(async (tx) => {
    const check = await consumeToken(tx, deps.clock, 'referent_sign_in', token);
    if (!check.ok) return check;
    if (!findReferent(deps.referents, check.subject)) return { ok: false, reason: 'unknown' };
    const cookie = randomBytes(32).toString('base64url');
    const now = deps.clock.now();
    await tx.query('INSERT INTO referent_sessions (hash, email, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
      hashSession(cookie),
      check.subject,
      now,
      new Date(now.getTime() + SESSION_LIFETIME_MS),
    ]);
    return { ok: true, cookie };
  });
}

/** The referent behind a session cookie, while the session lasts and the person is still listed. */
export async function referentFromSession(deps: ReferentDeps, cookie: string | undefined): Promise<Referent | undefined> {
  if (!cookie) return undefined;
  const [row] = await deps.db.query<{ email: string }>('SELECT email FROM referent_sessions WHERE hash = $1 AND expires_at > $2', [
    hashSession(cookie),
    deps.clock.now(),
  ]);
  return row ? findReferent(deps.referents, row.email) : undefined;
}

function hashSession(cookie: string): string {
  return createHash('sha256').update(cookie).digest('hex');
}
