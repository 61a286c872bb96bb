/**
 * Races on a real PostgreSQL server with several connections (the embedded one serialises
 * everything): many accepts of one request at once, an action racing a reassignment, and the
 * follow-up job run several times at once. One wins, the others get a clear refusal, and no mail is queued twice.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runFollowUp } from '../src/server/workflows/requests/follow-up.ts';
import { confirmRequest } from '../src/server/workflows/requests/confirm.ts';
import type { RequestDeps } from '../src/server/workflows/requests/deps.ts';
import { submitRequest } from '../src/server/workflows/requests/submit.ts';
import { actOnThread } from '../src/server/workflows/requests/thread-actions.ts';
import { makeSettings } from './fixtures.ts';
import { insertAmbassador, makeRequestInput } from './support/ambassadors.ts';
import { manualClock } from './support/database.ts';
import { outbox, tokenIn } from './support/http.ts';
import { startRealPostgres, type RealPostgres } from './support/real-postgres.ts';

let server: RealPostgres;
let deps: RequestDeps & { clock: ReturnType<typeof manualClock> };
beforeAll(async () => {
  server = await startRealPostgres();
}, 60_000);
afterAll(() => server?.stop());
beforeEach(async () => {
  await server.db.query(
    'DELETE FROM requests; DELETE FROM ambassadors; DELETE FROM applications; DELETE FROM outbox; DELETE FROM link_tokens',
  );
  deps = {
    db: server.db,
    clock: manualClock(),
    settings: makeSettings(),
    siteUrl: 'https://ambassadeurs.example.org',
    referents: [
      { name: 'Claire V.', role: 'Référente du Nord', email: 'claire@example.org', phone: '03 99 10 20 31', departments: ['59'], order: 1 },
    ],
  };
});

async function sentRequests(count: number): Promise<string[]> {
  const ambassador = await insertAmbassador(server.db, { capacity: 20 });
  const links: string[] = [];
  for (let i = 0; i < count; i++) {
    await submitRequest(deps, makeRequestInput(ambassador.path, { email: `enseignant${i}@example.org` }));
    await confirmRequest(deps, tokenIn((await outbox(server.db)).filter((m) => m.template === 'confirm_request').at(-1)));
    links.push(tokenIn((await outbox(server.db)).filter((m) => m.template === 'request_to_ambassador').at(-1)));
  }
  return links;
}

describe('races on a real PostgreSQL', () => {
  it('given eight accepts of one request at the same instant, then exactly one wins and two mails leave, not sixteen', async () => {
    const [link] = await sentRequests(1);
    const before = (await outbox(server.db)).length;
    // Eight connections open beforehand, so that the eight transactions truly overlap.
    const clients = await Promise.all(Array.from({ length: 8 }, () => server.pool.connect()));
    clients.forEach((c) => c.release());
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => actOnThread(deps, link!, 'accept', { slot: String(i % 2) })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(new Set(results.filter((r) => !r.ok).map((r) => JSON.stringify(r)))).toEqual(
      new Set([JSON.stringify({ ok: false, refused: 'Cette demande est déjà acceptée : rien n’a changé.' })]),
    );
    expect((await outbox(server.db)).slice(before).map((m) => m.template)).toEqual(['request_accepted', 'request_accepted']);
  });

  it('given a reassignment committed while the first ambassador’s accept waits for the row, then that accept is refused and nothing is mailed', async () => {
    const [link] = await sentRequests(1);
    const other = await insertAmbassador(server.db, { displayName: 'Yanis B.' });
    const before = (await outbox(server.db)).length;
    // A referent's transaction holds the request row while the first ambassador acts.
    const referent = await server.pool.connect();
    try {
      await referent.query('BEGIN');
      await referent.query('SELECT id FROM requests FOR UPDATE');
      const accept = actOnThread(deps, link!, 'accept', { slot: '0' });
      await expect
        .poll(
          async () =>
            (await server.db.query<{ n: string }>(`SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock'`))[0]!.n,
        )
        .toBe('1');
      await referent.query('UPDATE requests SET ambassador_id = $1', [other.id]);
      await referent.query('COMMIT');
      expect(await accept).toEqual({ ok: false, refused: 'Ce lien a expiré ou ne donne plus accès à cette demande.' });
    } finally {
      referent.release();
    }
    expect((await server.db.query<{ status: string }>('SELECT status FROM requests'))[0]!.status).toBe('sent');
    expect((await outbox(server.db)).slice(before)).toEqual([]);
  });

  it('given the follow-up job started four times at once, then each due reminder is queued once', async () => {
    await sentRequests(6);
    deps.clock.advance(3 * 86_400_000 + 60_000);
    const before = (await outbox(server.db)).length;
    const clients = await Promise.all(Array.from({ length: 8 }, () => server.pool.connect()));
    clients.forEach((c) => c.release());
    const reports = await Promise.all(Array.from({ length: 4 }, () => runFollowUp(deps)));
    expect(reports.reduce((sum, r) => sum + r.reminders, 0)).toBe(6);
    expect((await outbox(server.db)).slice(before).map((m) => m.template)).toEqual(Array(6).fill('request_reminder'));
  });
});
