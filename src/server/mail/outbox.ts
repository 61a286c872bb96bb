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
}

/** Call inside the transaction of the change that causes the mail. */
export async function enqueueMail(tx: Queryable, clock: Clock, mail: MailToSend): Promise<string> {
  return (await enqueueMails(tx, clock, [mail]))[0]!;
}

/** Many mails in one statement (the follow-up job queues thousands at once). */
export async function enqueueMails(tx: Queryable, clock: Clock, mails: readonly MailToSend[]): Promise<string[]> {
  if (mails.length === 0) return [];
  const now = clock.now();
  const rows = await tx.query<{ id: string }>(
    `INSERT INTO outbox (template, recipient, subject, html, text, attachments, created_at, next_attempt_at)
     SELECT t, r, s, h, x, a::jsonb, $7, $7 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS m(t, r, s, h, x, a)
     RETURNING id`,
    [
      mails.map((m) => m.template),
      mails.map((m) => m.to),
      mails.map((m) => m.subject),
      mails.map((m) => m.html),
      mails.map((m) => m.text),
      mails.map((m) => (m.attachments ? JSON.stringify(m.attachments) : null)),
      now,
    ],
  );
  return rows.map((r) => r.id);
}

/** Delay before attempt n + 1: 1 min, 2 min, 4 min… capped at 6 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** (attempts - 1), 6 * 3_600_000);
}

const MAX_ATTEMPTS = 12;
/** How long a claim holds: longer than one provider call can take. */
const CLAIM_MS = 2 * 60_000;

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
      attempts: number;
    }>(
      `UPDATE outbox SET claimed_until = $2, attempts = attempts + 1
       WHERE id IN (
         SELECT id FROM outbox
         WHERE sent_at IS NULL AND attempts < $4 AND next_attempt_at <= $1 AND (claimed_until IS NULL OR claimed_until <= $1)
         ORDER BY created_at LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING id, recipient, subject, html, text, attachments, attempts`,
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
      await db.query('UPDATE outbox SET claimed_until = NULL, last_error = $2, next_attempt_at = $3, attempts = $4 WHERE id = $1', [
        mail.id,
        (error as Error).message.slice(0, 500),
        new Date(clock.now().getTime() + retryDelayMs(mail.attempts)),
        giveUp ? MAX_ATTEMPTS : mail.attempts,
      ]);
      if (giveUp) report.abandoned += 1;
      else report.failed += 1;
    }
  }
  return report;
}

/** Mail already delivered holds addresses and names: it is erased after `days`. */
export async function purgeSentMail(db: Queryable, clock: Clock, days = 30): Promise<number> {
  const cutoff = new Date(clock.now().getTime() - days * 86_400_000);
  return (await db.query('DELETE FROM outbox WHERE sent_at < $1 RETURNING id', [cutoff])).length;
}
