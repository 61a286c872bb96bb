/**
 * Races on a real PostgreSQL server with several connections (the embedded one serialises
 * everything): many accepts of one request at once, many accepts of one need across the links of
 * the ambassadors it went to, an action racing a reassignment, and the follow-up job run several
 * times at once. One wins, the others get a clear refusal, and no mail is queued twice.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runFollowUp } from '../src/server/workflows/requests/follow-up.ts';
import { confirmRequest } from '../src/server/workflows/requests/confirm.ts';
import type { RequestDeps } from '../src/server/workflows/requests/deps.ts';
import { submitRequest } from '../src/server/workflows/requests/submit.ts';
import { actOnThread } from '../src/server/workflows/requests/thread-actions.ts';
import { openThread } from '../src/server/workflows/requests/thread.ts';
import { confirmNeed } from '../src/server/workflows/needs/dispatch.ts';
import { submitNeed } from '../src/server/workflows/needs/submit.ts';
import { NEED_FILLED_MESSAGE } from '../src/lib/need.ts';
import { makeSettings } from './fixtures.ts';
import { insertAmbassador, makeNeedInput, makeRequestInput } from './support/ambassadors.ts';
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
    'DELETE FROM requests; DELETE FROM needs; DELETE FROM ambassadors; DELETE FROM applications; DELETE FROM outbox; DELETE FROM link_tokens',
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

  it('given a need sent to five ambassadors, when twenty accepts arrive at once across their links, then exactly one wins, the four others are closed and thanked, and six mails leave', async () => {
    const ambassadors = [];
    for (let i = 0; i < 5; i++) ambassadors.push(await insertAmbassador(server.db, { capacity: 4 }));
    await submitNeed(deps, makeNeedInput());
    const confirmed = await confirmNeed(deps, tokenIn((await outbox(server.db)).find((m) => m.template === 'confirm_need')));
    expect(confirmed).toMatchObject({ ok: true, invited: 5 });
    const invitations = (await outbox(server.db)).filter((m) => m.template === 'need_to_ambassador');
    const links = new Map(invitations.map((m) => [m.recipient, tokenIn(m)]));
    expect(links.size).toBe(5);
    const before = (await outbox(server.db)).length;
    // Twelve connections open beforehand (the pool's size), so that the transactions truly overlap.
    const clients = await Promise.all(Array.from({ length: 12 }, () => server.pool.connect()));
    clients.forEach((c) => c.release());
    const tokens = [...links.values()];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => actOnThread(deps, tokens[i % 5]!, 'accept', { slot: String(i % 2) })),
    );

    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refusals = results.filter((r) => !r.ok).map((r) => ('refused' in r ? r.refused : JSON.stringify(r)));
    // The winner's own three other attempts find their request accepted; the sixteen others, the need filled.
    expect(refusals.filter((r) => r === 'Cette demande est déjà acceptée : rien n’a changé.')).toHaveLength(3);
    expect(refusals.filter((r) => r === NEED_FILLED_MESSAGE)).toHaveLength(16);

    const rows = await server.db.query<{ id: string; status: string; ambassador_id: string; counts_in_flow: boolean }>(
      'SELECT id, status, ambassador_id, counts_in_flow FROM requests WHERE need_id IS NOT NULL',
    );
    const winner = rows.find((r) => r.status === 'accepted')!;
    expect(rows.map((r) => r.status).sort()).toEqual(['accepted', ...Array(4).fill('filled_elsewhere')]);
    expect(rows.filter((r) => r.counts_in_flow).map((r) => r.id)).toEqual([winner.id]);
    const [need] = await server.db.query<{ status: string; filled_by: string }>('SELECT status, filled_by FROM needs');
    expect(need).toEqual({ status: 'filled', filled_by: winner.id });
    const winnerEmail = ambassadors.find((a) => a.id === winner.ambassador_id)!.email;
    const out = (await outbox(server.db)).slice(before);
    expect(out.map((m) => `${m.template} → ${m.recipient}`).sort()).toEqual(
      [
        'request_accepted → louise.martin@example.org',
        `request_accepted → ${winnerEmail}`,
        ...ambassadors.filter((a) => a.email !== winnerEmail).map((a) => `need_filled_elsewhere → ${a.email}`),
      ].sort(),
    );
    // Each other link now opens a thread that says the need was filled.
    for (const [email, token] of links) {
      if (email === winnerEmail) continue;
      const thread = await openThread(deps, token);
      expect('request' in thread && thread.request.status).toBe('filled_elsewhere');
    }
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
