/**
 * The production Resend adapter against a fake Resend API on loopback: the request has the
 * documented shape (POST /emails, bearer key, Idempotency-Key = outbox id; POST /emails/batch with
 * at most 100 mails, their headers, and the batch's Idempotency-Key), and Resend's `{ data, error }`
 * answers become provider ids or a MailDeliveryError.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailDeliveryError } from '../src/server/mail/mailer.ts';
import { resendMailer } from '../src/server/mail/resend.ts';

interface Recorded {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}
let server: Server;
let baseUrl: string;
const requests: Recorded[] = [];
let answer: { status: number; body: unknown } = { status: 200, body: { id: 'resend-123' } };

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      requests.push({ method: req.method!, url: req.url!, headers: req.headers, body: JSON.parse(raw) });
      res.writeHead(answer.status, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const mail = {
  id: '6f1c2d3e-0000-4000-8000-000000000001',
  to: 'camille@example.org',
  subject: 'Confirmez',
  html: '<p>Lien</p>',
  text: 'Lien',
};

describe('Resend adapter', () => {
  it('given a mail, then it posts the documented request with the outbox id as idempotency key', async () => {
    answer = { status: 200, body: { id: 'resend-123' } };
    const mailer = resendMailer({ apiKey: 're_test_key', from: 'Réseau <ne-pas-repondre@example.org>', baseUrl });
    expect(await mailer.send(mail)).toEqual({ providerId: 'resend-123' });
    const request = requests.at(-1)!;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/emails');
    expect(request.headers.authorization).toBe('Bearer re_test_key');
    expect(request.headers['idempotency-key']).toBe(mail.id);
    expect(request.body).toMatchObject({
      from: 'Réseau <ne-pas-repondre@example.org>',
      to: ['camille@example.org'],
      subject: 'Confirmez',
      html: '<p>Lien</p>',
      text: 'Lien',
    });
  });

  it('given a calendar invitation, then it is sent as a documented attachment (base64 content, file name, content type)', async () => {
    answer = { status: 200, body: { id: 'resend-124' } };
    const mailer = resendMailer({ apiKey: 're_test_key', from: 'Réseau <ne-pas-repondre@example.org>', baseUrl });
    const ics = Buffer.from('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n').toString('base64');
    await mailer.send({
      ...mail,
      attachments: [{ filename: 'intervention.ics', contentType: 'text/calendar; method=REQUEST', content: ics }],
    });
    const body = requests.at(-1)!.body as { attachments: unknown[] };
    expect(body.attachments).toEqual([{ filename: 'intervention.ics', content_type: 'text/calendar; method=REQUEST', content: ics }]);
  });

  it('given a validation error, then the mail is refused for good; given a rate limit, then it may be retried', async () => {
    const mailer = resendMailer({ apiKey: 're_test_key', from: 'x@example.org', baseUrl });
    answer = { status: 422, body: { name: 'validation_error', message: 'Invalid `to` field', statusCode: 422 } };
    const refused = await mailer.send(mail).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(MailDeliveryError);
    expect((refused as MailDeliveryError).retryable).toBe(false);
    answer = { status: 429, body: { name: 'rate_limit_exceeded', message: 'Too many requests', statusCode: 429 } };
    expect(((await mailer.send(mail).catch((e: unknown) => e)) as MailDeliveryError).retryable).toBe(true);
  });

  it('given a mail with extra headers, then they are posted with it', async () => {
    answer = { status: 200, body: { id: 'resend-125' } };
    const mailer = resendMailer({ apiKey: 're_test_key', from: 'x@example.org', baseUrl });
    const headers = {
      'List-Unsubscribe': '<https://site.example/api/desabonnement?jeton=abc>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    };
    await mailer.send({ ...mail, headers });
    expect((requests.at(-1)!.body as { headers: unknown }).headers).toEqual(headers);
  });

  it('given a batch of 100 animation mails, then one documented call: each mail with its headers, the batch’s key, strict validation', async () => {
    const mails = Array.from({ length: 100 }, (_, i) => ({
      id: `6f1c2d3e-0000-4000-8000-${String(i).padStart(12, '0')}`,
      to: `ambassadeur${i}@example.org`,
      subject: 'Forum des métiers',
      html: `<p>Bonjour ${i}</p>`,
      text: `Bonjour ${i}`,
      headers: {
        'List-Unsubscribe': `<https://site.example/api/desabonnement?jeton=jeton${i}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    }));
    answer = { status: 200, body: { data: mails.map((_, i) => ({ id: `resend-lot-${i}` })) } };
    const mailer = resendMailer({ apiKey: 're_test_key', from: 'Réseau <ne-pas-repondre@example.org>', baseUrl });
    const result = await mailer.sendBatch(mails, 'lot-courriels/0b7e1a2c-0000-4000-8000-000000000001');
    expect(result.providerIds).toEqual(mails.map((_, i) => `resend-lot-${i}`));
    const request = requests.at(-1)!;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/emails/batch');
    expect(request.headers.authorization).toBe('Bearer re_test_key');
    expect(request.headers['idempotency-key']).toBe('lot-courriels/0b7e1a2c-0000-4000-8000-000000000001');
    expect(request.headers['x-batch-validation']).toBe('strict');
    const body = request.body as Record<string, unknown>[];
    expect(body).toHaveLength(100);
    body.forEach((item, i) =>
      expect(item).toEqual({
        from: 'Réseau <ne-pas-repondre@example.org>',
        to: [`ambassadeur${i}@example.org`],
        subject: 'Forum des métiers',
        html: `<p>Bonjour ${i}</p>`,
        text: `Bonjour ${i}`,
        headers: mails[i]!.headers,
      }),
    );
  });

  it('given more than 100 mails, then no call and a refusal for good; given a reused key with another payload, then no retry', async () => {
    const mailer = resendMailer({ apiKey: 're_test_key', from: 'x@example.org', baseUrl });
    const before = requests.length;
    const tooMany = (await mailer
      .sendBatch(
        Array.from({ length: 101 }, () => mail),
        'k',
      )
      .catch((e: unknown) => e)) as MailDeliveryError;
    expect(tooMany).toBeInstanceOf(MailDeliveryError);
    expect(tooMany.retryable).toBe(false);
    expect(requests.length).toBe(before);
    answer = { status: 409, body: { name: 'invalid_idempotent_request', message: 'Same key, different payload', statusCode: 409 } };
    expect(((await mailer.sendBatch([mail], 'k').catch((e: unknown) => e)) as MailDeliveryError).retryable).toBe(false);
    answer = { status: 500, body: { name: 'internal_server_error', message: 'Panne', statusCode: 500 } };
    expect(((await mailer.sendBatch([mail], 'k').catch((e: unknown) => e)) as MailDeliveryError).retryable).toBe(true);
  });

  it('given no answer at all, then the failure is retryable', async () => {
    const mailer = resendMailer({ apiKey: 're_test_key', from: 'x@example.org', baseUrl: 'http://127.0.0.1:9' });
    const error = (await mailer.send(mail).catch((e: unknown) => e)) as MailDeliveryError;
    expect(error).toBeInstanceOf(MailDeliveryError);
    expect(error.retryable).toBe(true);
  });
});
