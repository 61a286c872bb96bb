import { describe, expect, it } from 'vitest';
import { consumeToken, hashToken, issueToken, peekToken } from '../src/server/tokens.ts';
import { manualClock, useTestDatabase } from './support/database.ts';

const database = useTestDatabase();

const HOUR = 3_600_000;

describe('emailed link tokens', () => {
  it('given a new token, then it is 256 random bits in base64url and only its hash is stored', async () => {
    const clock = manualClock();
    const token = await issueToken(database().db, clock, { purpose: 'confirm_application', subject: 'app-1', lifetimeMs: 12 * HOUR });
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const rows = await database().db.query<{ hash: string }>('SELECT hash FROM link_tokens WHERE subject = $1', ['app-1']);
    expect(rows).toEqual([{ hash: hashToken(token) }]);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('given a valid token, when consumed twice, then the first use gives its subject and the second says it was used', async () => {
    const clock = manualClock();
    const token = await issueToken(database().db, clock, { purpose: 'confirm_application', subject: 'app-2', lifetimeMs: 12 * HOUR });
    expect(await peekToken(database().db, clock, 'confirm_application', token)).toEqual({ ok: true, subject: 'app-2' });
    expect(await consumeToken(database().db, clock, 'confirm_application', token)).toEqual({ ok: true, subject: 'app-2' });
    expect(await consumeToken(database().db, clock, 'confirm_application', token)).toEqual({ ok: false, reason: 'used' });
  });

  it('given a token past its lifetime, then it is refused as expired', async () => {
    const clock = manualClock();
    const token = await issueToken(database().db, clock, { purpose: 'confirm_application', subject: 'app-3', lifetimeMs: 12 * HOUR });
    clock.advance(12 * HOUR);
    expect(await consumeToken(database().db, clock, 'confirm_application', token)).toEqual({ ok: false, reason: 'expired' });
  });

  it('given a token for another purpose or an unknown one, then nothing is revealed beyond "unknown"', async () => {
    const clock = manualClock();
    const token = await issueToken(database().db, clock, { purpose: 'manage_profile', subject: 'amb-1', lifetimeMs: HOUR });
    expect(await consumeToken(database().db, clock, 'confirm_application', token)).toEqual({ ok: false, reason: 'unknown' });
    expect(await consumeToken(database().db, clock, 'manage_profile', 'x'.repeat(43))).toEqual({ ok: false, reason: 'unknown' });
  });

  it('given two uses of one token at the same time, then exactly one succeeds', async () => {
    const clock = manualClock();
    const token = await issueToken(database().db, clock, { purpose: 'confirm_application', subject: 'app-4', lifetimeMs: HOUR });
    const results = await Promise.all([1, 2, 3].map(() => consumeToken(database().db, clock, 'confirm_application', token)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });
});
