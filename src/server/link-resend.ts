/**
 * When an address has been asked for too often within the hour (by anyone: perhaps someone
 * else, to lock its owner out), its owner is not left with nothing: the most recent link mail
 * of that kind is queued again, unchanged, if its link is still valid (unused, not expired).
 * No new link is issued, so flooding creates nothing usable, and the mailbox gets at most one
 * copy per 10 minutes. The caller's answer stays the same whatever happens here.
 */
import type { Clock } from './clock.ts';
import type { Queryable } from './db.ts';
import { enqueueMail, type MailAttachment } from './mail/outbox.ts';
import { withinLimit } from './rate-limit.ts';
import { hashToken, type TokenPurpose } from './tokens.ts';

export const RESEND_EVERY_MS = 10 * 60_000;

export interface LinkMail {
  /** The outbox template of the mail carrying the link. */
  template: string;
  /** The purpose of the token in its link. */
  purpose: TokenPurpose;
  /** How long such a link lasts: an older mail cannot hold a valid one. */
  lifetimeMs: number;
}

/** Queues the latest still-valid link mail to `address` again; true when it did. */
export async function resendLatestLink(
  db: Queryable,
  clock: Clock,
  { name, address, mail }: { name: string; address: string; mail: LinkMail },
): Promise<boolean> {
  const now = clock.now();
  const [latest] = await db.query<{ recipient: string; subject: string; html: string; text: string; attachments: MailAttachment[] | null }>(
    `SELECT recipient, subject, html, text, attachments FROM outbox
     WHERE template = $1 AND lower(recipient) = lower($2) AND created_at > $3
     ORDER BY seq DESC LIMIT 1`,
    [mail.template, address.trim(), new Date(now.getTime() - mail.lifetimeMs)],
  );
  const token = latest && /jeton=([\w-]+)/.exec(latest.text)?.[1];
  if (!latest || !token) return false;
  const [valid] = await db.query('SELECT 1 FROM link_tokens WHERE hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3', [
    hashToken(token),
    mail.purpose,
    now,
  ]);
  if (!valid) return false;
  if (!(await withinLimit(db, clock, { name: `${name}-resend`, max: 1, windowMs: RESEND_EVERY_MS }, address.trim()))) return false;
  await enqueueMail(db, clock, {
    template: mail.template,
    to: latest.recipient,
    subject: latest.subject,
    html: latest.html,
    text: latest.text,
    ...(latest.attachments ? { attachments: latest.attachments } : {}),
  });
  return true;
}
