/**
 * The production Resend adapter against a fake Resend API on loopback: the request has the
 * documented shape (POST /emails, bearer key, Idempotency-Key = outbox id), and Resend's
 * `{ data, error }` answers become a provider id or a MailDeliveryError.
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

  it('given no answer at all, then the failure is retryable', async () => {
    const mailer = resendMailer({ apiKey: 're_test_key', from: 'x@example.org', baseUrl: 'http://127.0.0.1:9' });
    const error = (await mailer.send(mail).catch((e: unknown) => e)) as MailDeliveryError;
    expect(error).toBeInstanceOf(MailDeliveryError);
    expect(error.retryable).toBe(true);
  });
});
