/**
 * What only serves access is erased once it is over (run daily by purge-applications):
 * expired sessions, emailed-link tokens a week after their expiry (until then an old link
 * still says « ce lien a expiré » rather than « inconnu »), finished rate-limit windows, and
 * the new addresses of e-mail changes never confirmed in time.
 */
import type { Clock } from './clock.ts';
import type { Queryable } from './db.ts';
import { LONGEST_WINDOW_MS } from './rate-limit.ts';

/** How long an expired token is kept, so that its link explains itself. */
export const EXPIRED_TOKEN_KEPT_MS = 7 * 86_400_000;

export interface AccessPurgeReport {
  sessions: number;
  tokens: number;
  rateLimits: number;
  emailChanges: number;
}

export async function purgeExpiredAccess(db: Queryable, clock: Clock): Promise<AccessPurgeReport> {
  const now = clock.now().getTime();
  const deleted = async (sql: string, at: number) => (await db.query(`${sql} RETURNING 1`, [new Date(at)])).length;
  return {
    sessions: await deleted('DELETE FROM sessions WHERE expires_at <= $1', now),
    tokens: await deleted('DELETE FROM link_tokens WHERE expires_at <= $1', now - EXPIRED_TOKEN_KEPT_MS),
    rateLimits: await deleted('DELETE FROM rate_limits WHERE window_start <= $1', now - LONGEST_WINDOW_MS),
    emailChanges: await deleted('DELETE FROM email_changes WHERE expires_at <= $1', now),
  };
}
