/**
 * Resend's webhook (POST /api/courriels/evenements) on the embedded Postgres, signed as Resend
 * signs it (Standard Webhooks: HMAC-SHA256 of "id.timestamp.body" with the whsec_ secret): a bounce
 * of an animation mail is counted as not delivered, a complaint stops animation mail; a wrong or
 * old signature changes nothing.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { mailEventsHandler } from '../src/server/handlers/mail-events.ts';
import { deliverDueBatches } from '../src/server/mail/batches.ts';
import { insertAmbassador, type AmbassadorFixture } from './support/ambassadors.ts';
import { manualClock, useTestDatabase } from './support/database.ts';
import { queueNews } from './support/animation.ts';
import { SITE } from './support/http.ts';

const database = useTestDatabase();
const SECRET = `whsec_${randomBytes(24).toString('base64')}`;
const clock = manualClock();
let ambassadors: AmbassadorFixture[];

beforeEach(async () => {
  await database().db.query(
    'DELETE FROM animation_messages; DELETE FROM animation_opt_outs; DELETE FROM outbox; DELETE FROM mail_batches; DELETE FROM ambassadors; DELETE FROM applications',
  );
  ambassadors = [await insertAmbassador(database().db), await insertAmbassador(database().db)];
  await queueNews(database().db, clock, ambassadors, 'Des nouvelles du réseau.');
  let n = 0;
  await deliverDueBatches(database().db, { sendBatch: async (mails) => ({ providerIds: mails.map(() => `email-${(n += 1)}`) }) }, clock);
});

const handler = (secret?: string) => mailEventsHandler(async () => ({ db: database().db, clock, secret }));

function signed(event: unknown, { secret = SECRET, at = Math.floor(Date.now() / 1000) } = {}): Request {
  const body = JSON.stringify(event);
  const id = `msg_${randomBytes(8).toString('hex')}`;
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const signature = createHmac('sha256', key).update(`${id}.${at}.${body}`).digest('base64');
  return new Request(`${SITE}/api/courriels/evenements`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'svix-id': id, 'svix-timestamp': String(at), 'svix-signature': `v1,${signature}` },
    body,
  });
}

const event = (type: string, emailId: string) => ({
  type,
  created_at: '2026-11-02T09:05:00.000Z',
  data: {
    email_id: emailId,
    created_at: '2026-11-02T09:00:00.000Z',
    from: 'x@example.org',
    to: ['y@example.org'],
    subject: 'Nouvelles',
    bounce: { message: 'No such user', type: 'Permanent', subType: 'General' },
  },
});

const facts = () =>
  database().db.query<{ provider_id: string; bounced: boolean }>(
    'SELECT provider_id, bounced_at IS NOT NULL AS bounced FROM animation_recipients ORDER BY provider_id',
  );

describe('Resend webhook', () => {
  it('given a signed bounce of an animation mail, then that recipient counts as not delivered; a complaint stops animation mail', async () => {
    expect((await handler(SECRET)(signed(event('email.bounced', 'email-1')))).status).toBe(200);
    expect(await facts()).toEqual([
      { provider_id: 'email-1', bounced: true },
      { provider_id: 'email-2', bounced: false },
    ]);
    expect((await handler(SECRET)(signed(event('email.complained', 'email-2')))).status).toBe(200);
    const [refusal] = await database().db.query<{ via: string; ambassador_ref: string }>(
      'SELECT via, ambassador_ref FROM animation_opt_outs',
    );
    expect(refusal).toEqual({ via: 'complaint', ambassador_ref: ambassadors[1]!.id });
    // Any other event, or a mail that is not animation mail: 200, nothing changes.
    expect((await handler(SECRET)(signed(event('email.delivered', 'email-2')))).status).toBe(200);
    expect((await handler(SECRET)(signed(event('email.bounced', 'autre-courriel')))).status).toBe(200);
  });

  it('given a wrong secret, an old timestamp or no signature, then 400 and nothing changes; without a secret configured, 404', async () => {
    expect(
      (await handler(SECRET)(signed(event('email.bounced', 'email-1'), { secret: `whsec_${randomBytes(24).toString('base64')}` }))).status,
    ).toBe(400);
    expect((await handler(SECRET)(signed(event('email.bounced', 'email-1'), { at: Math.floor(Date.now() / 1000) - 3600 }))).status).toBe(
      400,
    );
    const unsigned = new Request(`${SITE}/api/courriels/evenements`, {
      method: 'POST',
      body: JSON.stringify(event('email.bounced', 'email-1')),
    });
    expect((await handler(SECRET)(unsigned)).status).toBe(400);
    expect((await facts()).every((f) => !f.bounced)).toBe(true);
    expect((await handler()(signed(event('email.bounced', 'email-1')))).status).toBe(404);
    expect((await handler(SECRET)(new Request(`${SITE}/api/courriels/evenements`))).status).toBe(405);
  });
});
