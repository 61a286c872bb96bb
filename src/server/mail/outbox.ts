/**
 * The outbox: mails are written in the same transaction as the state change that causes
 * them, then delivered by `deliverDueMail` (run by the scheduled send-mail function and
 * right after a request). A row is claimed before sending, retried with growing delays,
 * and marked sent once: with the provider's idempotency key, each mail arrives once.
 */
import type { Clock } from '../clock.ts';
import type { Db, Queryable } from '../db.ts';
import { MailDeliveryError, type MailAttachment, type Mailer } from './mailer.ts';

export type { MailAttachment };

export interface MailToSend {
  template: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  attachments?: MailAttachment[];
  /** Extra headers sent with the mail (animation mail: List-Unsubscribe, List-Unsubscribe-Post). */
  headers?: Record<string, string>;
}

/** Call inside the transaction of the change that causes the mail. */
export async function enqueueMail(tx: Queryable, clock: Clock, mail: MailToSend): Promise<string> {
  return (await enqueueMails(tx, clock, [mail]))[0]!;
}

/**
 * Many mails in one statement (the follow-up job queues thousands at once); ids in the order given.
 * `batchIds[i]`, when given, puts mail i in that batch (./batches.ts sends it with its batch only).
 */
export async function enqueueMails(
  tx: Queryable,
  clock: Clock,
  mails: readonly MailToSend[],
  batchIds?: readonly string[],
): Promise<string[]> {
  if (mails.length === 0) return [];
  const now = clock.now();
  const rows = await tx.query<{ id: string }>(
    `INSERT INTO outbox (template, recipient, subject, html, text, attachments, headers, batch_id, created_at, next_attempt_at)
     SELECT t, r, s, h, x, a::jsonb, hd::jsonb, b, $9, $9
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::uuid[]) WITH ORDINALITY AS m(t, r, s, h, x, a, hd, b, n)
     ORDER BY n
     RETURNING id`,
    [
      mails.map((m) => m.template),
      mails.map((m) => m.to),
      mails.map((m) => m.subject),
      mails.map((m) => m.html),
      mails.map((m) => m.text),
      mails.map((m) => (m.attachments ? JSON.stringify(m.attachments) : null)),
      mails.map((m) => (m.headers ? JSON.stringify(m.headers) : null)),
      mails.map((_, i) => batchIds?.[i] ?? null),
      now,
    ],
  );
  return rows.map((r) => r.id);
}

/** Delay before attempt n + 1: 1 min, 2 min, 4 min… capped at 6 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** (attempts - 1), 6 * 3_600_000);
}

/**
 * Attempts before a mail is abandoned. The delays add up to about 20 hours (1 + 2 + … + 256 min,
 * then 6 h twice), within the 24 hours Resend keeps an idempotency key: a retry never comes
 * after the provider has forgotten a mail it already sent.
 */
export const MAX_ATTEMPTS = 12;
/** How long a claim holds: longer than one provider call can take. */
export const CLAIM_MS = 2 * 60_000;

export interface DeliveryReport {
  sent: number;
  failed: number;
  abandoned: number;
}

export async function deliverDueMail(db: Db, mailer: Mailer, clock: Clock, batchSize = 20): Promise<DeliveryReport> {
  const now = clock.now();
  const claimed = await db.transaction((tx) =>
    tx.query<{
      id: string;
      recipient: string;
      subject: string;
      html: string;
      text: string;
      attachments: MailAttachment[] | null;
      headers: Record<string, string> | null;
      attempts: number;
    }>(
      // Mails of a batch go with their batch only (./batches.ts).
      `UPDATE outbox SET claimed_until = $2, attempts = attempts + 1
       WHERE id IN (
         SELECT id FROM outbox
         WHERE sent_at IS NULL AND batch_id IS NULL AND attempts < $4 AND next_attempt_at <= $1 AND (claimed_until IS NULL OR claimed_until <= $1)
         ORDER BY created_at LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING id, recipient, subject, html, text, attachments, headers, attempts`,
      [now, new Date(now.getTime() + CLAIM_MS), batchSize, MAX_ATTEMPTS],
    ),
  );
  const report: DeliveryReport = { sent: 0, failed: 0, abandoned: 0 };
  for (const mail of claimed) {
    try {
      const { providerId } = await mailer.send({
        id: mail.id,
        to: mail.recipient,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        ...(mail.attachments ? { attachments: mail.attachments } : {}),
        ...(mail.headers ? { headers: mail.headers } : {}),
      });
      await db.query('UPDATE outbox SET sent_at = $2, provider_id = $3, claimed_until = NULL, last_error = NULL WHERE id = $1', [
        mail.id,
        clock.now(),
        providerId,
      ]);
      report.sent += 1;
    } catch (error) {
      const retryable = !(error instanceof MailDeliveryError) || error.retryable;
      const giveUp = !retryable || mail.attempts >= MAX_ATTEMPTS;
      await db.query(
        'UPDATE outbox SET claimed_until = NULL, last_error = $2, next_attempt_at = $3, attempts = $4, abandoned_at = $5 WHERE id = $1',
        [
          mail.id,
          (error as Error).message.slice(0, 500),
          new Date(clock.now().getTime() + retryDelayMs(mail.attempts)),
          giveUp ? MAX_ATTEMPTS : mail.attempts,
          giveUp ? clock.now() : null,
        ],
      );
      if (giveUp) report.abandoned += 1;
      else report.failed += 1;
    }
  }
  return report;
}

/** Mail already delivered holds addresses and names: it is erased after `days` (and the batches left empty). */
export async function purgeSentMail(db: Queryable, clock: Clock, days = 30): Promise<number> {
  const cutoff = new Date(clock.now().getTime() - days * 86_400_000);
  const purged = (await db.query('DELETE FROM outbox WHERE sent_at < $1 RETURNING id', [cutoff])).length;
  await db.query('DELETE FROM mail_batches b WHERE b.created_at < $1 AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.batch_id = b.id)', [
    cutoff,
  ]);
  return purged;
}
