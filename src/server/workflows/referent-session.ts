/**
 * Referent sign-in (brief F8): an emailed link, then a session cookie. Only addresses listed
 * in the referents content can sign in; the answer to a sign-in request is the same for any
 * address (W3).
 */
import type { Clock } from '../clock.ts';
import type { Db } from '../db.ts';
import { enqueueMail } from '../mail/outbox.ts';
import { referentSignInMail, type MailContext } from '../mail/templates.ts';
import { findReferent, type Referent } from '../referents.ts';
import { openSession, sessionSubject } from '../sessions.ts';
import { consumeToken, issueToken, type TokenCheck } from '../tokens.ts';

export interface ReferentDeps {
  db: Db;
  clock: Clock;
  settings: MailContext;
  siteUrl: string;
  referents: readonly Referent[];
}

export const LINK_LIFETIME_MS = 15 * 60_000;
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
    const cookie = await openSession(tx, deps.clock, { kind: 'referent', subject: check.subject, lifetimeMs: SESSION_LIFETIME_MS });
    return { ok: true, cookie };
  });
}

/** The referent behind a session cookie, while the session lasts and the person is still listed. */
export async function referentFromSession(deps: ReferentDeps, cookie: string | undefined): Promise<Referent | undefined> {
  const email = await sessionSubject(deps.db, deps.clock, 'referent', cookie);
  return email ? findReferent(deps.referents, email) : undefined;
}
