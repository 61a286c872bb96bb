/**
 * A stand-in for Resend's API on loopback, for the production adapter (src/server/mail/resend.ts):
 * POST /emails/batch with its documented idempotency (a key seen before with the same body: the
 * same ids again and nothing sent; with another body: 409 invalid_idempotent_request). It counts
 * what it really "delivers", per address, and can fail calls or act on each accepted batch.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface BatchItem {
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
}

export interface PostedBatch {
  key: string | undefined;
  headers: IncomingHttpHeaders;
  body: BatchItem[];
  /** What the fake answered: sent, replayed (same key and body), refused. */
  outcome: 'sent' | 'replayed' | 'conflict' | 'failed';
}

export interface FakeResend {
  baseUrl: string;
  posted: PostedBatch[];
  /** Mails actually delivered, in order (replays deliver nothing). */
  delivered: BatchItem[];
  /** Answers the next call whose key was never seen with a 500, `n` times. */
  failFreshCalls(n: number): void;
  /** Called once a batch is accepted, before the answer leaves (a crash of the sender, for instance). */
  onAccepted: ((count: number) => void) | undefined;
  /** Waits this long before answering (two senders at once). */
  delayMs: number;
  close(): Promise<void>;
}

export async function startFakeResend(): Promise<FakeResend> {
  const seen = new Map<string, { hash: string; ids: string[] }>();
  let failures = 0;
  let accepted = 0;
  let next = 0;
  const fake: FakeResend = {
    baseUrl: '',
    posted: [],
    delivered: [],
    failFreshCalls: (n) => (failures = n),
    onAccepted: undefined,
    delayMs: 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', async () => {
      if (fake.delayMs) await new Promise((resolve) => setTimeout(resolve, fake.delayMs));
      const reply = (status: number, body: unknown) =>
        res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
      const key = req.headers['idempotency-key'] as string | undefined;
      const body = JSON.parse(raw) as BatchItem[];
      const record = (outcome: PostedBatch['outcome']) => fake.posted.push({ key, headers: req.headers, body, outcome });
      const hash = createHash('sha256').update(raw).digest('hex');
      const known = key ? seen.get(key) : undefined;
      if (known) {
        if (known.hash !== hash) {
          record('conflict');
          return reply(409, { name: 'invalid_idempotent_request', message: 'Same key, different payload', statusCode: 409 });
        }
        record('replayed');
        return reply(200, { data: known.ids.map((id) => ({ id })) });
      }
      if (failures > 0) {
        failures -= 1;
        record('failed');
        return reply(500, { name: 'internal_server_error', message: 'Panne', statusCode: 500 });
      }
      const ids = body.map(() => `resend-${(next += 1)}`);
      if (key) seen.set(key, { hash, ids });
      fake.delivered.push(...body);
      record('sent');
      accepted += 1;
      fake.onAccepted?.(accepted);
      return reply(200, { data: ids.map((id) => ({ id })) });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
