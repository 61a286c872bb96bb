/**
 * Sessions opened by an emailed link (referents, ambassadors, requesters): a random cookie
 * value, only its SHA-256 stored, bound to a kind and a subject, expiring.
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from './clock.ts';
import type { Queryable } from './db.ts';
import { hashToken } from './tokens.ts';

export type SessionKind = 'referent' | 'ambassador' | 'requester';

/** Stores a new session and returns the cookie value to set. */
export async function openSession(
  tx: Queryable,
  clock: Clock,
  { kind, subject, lifetimeMs }: { kind: SessionKind; subject: string; lifetimeMs: number },
): Promise<string> {
  const cookie = randomBytes(32).toString('base64url');
  const now = clock.now();
  await tx.query('INSERT INTO sessions (hash, kind, subject, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)', [
    hashToken(cookie),
    kind,
    subject,
    now,
    new Date(now.getTime() + lifetimeMs),
  ]);
  return cookie;
}

/** The subject of a live session of this kind, or undefined. */
export async function sessionSubject(
  db: Queryable,
  clock: Clock,
  kind: SessionKind,
  cookie: string | undefined,
): Promise<string | undefined> {
  if (!cookie) return undefined;
  const [row] = await db.query<{ subject: string }>('SELECT subject FROM sessions WHERE hash = $1 AND kind = $2 AND expires_at > $3', [
    hashToken(cookie),
    kind,
    clock.now(),
  ]);
  return row?.subject;
}

export async function closeSessions(tx: Queryable, kind: SessionKind, subject: string): Promise<void> {
  await tx.query('DELETE FROM sessions WHERE kind = $1 AND subject = $2', [kind, subject]);
}

/** Signing out: the session behind this cookie ends now (nothing happens without one). */
export async function closeSession(db: Queryable, kind: SessionKind, cookie: string | undefined): Promise<void> {
  if (!cookie) return;
  await db.query('DELETE FROM sessions WHERE hash = $1 AND kind = $2', [hashToken(cookie), kind]);
}

/** A cookie's value from the request, or undefined. */
export function cookieValue(req: Request, name: string): string | undefined {
  const cookies = req.headers.get('Cookie') ?? '';
  return cookies
    .split(';')
    .map((c) => c.trim().split('='))
    .find(([key]) => key === name)?.[1];
}

/** The Set-Cookie header of a session: HttpOnly, SameSite=Strict, limited to its functions' path. */
export function sessionCookieHeader(
  req: Request,
  { name, value, path, maxAgeMs }: { name: string; value: string; path: string; maxAgeMs: number },
): string {
  const secure = new URL(req.url).protocol === 'https:' ? '; Secure' : '';
  return `${name}=${value}; Path=${path}; HttpOnly; SameSite=Strict; Max-Age=${Math.round(maxAgeMs / 1000)}${secure}`;
}

/** The Set-Cookie header that makes the browser forget a session cookie. */
export function clearedCookieHeader(req: Request, { name, path }: { name: string; path: string }): string {
  return sessionCookieHeader(req, { name, value: '', path, maxAgeMs: 0 });
}
