/**
 * The outbox: mails are written in the same transaction as the state change that causes
 * them, then delivered by `deliverDueMail` (run by the scheduled send-mail function and
 * right after a request). A row is claimed before sending, retried with growing delays,
 * and marked sent once: with the provider's idempotency key, each mail arrives once.
 */
import type { Clock } from '../clock.ts';
import type { Db, Queryable } from '../db.ts';
import { MailDeliveryError, type Mailer } from './mailer.ts';

export interface MailToSend {
  template: string;
  to: string;
  subject: string;
  html: string;
  text: string;
}

/** Call inside the transaction of the change that causes the mail. */
export async function enqueueMail(tx: Queryable, clock: Clock, mail: MailToSend): Promise<string> {
  const now = clock.now();
  const [row] = await tx.query<{ id: string }>(
    'INSERT INTO outbox (template, recipient, subject, html, text, created_at, next_attempt_at) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id',
    [mail.template, mail.to, mail.subject, mail.html, mail.text, now],
  );
  return row!.id;
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
    tx.query<{ id: string; recipient: string; subject: string; html: string; text: string; attempts: number }>(
      `UPDATE outbox SET claimed_until = $2, attempts = attempts + 1
       WHERE id IN (
         SELECT id FROM outbox
         WHERE sent_at IS NULL AND attempts < $4 AND next_attempt_at <= $1 AND (claimed_until IS NULL OR claimed_until <= $1)
         ORDER BY created_at LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING id, recipient, subject, html, text, attempts`,
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
