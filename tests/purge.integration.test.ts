/**
 * The daily purge of what only serves access (brief W3): expired sessions, emailed-link tokens
 * past their lifetime (after a week, so an old link still says « expiré »), finished rate-limit
 * windows, e-mail changes never confirmed. Tested with a moved clock on the embedded Postgres: an expired row goes, a live one stays.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { purgeExpiredAccess } from '../src/server/purge.ts';
import { withinLimit } from '../src/server/rate-limit.ts';
import { openSession } from '../src/server/sessions.ts';
import { issueToken, peekToken } from '../src/server/tokens.ts';
import { manualClock, useTestDatabase } from './support/database.ts';

const database = useTestDatabase();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

beforeEach(async () => {
  await database().db.query('DELETE FROM sessions; DELETE FROM link_tokens; DELETE FROM rate_limits; DELETE FROM applications');
});

const count = async (table: string) => Number((await database().db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);

describe('daily purge of expired access data', () => {
  it('given sessions, tokens and rate-limit windows, some over and some live, when the purge runs, then only those over go', async () => {
    const clock = manualClock();
    const db = database().db;
    await openSession(db, clock, { kind: 'referent', subject: 'claire@example.org', lifetimeMs: 8 * HOUR });
    await issueToken(db, clock, { purpose: 'manage_profile', subject: 'amb-1', lifetimeMs: HOUR });
    await withinLimit(db, clock, { name: 'test', max: 3, windowMs: HOUR }, 'camille@example.org');

    clock.advance(7 * DAY + 2 * HOUR); // all of the above is over; the token expired more than a week ago
    await openSession(db, clock, { kind: 'ambassador', subject: 'amb-2', lifetimeMs: HOUR });
    const liveToken = await issueToken(db, clock, { purpose: 'manage_profile', subject: 'amb-2', lifetimeMs: 12 * HOUR });
    await withinLimit(db, clock, { name: 'test', max: 3, windowMs: HOUR }, 'camille@example.org');
    clock.advance(DAY); // the live token is now expired by half a day only: it stays, to say « expiré »

    expect(await count('sessions')).toBe(2);
    expect(await purgeExpiredAccess(db, clock)).toEqual({ sessions: 2, tokens: 1, rateLimits: 2, emailChanges: 0 });
    expect(await count('sessions')).toBe(0);
    expect(await count('link_tokens')).toBe(1);
    expect(await peekToken(db, clock, 'manage_profile', liveToken)).toEqual({ ok: false, reason: 'expired' });
  });

  it('given live rows only, then the purge keeps them all', async () => {
    const clock = manualClock();
    const db = database().db;
    await openSession(db, clock, { kind: 'referent', subject: 'claire@example.org', lifetimeMs: 8 * HOUR });
    await issueToken(db, clock, { purpose: 'referent_sign_in', subject: 'claire@example.org', lifetimeMs: 15 * 60_000 });
    await withinLimit(db, clock, { name: 'test', max: 3, windowMs: HOUR }, '203.0.113.7');
    clock.advance(10 * 60_000);
    expect(await purgeExpiredAccess(db, clock)).toEqual({ sessions: 0, tokens: 0, rateLimits: 0, emailChanges: 0 });
    expect([await count('sessions'), await count('link_tokens'), await count('rate_limits')]).toEqual([1, 1, 1]);
  });

  it('given e-mail changes, one past its link’s lifetime and one live, then only the new address never confirmed in time goes', async () => {
    const clock = manualClock();
    const db = database().db;
    const change = async (email: string, lifetimeMs: number) => {
      const [a] = await db.query<{ id: string }>(
        `INSERT INTO applications (status, email, first_name, last_name, profile, monthly_capacity, meets_minors, created_at)
         VALUES ('approved', $1, 'Camille', 'Rousseau', '{}'::jsonb, 2, false, $2) RETURNING id`,
        [email, clock.now()],
      );
      await db.query('INSERT INTO email_changes (application_id, new_email, requested_at, expires_at) VALUES ($1, $2, $3, $4)', [
        a!.id,
        `nouvelle-${email}`,
        clock.now(),
        new Date(clock.now().getTime() + lifetimeMs),
      ]);
    };
    await change('camille@example.org', 12 * HOUR);
    clock.advance(11 * HOUR);
    await change('yanis@example.org', 12 * HOUR);
    clock.advance(2 * HOUR);
    expect((await purgeExpiredAccess(db, clock)).emailChanges).toBe(1);
    expect((await db.query<{ new_email: string }>('SELECT new_email FROM email_changes')).map((c) => c.new_email)).toEqual([
      'nouvelle-yanis@example.org',
    ]);
  });
});
