/**
 * Asking for a sign-in link with an address (brief W3) against the embedded Postgres: a
 * stranger posting someone's address cannot lock its owner out. Limits are kept per address
 * and client (IPv4, or IPv6 /64), per client, and per address whoever asks; over the last one,
 * the owner gets the link already sent again instead of nothing. The page never changes.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { referentSignInHandler } from '../src/server/handlers/referents.ts';
import type { AppDeps } from '../src/server/deps.ts';
import type { Referent } from '../src/server/referents.ts';
import { fileSystemWriter } from '../src/server/content/writer.ts';
import { makeReferents, makeSettings } from './fixtures.ts';
import { manualClock, useTestDatabase } from './support/database.ts';
import { formPost, outbox, tokenIn, SITE } from './support/http.ts';
import { referentSessionHandler } from '../src/server/handlers/referents.ts';

const database = useTestDatabase();
let deps: AppDeps & { referents: Referent[]; clock: ReturnType<typeof manualClock> };

beforeEach(async () => {
  await database().db.query('DELETE FROM outbox; DELETE FROM link_tokens; DELETE FROM sessions; DELETE FROM rate_limits');
  deps = {
    db: database().db,
    clock: manualClock(),
    settings: makeSettings(),
    siteUrl: SITE,
    referents: makeReferents(),
    content: fileSystemWriter('/nonexistent'),
  };
});

const OWNER_IP = '198.51.100.20';
const ask = (email: string, ip: string) => referentSignInHandler(async () => deps)(formPost('/api/referents/connexion', { email }), { ip });
const links = async () => (await outbox(database().db)).filter((m) => m.template === 'referent_sign_in');
const tokens = async () => Number((await database().db.query<{ n: string }>('SELECT count(*) AS n FROM link_tokens'))[0]!.n);

/** Ten requests from four strangers' clients (three each at most): the address's cap for the hour. */
async function capAddress(email: string): Promise<void> {
  for (let i = 0; i < 10; i++) await ask(email, `203.0.113.${1 + Math.floor(i / 3)}`);
}

describe('sign-in link requests', () => {
  it('given a stranger posting a referent’s address many times, then the referent asking from elsewhere still gets a link', async () => {
    for (let i = 0; i < 6; i++) await ask('claire@example.org', '203.0.113.7');
    expect(await links()).toHaveLength(3); // the stranger's client: 3 an hour for one address
    await ask('claire@example.org', OWNER_IP);
    expect(await links()).toHaveLength(4);
  });

  it('given one IPv6 /64 rotating its addresses, then it counts as one client', async () => {
    for (let i = 1; i <= 5; i++) await ask('claire@example.org', `2001:db8:1:2::${i}`);
    expect(await links()).toHaveLength(3);
  });

  it('given one client asking for many addresses, then the per-client limit still holds', async () => {
    for (let i = 0; i < 12; i++) await ask(i === 11 ? 'claire@example.org' : `inconnu${i}@example.org`, '203.0.113.7');
    expect(await links()).toHaveLength(0);
  });

  it('given the address capped by many clients, then its owner gets the still-valid link again, at most once per 10 minutes, with the same page', async () => {
    await capAddress('claire@example.org');
    expect(await links()).toHaveLength(10); // the cap for one address, whoever asks
    const issued = await tokens();
    const answered = await (await ask('claire@example.org', OWNER_IP)).text();
    const sent = await links();
    expect(sent).toHaveLength(11);
    expect(await tokens()).toBe(issued); // no new link: the latest one, again
    expect(tokenIn(sent.at(-1))).toBe(tokenIn(sent.at(-2)));
    expect(answered).toBe(await (await ask('personne@example.org', OWNER_IP)).text());

    await ask('claire@example.org', '198.51.100.21');
    expect(await links()).toHaveLength(11); // once per 10 minutes
    deps.clock.advance(10 * 60_000);
    await ask('claire@example.org', '198.51.100.22');
    expect(await links()).toHaveLength(12);

    // Once the link is used, nothing is sent again.
    const used = await referentSessionHandler(async () => deps)(formPost('/api/referents/session', { jeton: tokenIn(sent.at(-1)) }));
    expect(used.status).toBe(303);
    deps.clock.advance(10 * 60_000);
    await ask('claire@example.org', '198.51.100.23');
    expect(await links()).toHaveLength(12);
  });

  it('given the address capped and its latest link expired, then nothing is sent', async () => {
    await capAddress('claire@example.org');
    deps.clock.advance(16 * 60_000); // a referent's link lasts 15 minutes; still within the hour's window
    await ask('claire@example.org', OWNER_IP);
    expect(await links()).toHaveLength(10);
  });
});
