/**
 * Animation mail in batches, through the production Resend adapter against a fake Resend API
 * that keeps idempotency keys as Resend documents it. The fault test: a mailing of 550 recipients
 * (six batches) is interrupted halfway (the sender "crashes" right after the provider accepted the
 * third batch, before it could record it), then resumed while the provider fails one call: in the
 * end every recipient got exactly one mail, none twice, none forgotten.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../src/server/db.ts';
import { batchIdempotencyKey, deliverDueBatches } from '../src/server/mail/batches.ts';
import { CLAIM_MS, deliverDueMail, retryDelayMs } from '../src/server/mail/outbox.ts';
import { resendMailer } from '../src/server/mail/resend.ts';
import { sendAnimationMail, type AnimationRecipient } from '../src/server/workflows/animation/send.ts';
import { makeSettings } from './fixtures.ts';
import { insertAmbassadors } from './support/animation.ts';
import { manualClock, useTestDatabase } from './support/database.ts';
import { startFakeResend, type FakeResend } from './support/fake-resend.ts';
import { SITE } from './support/http.ts';

const database = useTestDatabase();
let resend: FakeResend;
beforeAll(async () => {
  resend = await startFakeResend();
});
afterAll(() => resend.close());
beforeEach(async () => {
  await database().db.query(
    'DELETE FROM animation_messages; DELETE FROM outbox; DELETE FROM mail_batches; DELETE FROM ambassadors; DELETE FROM applications; DELETE FROM link_tokens',
  );
  resend.posted.length = 0;
  resend.delivered.length = 0;
  resend.onAccepted = undefined;
  resend.delayMs = 0;
  resend.failFreshCalls(0);
});

const settings = makeSettings();
const mailer = () => resendMailer({ apiKey: 're_test_key', from: 'Réseau <ne-pas-repondre@example.org>', baseUrl: resend.baseUrl });

async function queueMailing(clock: ReturnType<typeof manualClock>, count: number) {
  const people = await insertAmbassadors(database().db, count);
  const recipients: AnimationRecipient[] = people.map((p, i) => ({
    ambassadorId: p.id,
    email: p.email,
    firstName: `Prénom${i}`,
    department: '59',
  }));
  const result = await database().db.transaction((tx) =>
    sendAnimationMail(
      tx,
      clock,
      { siteUrl: SITE, context: settings },
      {
        kind: 'message',
        author: { email: 'claire@example.org', day: '2026-11-02' },
        departments: ['59'],
        filters: {},
        subject: 'Forum des métiers de Lille',
        body: 'Le forum aura lieu le 12 décembre.',
        recipients,
        render: (r) => ({
          subject: 'Forum des métiers de Lille',
          paragraphs: [`Bonjour ${r.firstName},`, 'Le forum aura lieu le 12 décembre.'],
        }),
      },
    ),
  );
  expect(result).toMatchObject({ ok: true, recipients: count, batches: Math.ceil(count / 100) });
  return people;
}

/** The database as the sender sees it, until `crash()`: from then on every call fails, as in a process that died. */
function crashable(db: Db) {
  let crashed = false;
  const fail = () => Promise.reject(new Error('processus arrêté'));
  const wrapped: Db = {
    query: (text, params) => (crashed ? fail() : db.query(text, params)),
    transaction: (work) => (crashed ? fail() : db.transaction(work)),
  };
  return { db: wrapped, crash: () => (crashed = true) };
}

const perAddress = (items: readonly { to: string[] }[]) => {
  const counts = new Map<string, number>();
  for (const item of items) for (const to of item.to) counts.set(to, (counts.get(to) ?? 0) + 1);
  return counts;
};

describe('animation mail in batches', () => {
  it('given 550 recipients, then the mails are queued in six batches of at most 100, each with its recipient’s headers', async () => {
    const clock = manualClock();
    await queueMailing(clock, 550);
    const batches = await database().db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM outbox WHERE batch_id IS NOT NULL GROUP BY batch_id ORDER BY n DESC',
    );
    expect(batches.map((b) => b.n)).toEqual([100, 100, 100, 100, 100, 50]);
    const [mail] = await database().db.query<{ headers: Record<string, string>; text: string }>('SELECT headers, text FROM outbox LIMIT 1');
    const link = /\/api\/desabonnement\?jeton=[\w-]{43}/.exec(mail!.text)![0];
    expect(mail!.headers).toEqual({ 'List-Unsubscribe': `<${SITE}${link}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    // The single-mail sender leaves batched mail alone.
    expect(await deliverDueMail(database().db, { send: () => Promise.reject(new Error('jamais appelé')) }, clock)).toEqual({
      sent: 0,
      failed: 0,
      abandoned: 0,
    });
  });

  it('given a send that crashes halfway and a provider failure, when resumed, then every recipient gets exactly one mail', async () => {
    const clock = manualClock();
    const people = await queueMailing(clock, 550);
    const sender = crashable(database().db);
    // Run 1: the provider accepts the third batch, then the process dies before recording it.
    resend.onAccepted = (n) => {
      if (n === 3) sender.crash();
    };
    await expect(deliverDueBatches(sender.db, mailer(), clock)).rejects.toThrow('processus arrêté');
    resend.onAccepted = undefined;
    expect(resend.delivered).toHaveLength(300);
    const recorded = async () =>
      (await database().db.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NOT NULL'))[0]!.n;
    expect(await recorded()).toBe(200);
    const crashedKey = resend.posted.at(-1)!.key!;

    // Run 2, before the crashed batch's claim lapses: it is not posted again yet, and the provider fails the fourth batch.
    resend.failFreshCalls(1);
    const early = await deliverDueBatches(database().db, mailer(), clock);
    expect(early).toEqual({ batches: 3, sent: 150, failed: 100, abandoned: 0 });
    expect(resend.posted.filter((p) => p.key === crashedKey)).toHaveLength(1);

    // Run 3, after the failed call's delay (the crashed batch is still claimed): the failed batch goes.
    clock.advance(retryDelayMs(1));
    expect(await deliverDueBatches(database().db, mailer(), clock)).toEqual({ batches: 1, sent: 100, failed: 0, abandoned: 0 });
    expect(await recorded()).toBe(450);
    expect(resend.delivered).toHaveLength(550);

    // Run 4, once the claim has lapsed: the crashed batch goes again with the same key, and the provider does not send it twice.
    clock.advance(CLAIM_MS - retryDelayMs(1));
    expect(await deliverDueBatches(database().db, mailer(), clock)).toEqual({ batches: 1, sent: 100, failed: 0, abandoned: 0 });
    const crashedPosts = resend.posted.filter((p) => p.key === crashedKey);
    expect(crashedPosts.map((p) => p.outcome)).toEqual(['sent', 'replayed']);
    expect(JSON.stringify(crashedPosts[1]!.body)).toBe(JSON.stringify(crashedPosts[0]!.body));
    expect(await deliverDueBatches(database().db, mailer(), clock)).toEqual({ batches: 0, sent: 0, failed: 0, abandoned: 0 });

    // Counted at the provider: 550 mails, one per recipient.
    const counts = perAddress(resend.delivered);
    expect(resend.delivered).toHaveLength(550);
    expect(counts.size).toBe(550);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(new Set(counts.keys())).toEqual(new Set(people.map((p) => p.email)));
    // Every call posted 100 mails at most, each with its Idempotency-Key.
    expect(resend.posted.every((p) => p.body.length <= 100 && p.key?.startsWith('lot-courriels/'))).toBe(true);
    // And the database agrees: every mail sent once, with the provider's id; every recipient's fact says sent.
    expect(await recorded()).toBe(550);
    const ids = await database().db.query<{ provider_id: string }>('SELECT provider_id FROM outbox');
    expect(new Set(ids.map((r) => r.provider_id)).size).toBe(550);
    const [facts] = await database().db.query<{ sent: number; total: number }>(
      'SELECT count(*) FILTER (WHERE sent_at IS NOT NULL)::int AS sent, count(*)::int AS total FROM animation_recipients',
    );
    expect(facts).toEqual({ sent: 550, total: 550 });
    console.info(
      `Test de panne : ${resend.delivered.length} courriels remis à ${counts.size} destinataires, ${[...counts.values()].filter((n) => n > 1).length} en double ; ` +
        `${resend.posted.length} appels (${resend.posted.map((p) => p.outcome).join(', ')}).`,
    );
  });

  it('given two senders at once on a slow provider, then no batch is posted twice', async () => {
    const clock = manualClock();
    await queueMailing(clock, 350);
    resend.delayMs = 40;
    const reports = await Promise.all([
      deliverDueBatches(database().db, mailer(), clock),
      deliverDueBatches(database().db, mailer(), clock),
    ]);
    expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(350);
    expect(resend.posted.map((p) => p.outcome).every((o) => o === 'sent')).toBe(true);
    expect(new Set(resend.posted.map((p) => p.key)).size).toBe(4);
    expect(perAddress(resend.delivered).size).toBe(350);
  });

  it('given a batch the provider refuses for good, then its mails are abandoned, said so in the facts, and never retried', async () => {
    const clock = manualClock();
    await queueMailing(clock, 30);
    const refusing = { sendBatch: () => Promise.reject(Object.assign(new Error('refus'), { name: 'MailDeliveryError' })) };
    // A plain Error is retryable: the batch waits for its next attempt.
    expect(await deliverDueBatches(database().db, refusing, clock)).toEqual({ batches: 1, sent: 0, failed: 30, abandoned: 0 });
    clock.advance(retryDelayMs(1));
    const { MailDeliveryError } = await import('../src/server/mail/mailer.ts');
    const forGood = { sendBatch: () => Promise.reject(new MailDeliveryError('validation_error', false)) };
    expect(await deliverDueBatches(database().db, forGood, clock)).toEqual({ batches: 1, sent: 0, failed: 0, abandoned: 30 });
    clock.advance(24 * 3_600_000);
    expect(await deliverDueBatches(database().db, forGood, clock)).toEqual({ batches: 0, sent: 0, failed: 0, abandoned: 0 });
    const [facts] = await database().db.query<{ abandoned: number }>(
      'SELECT count(*) FILTER (WHERE abandoned_at IS NOT NULL)::int AS abandoned FROM animation_recipients',
    );
    expect(facts!.abandoned).toBe(30);
    expect(batchIdempotencyKey('x')).toBe('lot-courriels/x');
  });
});
