/**
 * Migration 0009: the facts of a request outlive its ambassador and its requester's address
 * (issue E). The triggers record who the ambassador was (type, sector, département), the first
 * sending, answer and escalation across reassignments, and a pseudonymous requester.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { confirmRequest } from '../src/server/workflows/requests/confirm.ts';
import type { RequestDeps } from '../src/server/workflows/requests/deps.ts';
import { submitRequest } from '../src/server/workflows/requests/submit.ts';
import { makeReferents, makeSettings } from './fixtures.ts';
import { insertAmbassador, makeRequestInput } from './support/ambassadors.ts';
import { manualClock, useTestDatabase } from './support/database.ts';
import { outbox, tokenIn } from './support/http.ts';

const database = useTestDatabase();
let deps: RequestDeps & { clock: ReturnType<typeof manualClock> };

beforeEach(async () => {
  await database().db.query(
    'DELETE FROM requests; DELETE FROM requesters; DELETE FROM ambassadors; DELETE FROM ambassador_departures; DELETE FROM applications; DELETE FROM outbox; DELETE FROM link_tokens',
  );
  deps = {
    db: database().db,
    clock: manualClock(),
    settings: makeSettings(),
    siteUrl: 'https://ambassadeurs.example.org',
    referents: makeReferents(),
  };
});

interface Facts {
  ambassador_id: string | null;
  ambassador_type: string;
  ambassador_sector: string;
  ambassador_department: string;
  requester_id: string;
  first_sent_at: Date | null;
  reassignments: number;
}
const facts = async () => (await database().db.query<Facts>('SELECT * FROM requests'))[0]!;

async function sentRequest(path: string, email = 'louise.martin@example.org') {
  expect(await submitRequest(deps, makeRequestInput(path, { email }))).toEqual({ ok: true });
  const confirm = (await outbox(database().db)).filter((m) => m.template === 'confirm_request').at(-1);
  expect(await confirmRequest(deps, tokenIn(confirm))).toMatchObject({ ok: true });
}

describe('facts kept on each request', () => {
  it('records the ambassador and a pseudonymous requester, shared by the same address in any case', async () => {
    const first = await insertAmbassador(database().db, { type: 'student_apprentice', sector: 'H', department: '62' });
    const second = await insertAmbassador(database().db);
    await sentRequest(first.path);
    await sentRequest(second.path, 'Louise.Martin@example.org');
    const rows = await database().db.query<Facts>('SELECT * FROM requests ORDER BY created_at, ambassador_type DESC');
    expect(rows[0]).toMatchObject({
      ambassador_type: 'student_apprentice',
      ambassador_sector: 'H',
      ambassador_department: '62',
      reassignments: 0,
    });
    expect(rows[0]!.first_sent_at).toEqual(deps.clock.now());
    expect(new Set(rows.map((r) => r.requester_id)).size).toBe(1);
    expect(await database().db.query('SELECT email FROM requesters')).toEqual([{ email: 'louise.martin@example.org' }]);
  });

  it('a reassignment counts, takes the new ambassador’s facts and keeps the first sending', async () => {
    const first = await insertAmbassador(database().db, { sector: 'H' });
    const second = await insertAmbassador(database().db, { sector: 'M', department: '80' });
    await sentRequest(first.path);
    const sentAt = (await facts()).first_sent_at;
    deps.clock.advance(86_400_000);
    await database().db.query('UPDATE requests SET ambassador_id = $1, sent_at = $2', [second.id, deps.clock.now()]);
    expect(await facts()).toMatchObject({ ambassador_sector: 'M', ambassador_department: '80', reassignments: 1, first_sent_at: sentAt });
  });

  it('deleting the ambassador keeps the request and records the departure', async () => {
    const ambassador = await insertAmbassador(database().db, { sector: 'H', department: '59' });
    await sentRequest(ambassador.path);
    await database().db.query('DELETE FROM applications WHERE id = $1', [ambassador.id]);
    expect(await facts()).toMatchObject({ ambassador_id: null, ambassador_sector: 'H', ambassador_department: '59' });
    expect(await database().db.query('SELECT department, type, sector FROM ambassador_departures')).toEqual([
      { department: '59', type: 'professional', sector: 'H' },
    ]);
  });
});
