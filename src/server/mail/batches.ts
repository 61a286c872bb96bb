/**
 * Batches of the outbox (animation mail): up to 100 mails posted in one provider call (Resend's
 * batch endpoint). The composition is fixed when the mails are queued: `enqueueBatchedMails`
 * writes the batches and their rows in the caller's transaction, and nothing moves a row from
 * one batch to another afterwards. `deliverDueBatches` claims one batch at a time, posts its
 * mails with an idempotency key derived from the batch's id, then marks them all sent.
 *
 * A crash after the provider accepted a batch and before it was marked sent leaves the batch
 * claimed; the claim lapses (2 minutes), the next run posts the same mails with the same key, and
 * the provider answers with the ids it already gave without sending again. A failed call is
 * retried with the outbox's growing delays, every retry within the 24 hours the provider keeps a
 * key. So every recipient gets one mail: never two, never none (tests/animation-batches.integration.test.ts).
 *
 * One limit, rare and known: a row erased between two attempts of its batch (the recipient deleted
 * their account in those minutes) changes the batch's payload; Resend then refuses the key
 * (invalid_idempotent_request), and the batch is abandoned rather than risk a second mail to the
 * others. A refusal of animation mail never does this: it only removes mail of batches never posted.
 */
import type { Clock } from '../clock.ts';
import type { Db, Queryable } from '../db.ts';
import { BATCH_LIMIT, MailDeliveryError, type BatchMailer, type OutgoingMail } from './mailer.ts';
import { CLAIM_MS, MAX_ATTEMPTS, enqueueMails, retryDelayMs, type MailToSend } from './outbox.ts';

/** Queues `mails` in batches of 100 (in the order given), in the caller's transaction. */
export async function enqueueBatchedMails(
  tx: Queryable,
  clock: Clock,
  mails: readonly MailToSend[],
): Promise<{ ids: string[]; batches: string[] }> {
  if (mails.length === 0) return { ids: [], batches: [] };
  if (mails.some((m) => m.attachments)) throw new Error('Un lot de courriels ne peut pas porter de pièce jointe.');
  const now = clock.now();
  const batches = (
    await tx.query<{ id: string; seq: string }>(
      'INSERT INTO mail_batches (created_at, next_attempt_at) SELECT $1, $1 FROM generate_series(1, $2::int) RETURNING id, seq',
      [now, Math.ceil(mails.length / BATCH_LIMIT)],
    )
  )
    .sort((a, b) => Number(a.seq) - Number(b.seq))
    .map((r) => r.id);
  const ids = await enqueueMails(
    tx,
    clock,
    mails,
    mails.map((_, i) => batches[Math.floor(i / BATCH_LIMIT)]!),
  );
  return { ids, batches };
}

/** The batch's idempotency key: the same for every attempt, so a retry after a crash is recognised. */
export function batchIdempotencyKey(batchId: string): string {
  return `lot-courriels/${batchId}`;
}

export interface BatchDeliveryReport {
  batches: number;
  sent: number;
  failed: number;
  abandoned: number;
}

interface BatchRow {
  id: string;
  attempts: number;
}

interface MailRow {
  id: string;
  recipient: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string> | null;
}

async function claimBatch(db: Db, clock: Clock): Promise<BatchRow | undefined> {
  const now = clock.now();
  const [batch] = await db.transaction((tx) =>
    tx.query<BatchRow>(
      `UPDATE mail_batches SET claimed_until = $2, attempts = attempts + 1
       WHERE id = (
         SELECT id FROM mail_batches
         WHERE sent_at IS NULL AND abandoned_at IS NULL AND next_attempt_at <= $1 AND (claimed_until IS NULL OR claimed_until <= $1)
         ORDER BY created_at, seq LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING id, attempts`,
      [now, new Date(now.getTime() + CLAIM_MS)],
    ),
  );
  return batch;
}

/** Sends the due batches, one provider call each, `maxBatches` at most per run. */
export async function deliverDueBatches(db: Db, mailer: BatchMailer, clock: Clock, maxBatches = 10): Promise<BatchDeliveryReport> {
  const report: BatchDeliveryReport = { batches: 0, sent: 0, failed: 0, abandoned: 0 };
  for (let n = 0; n < maxBatches; n++) {
    const batch = await claimBatch(db, clock);
    if (!batch) break;
    report.batches += 1;
    // Every row of the batch, in the order it was queued: the same payload at every attempt.
    const mails = await db.query<MailRow>(
      'SELECT id, recipient, subject, html, text, headers FROM outbox WHERE batch_id = $1 ORDER BY seq',
      [batch.id],
    );
    if (mails.length === 0) {
      // Its mails were erased (retention, account deletions): nothing left to send.
      await db.query(`UPDATE mail_batches SET claimed_until = NULL, abandoned_at = $2, last_error = 'lot vide' WHERE id = $1`, [
        batch.id,
        clock.now(),
      ]);
      continue;
    }
    let providerIds: string[];
    try {
      ({ providerIds } = await mailer.sendBatch(mails.map(outgoing), batchIdempotencyKey(batch.id)));
    } catch (error) {
      const retryable = !(error instanceof MailDeliveryError) || error.retryable;
      const giveUp = !retryable || batch.attempts >= MAX_ATTEMPTS;
      await recordFailure(db, clock, batch, (error as Error).message.slice(0, 500), giveUp);
      if (giveUp) report.abandoned += mails.length;
      else report.failed += mails.length;
      continue;
    }
    // If this fails (the database is gone), the claim lapses and the same batch is posted again, with the same key.
    await db.transaction(async (tx) => {
      const now = clock.now();
      await tx.query(
        `UPDATE outbox o SET sent_at = $1, provider_id = p.provider_id, claimed_until = NULL, last_error = NULL
         FROM unnest($2::uuid[], $3::text[]) AS p(id, provider_id) WHERE o.id = p.id`,
        [now, mails.map((m) => m.id), mails.map((_, i) => providerIds[i] ?? null)],
      );
      await tx.query('UPDATE mail_batches SET sent_at = $2, claimed_until = NULL, last_error = NULL WHERE id = $1', [batch.id, now]);
    });
    report.sent += mails.length;
  }
  return report;
}

function outgoing(m: MailRow): OutgoingMail {
  return { id: m.id, to: m.recipient, subject: m.subject, html: m.html, text: m.text, ...(m.headers ? { headers: m.headers } : {}) };
}

async function recordFailure(db: Db, clock: Clock, batch: BatchRow, message: string, giveUp: boolean): Promise<void> {
  const now = clock.now();
  await db.transaction(async (tx) => {
    await tx.query(
      'UPDATE mail_batches SET claimed_until = NULL, last_error = $2, next_attempt_at = $3, attempts = $4, abandoned_at = $5 WHERE id = $1',
      [
        batch.id,
        message,
        new Date(now.getTime() + retryDelayMs(batch.attempts)),
        giveUp ? MAX_ATTEMPTS : batch.attempts,
        giveUp ? now : null,
      ],
    );
    await tx.query('UPDATE outbox SET last_error = $2, abandoned_at = $3 WHERE batch_id = $1 AND sent_at IS NULL', [
      batch.id,
      message,
      giveUp ? now : null,
    ]);
  });
}
