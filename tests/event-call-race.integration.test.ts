/**
 * The call for ambassadors' races on a real PostgreSQL server (several connections, real locks;
 * the embedded one serialises everything): 20 yes at once for 5 places confirm exactly 5, the
 * 15 others wait in the order of their answers; withdrawals at once each give their place to the
 * next one waiting, never the same one twice.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { answerInvitation, type AnswerResult } from '../src/server/workflows/event-call/answer.ts';
import { inviteAmbassadors } from '../src/server/workflows/event-call/invite.ts';
import { withdraw } from '../src/server/workflows/event-call/withdraw.ts';
import { EVENT_ANSWER_PATH, EVENT_PARTICIPATION_PATH } from '../src/views/event-call/paths.ts';
import { insertAmbassador, type AmbassadorFixture } from './support/ambassadors.ts';
import { EVENT_ID, eventCallWorld, eventFile, invitations, linkIn, type EventCallWorld } from './support/event-call.ts';
import { outbox } from './support/http.ts';
import { startRealPostgres, type RealPostgres } from './support/real-postgres.ts';

let server: RealPostgres;
let world: EventCallWorld;
let people: AmbassadorFixture[];
beforeAll(async () => {
  server = await startRealPostgres();
}, 60_000);
afterAll(() => server?.stop());

/** A clock that moves one millisecond at each reading: two answers never share an instant, whatever their order. */
function tickingClock(start = '2026-11-02T09:00:00Z') {
  let now = new Date(start).getTime();
  return { now: () => new Date(now++) };
}

beforeEach(async () => {
  await server.db.query(
    'DELETE FROM event_invitations; DELETE FROM event_calls; DELETE FROM ambassadors; DELETE FROM applications; DELETE FROM outbox; DELETE FROM link_tokens',
  );
  world = eventCallWorld(server.db, tickingClock(), { [EVENT_ID]: eventFile({ ambassadorPlaces: 5 }) });
  people = [];
  for (let i = 0; i < 20; i++)
    people.push(await insertAmbassador(server.db, { sector: 'H', email: `ambassadeur${String(i).padStart(2, '0')}@example.org` }));
  const claire = world.deps.referents.find((r) => r.email === 'claire@example.org')!;
  expect(await inviteAmbassadors(world.deps, claire, EVENT_ID, { secteur: ['H'], nombre: '20' })).toEqual({ ok: true, invited: 20 });
});

const linkOf = async (email: string, template: string, path: string) =>
  linkIn((await outbox(server.db)).filter((m) => m.template === template && m.recipient === email).at(-1)!.text, path);

/** Twelve connections open beforehand (the pool's size), so that the transactions truly overlap. */
async function warmPool() {
  const clients = await Promise.all(Array.from({ length: 12 }, () => server.pool.connect()));
  clients.forEach((c) => c.release());
}

async function twentyYesAtOnce(): Promise<AnswerResult[]> {
  const tokens = await Promise.all(people.map((p) => linkOf(p.email, 'animation_event_invitation', EVENT_ANSWER_PATH)));
  await warmPool();
  return Promise.all(tokens.map((t) => answerInvitation(world.deps, t, 'yes')));
}

describe('races of the call on a real PostgreSQL', () => {
  it('given 20 yes at the same instant for 5 places, then exactly 5 are confirmed and 15 wait, in the order of their answers', async () => {
    const before = (await outbox(server.db)).length;
    const results = await twentyYesAtOnce();
    const outcomes = results.map((r) => (r.ok ? r.outcome : r.problem));
    expect(outcomes.filter((o) => o === 'confirmed')).toHaveLength(5);
    expect(outcomes.filter((o) => o === 'waiting')).toHaveLength(15);
    // Positions 1 to 15, each given once.
    const positions = results.flatMap((r) => (r.ok && r.outcome === 'waiting' ? [r.position] : []));
    expect([...positions].sort((a, b) => a - b)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));

    // By answer time: the first five are the confirmed, then the waiting list in its order, and the
    // sequence of the answers agrees with their times (both taken under the call's lock).
    const byTime = (await invitations(server.db)).sort((a, b) => a.answered_at!.getTime() - b.answered_at!.getTime());
    expect(byTime.map((i) => i.status)).toEqual([...Array(5).fill('confirmed'), ...Array(15).fill('waiting')]);
    const orders = byTime.map((i) => Number(i.answer_order));
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    const positionOf = new Map(
      results.flatMap((r, i) => (r.ok && r.outcome === 'waiting' ? [[people[i]!.email, r.position] as const] : [])),
    );
    expect(byTime.slice(5).map((i) => positionOf.get(i.email))).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));

    // One mail each: 5 confirmations with the .ics, 15 « complet, liste d'attente ».
    const mails = (await outbox(server.db)).slice(before);
    expect(
      mails
        .filter((m) => m.template === 'event_confirmed')
        .map((m) => m.recipient)
        .sort(),
    ).toEqual(
      byTime
        .slice(0, 5)
        .map((i) => i.email)
        .sort(),
    );
    expect(mails.filter((m) => m.template === 'event_waiting_list')).toHaveLength(15);
    expect(mails).toHaveLength(20);
    // The event's file lists the five, in the order they were confirmed.
    expect(world.file().confirmedAmbassadors).toEqual(byTime.slice(0, 5).map((i) => i.ref));
  });

  it('given three confirmed ambassadors withdrawing at once, then the first three waiting move up, each once', async () => {
    await twentyYesAtOnce();
    const byTime = (await invitations(server.db)).sort((a, b) => a.answered_at!.getTime() - b.answered_at!.getTime());
    const leaving = byTime.slice(0, 3);
    const links = await Promise.all(leaving.map((i) => linkOf(i.email, 'event_confirmed', EVENT_PARTICIPATION_PATH)));
    const before = (await outbox(server.db)).length;
    await warmPool();
    const results = await Promise.all(links.map((l) => withdraw(world.deps, l)));
    expect(results.map((r) => r.ok && r.promoted)).toEqual([1, 1, 1]);
    const promoted = (await outbox(server.db)).slice(before);
    expect(promoted.map((m) => m.template)).toEqual(Array(3).fill('event_promoted'));
    expect(promoted.map((m) => m.recipient).sort()).toEqual(
      byTime
        .slice(5, 8)
        .map((i) => i.email)
        .sort(),
    );
    const now = await invitations(server.db);
    expect(
      now
        .filter((i) => i.status === 'confirmed')
        .map((i) => i.email)
        .sort(),
    ).toEqual([...byTime.slice(3, 5), ...byTime.slice(5, 8)].map((i) => i.email).sort());
    expect(now.filter((i) => i.status === 'waiting')).toHaveLength(12);
    expect(world.file().confirmedAmbassadors).toHaveLength(5);
  });
});
