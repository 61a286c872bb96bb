/**
 * What only serves access is erased once it is over (run daily by purge-applications):
 * expired sessions, emailed-link tokens a week after their expiry (until then an old link
 * still says « ce lien a expiré » rather than « inconnu »), finished rate-limit windows, and
 * the new addresses of e-mail changes never confirmed in time.
 */
import type { Clock } from './clock.ts';
import type { Db, Queryable } from './db.ts';
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

/** Days a request or need whose requester never clicked the confirmation link is kept (the link is valid far less). */
export const UNCONFIRMED_KEPT_DAYS = 7;

/**
 * Deletes the rows of `table` still awaiting their requester's confirmation `UNCONFIRMED_KEPT_DAYS`
 * after they were made, with their confirmation tokens (`purpose`), in one transaction; returns how many.
 */
export async function purgeUnconfirmed(
  db: Db,
  clock: Clock,
  table: 'requests' | 'needs',
  purpose: 'confirm_request' | 'confirm_need',
): Promise<number> {
  const before = new Date(clock.now().getTime() - UNCONFIRMED_KEPT_DAYS * 86_400_000);
  return db.transaction(async (tx) => {
    const gone = await tx.query<{ id: string }>(
      `DELETE FROM ${table} WHERE status = 'awaiting_requester_confirmation' AND created_at <= $1 RETURNING id`,
      [before],
    );
    if (gone.length > 0)
      await tx.query(`DELETE FROM link_tokens WHERE purpose = $1 AND subject = ANY($2::text[])`, [purpose, gone.map((g) => g.id)]);
    return gone.length;
  });
}
