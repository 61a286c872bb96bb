/**
 * Animation mail on a real PostgreSQL with several connections (the embedded one serialises
 * everything): one message a day per referent even when the button is pressed six times at once;
 * two senders never post the same batch; a refusal racing a mailing never lets a mail through.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deliverDueBatches } from '../src/server/mail/batches.ts';
import type { BatchMailer } from '../src/server/mail/mailer.ts';
import { sendMessage } from '../src/server/workflows/animation/compose.ts';
import { refuseAnimationMail } from '../src/server/workflows/animation/opt-out.ts';
import { makeReferents, makeSettings } from './fixtures.ts';
import { insertAmbassadors, queueNews } from './support/animation.ts';
import { manualClock } from './support/database.ts';
import { SITE } from './support/http.ts';
import { startRealPostgres, type RealPostgres } from './support/real-postgres.ts';

let server: RealPostgres;
beforeAll(async () => {
  server = await startRealPostgres();
}, 60_000);
afterAll(() => server?.stop());
beforeEach(async () => {
  await server.db.query(
    'DELETE FROM animation_messages; DELETE FROM animation_opt_outs; DELETE FROM outbox; DELETE FROM mail_batches; DELETE FROM ambassadors; DELETE FROM applications; DELETE FROM link_tokens',
  );
});

const claire = makeReferents()[0]!;
const message = { subject: 'Forum des métiers', body: 'Le forum des métiers cherche des ambassadeurs.', departments: ['59'] };

/** Connections open beforehand, so that the transactions truly overlap. */
async function warm(n: number) {
  const clients = await Promise.all(Array.from({ length: n }, () => server.pool.connect()));
  clients.forEach((c) => c.release());
}

describe('animation mail races on a real PostgreSQL', () => {
  it('given six sends of the day’s message at once, then one leaves and five are refused', async () => {
    await insertAmbassadors(server.db, 120);
    const deps = { db: server.db, clock: manualClock(), settings: makeSettings(), siteUrl: SITE };
    await warm(6);
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => sendMessage(deps, claire, message, '120')));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok && 'dailyLimit' in o)).toHaveLength(5);
    const [counts] = await server.db.query<{ messages: number; mails: number; batches: number }>(
      `SELECT (SELECT count(*) FROM animation_messages)::int AS messages, (SELECT count(*) FROM outbox)::int AS mails,
              (SELECT count(*) FROM mail_batches)::int AS batches`,
    );
    expect(counts).toEqual({ messages: 1, mails: 120, batches: 2 });
  });

  it('given four senders at once, then each batch is posted once and every recipient gets one mail', async () => {
    const people = await insertAmbassadors(server.db, 730);
    const clock = manualClock();
    await queueNews(server.db, clock, people);
    const keys: string[] = [];
    const delivered: string[] = [];
    const slow: BatchMailer = {
      async sendBatch(mails, key) {
        keys.push(key);
        await new Promise((resolve) => setTimeout(resolve, 30));
        delivered.push(...mails.map((m) => m.to));
        return { providerIds: mails.map((m) => `p-${m.id}`) };
      },
    };
    await warm(8);
    const reports = await Promise.all(Array.from({ length: 4 }, () => deliverDueBatches(server.db, slow, clock)));
    expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(730);
    expect(keys).toHaveLength(8);
    expect(new Set(keys).size).toBe(8);
    expect(delivered).toHaveLength(730);
    expect(new Set(delivered).size).toBe(730);
  });

  it('given refusals racing a mailing, then a refusing ambassador never keeps a mail waiting to be sent', async () => {
    const clock = manualClock();
    for (let round = 0; round < 8; round++) {
      await server.db.query('DELETE FROM outbox; DELETE FROM mail_batches; DELETE FROM animation_messages');
      const people = await insertAmbassadors(server.db, 20, { prefix: `tour${round}` });
      const refusing = people.slice(0, 5);
      await warm(6);
      await Promise.all([queueNews(server.db, clock, people), ...refusing.map((p) => refuseAnimationMail(server.db, clock, p.id, 'link'))]);
      const waiting = await server.db.query<{ recipient: string }>('SELECT recipient FROM outbox WHERE recipient = ANY($1::text[])', [
        refusing.map((p) => p.email),
      ]);
      expect(waiting, `tour ${round}`).toEqual([]);
      expect((await server.db.query('SELECT 1 FROM outbox')).length).toBe(15);
    }
  });
});
