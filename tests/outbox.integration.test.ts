/**
 * The outbox against the embedded Postgres: mails written with the change that causes them,
 * delivered once, retried with growing delays when the provider fails, never sent twice.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { MailDeliveryError, type Mailer, type OutgoingMail } from '../src/server/mail/mailer.ts';
import { deliverDueMail, enqueueMail, retryDelayMs } from '../src/server/mail/outbox.ts';
import { manualClock, useTestDatabase } from './support/database.ts';

const database = useTestDatabase();
beforeEach(async () => {
  await database().db.query('DELETE FROM outbox');
});

const mail = (n: number) => ({
  template: 'test',
  to: `personne${n}@example.org`,
  subject: `Sujet ${n}`,
  html: `<p>${n}</p>`,
  text: `${n}`,
});

/** A provider that records what it accepted; `failures` calls fail first. */
function recordingMailer({ failures = 0, retryable = true, delayMs = 0 } = {}) {
  const accepted: OutgoingMail[] = [];
  let calls = 0;
  const mailer: Mailer = {
    async send(m) {
      calls += 1;
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (calls <= failures) throw new MailDeliveryError('fournisseur indisponible', retryable);
      accepted.push(m);
      return { providerId: `prov-${accepted.length}` };
    },
  };
  return { mailer, accepted, calls: () => calls };
}

describe('outbox', () => {
  it('given a change that rolls back, then its mail is not kept', async () => {
    const clock = manualClock();
    await expect(
      database().db.transaction(async (tx) => {
        await enqueueMail(tx, clock, mail(1));
        throw new Error('échec de la modification');
      }),
    ).rejects.toThrow();
    expect(await database().db.query('SELECT id FROM outbox')).toEqual([]);
  });

  it('given queued mails, when the sender runs twice, then each is sent once and marked sent', async () => {
    const clock = manualClock();
    const ids = await database().db.transaction(async (tx) => [
      await enqueueMail(tx, clock, mail(1)),
      await enqueueMail(tx, clock, mail(2)),
    ]);
    const provider = recordingMailer();
    expect(await deliverDueMail(database().db, provider.mailer, clock)).toEqual({ sent: 2, failed: 0, abandoned: 0 });
    expect(await deliverDueMail(database().db, provider.mailer, clock)).toEqual({ sent: 0, failed: 0, abandoned: 0 });
    expect(provider.accepted.map((m) => m.id).sort()).toEqual([...ids].sort());
    const rows = await database().db.query<{ sent_at: Date | null; provider_id: string }>('SELECT sent_at, provider_id FROM outbox');
    expect(rows.every((r) => r.sent_at !== null && r.provider_id.startsWith('prov-'))).toBe(true);
  });

  it('given a provider that fails twice then recovers, then the mail waits 1 then 2 minutes and is delivered exactly once', async () => {
    const clock = manualClock();
    const id = await database().db.transaction((tx) => enqueueMail(tx, clock, mail(3)));
    const provider = recordingMailer({ failures: 2 });
    expect(await deliverDueMail(database().db, provider.mailer, clock)).toEqual({ sent: 0, failed: 1, abandoned: 0 });
    clock.advance(retryDelayMs(1) - 1_000);
    expect(await deliverDueMail(database().db, provider.mailer, clock)).toEqual({ sent: 0, failed: 0, abandoned: 0 }); // too early
    clock.advance(1_000);
    expect(await deliverDueMail(database().db, provider.mailer, clock)).toEqual({ sent: 0, failed: 1, abandoned: 0 });
    clock.advance(retryDelayMs(2));
    expect(await deliverDueMail(database().db, provider.mailer, clock)).toEqual({ sent: 1, failed: 0, abandoned: 0 });
    clock.advance(retryDelayMs(3));
    expect(await deliverDueMail(database().db, provider.mailer, clock)).toEqual({ sent: 0, failed: 0, abandoned: 0 });
    expect(provider.accepted.map((m) => m.id)).toEqual([id]);
    const [row] = await database().db.query<{ attempts: number; last_error: string | null }>('SELECT attempts, last_error FROM outbox');
    expect(row).toEqual({ attempts: 3, last_error: null });
  });

  it('given two senders running at once on a slow provider, then no mail is sent twice', async () => {
    const clock = manualClock();
    await database().db.transaction(async (tx) => {
      for (let n = 0; n < 6; n++) await enqueueMail(tx, clock, mail(n));
    });
    const provider = recordingMailer({ delayMs: 30 });
    const reports = await Promise.all([
      deliverDueMail(database().db, provider.mailer, clock),
      deliverDueMail(database().db, provider.mailer, clock),
    ]);
    expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(6);
    expect(new Set(provider.accepted.map((m) => m.id)).size).toBe(6);
    expect(provider.accepted).toHaveLength(6);
  });

  it('given a mail the provider refuses for good, then it is abandoned and not retried', async () => {
    const clock = manualClock();
    await database().db.transaction((tx) => enqueueMail(tx, clock, mail(9)));
    const provider = recordingMailer({ failures: 1, retryable: false });
    expect(await deliverDueMail(database().db, provider.mailer, clock)).toEqual({ sent: 0, failed: 0, abandoned: 1 });
    clock.advance(24 * 3_600_000);
    expect(await deliverDueMail(database().db, provider.mailer, clock)).toEqual({ sent: 0, failed: 0, abandoned: 0 });
    expect(provider.calls()).toBe(1);
  });
});
