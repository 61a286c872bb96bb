/** The nightly rebuild: the build hook's request as Netlify expects it, and what is reported without one. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { triggerRebuild } from '../src/server/workflows/daily-rebuild.ts';

const received: { method: string | undefined; body: string; type: string | undefined }[] = [];
let status = 200;
const hook = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    received.push({ method: req.method, body, type: req.headers['content-type'] });
    res.writeHead(status).end();
  });
});
let url = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/build_hooks/abc`;
});
afterAll(() => new Promise<void>((resolve) => hook.close(() => resolve())));

describe('nightly rebuild', () => {
  it('given a build hook, then one POST with an empty JSON body', async () => {
    expect(await triggerRebuild(url)).toEqual({ triggered: true });
    expect(received).toEqual([{ method: 'POST', body: '{}', type: 'application/json' }]);
  });

  it('given a hook that refuses, then the status is reported', async () => {
    status = 404;
    expect(await triggerRebuild(url)).toEqual({ triggered: false, reason: 'refused', status: 404 });
  });

  it('given no hook, then nothing is sent', async () => {
    const before = received.length;
    expect(await triggerRebuild(undefined)).toEqual({ triggered: false, reason: 'not_configured' });
    expect(received).toHaveLength(before);
  });
});
