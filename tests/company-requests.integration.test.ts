/**
 * Requests to a company or structure (issue 11, part 1): asked like any ambassador; its side of the
 * thread lists its confirmed members and entrusts the request to one (« confier à … »): the member
 * gets the request, the requester is told who will come, and the company's link stops acting.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { confirmRequest } from '../src/server/workflows/requests/confirm.ts';
import type { RequestDeps } from '../src/server/workflows/requests/deps.ts';
import { submitRequest } from '../src/server/workflows/requests/submit.ts';
import { openThread } from '../src/server/workflows/requests/thread.ts';
import { actOnThread } from '../src/server/workflows/requests/thread-actions.ts';
import { makeReferents, makeSettings } from './fixtures.ts';
import { insertAmbassador, makeRequestInput, type AmbassadorFixture } from './support/ambassadors.ts';
import { manualClock, useTestDatabase } from './support/database.ts';
import { outbox, tokenIn } from './support/http.ts';

const database = useTestDatabase();
let deps: RequestDeps & { clock: ReturnType<typeof manualClock> };
let company: AmbassadorFixture;
let member: AmbassadorFixture;
let waiting: AmbassadorFixture;
let stranger: AmbassadorFixture;

beforeEach(async () => {
  await database().db.query(
    'DELETE FROM requests; DELETE FROM ambassadors; DELETE FROM applications; DELETE FROM outbox; DELETE FROM link_tokens',
  );
  deps = {
    db: database().db,
    clock: manualClock(),
    settings: makeSettings(),
    siteUrl: 'https://ambassadeurs.example.org',
    referents: makeReferents(),
  };
  const db = database().db;
  company = await insertAmbassador(db, { type: 'company', displayName: 'Verrerie 3B & Fils', slug: 'verrerie-3b-fils' });
  member = await insertAmbassador(db, { displayName: 'Camille R.', slug: 'camille-r', memberOf: company.path });
  // Named the company but not confirmed yet: no memberOf in the snapshot.
  waiting = await insertAmbassador(db, { displayName: 'Dominique B.', slug: 'dominique-b' });
  stranger = await insertAmbassador(db, { displayName: 'Sacha L.', slug: 'sacha-l' });
});

const mails = () => outbox(database().db);

async function sentToCompany(): Promise<{ requester: string; company: string }> {
  expect(await submitRequest(deps, makeRequestInput(company.path))).toEqual({ ok: true });
  const confirm = (await mails()).filter((m) => m.template === 'confirm_request').at(-1);
  expect(await confirmRequest(deps, tokenIn(confirm))).toMatchObject({ ok: true });
  const all = await mails();
  return {
    requester: tokenIn(all.filter((m) => m.template === 'request_sent').at(-1)),
    company: tokenIn(all.filter((m) => m.template === 'request_to_ambassador' && m.recipient === company.email).at(-1)),
  };
}

describe('a request to a company', () => {
  it('given a request to a company, then it is sent to the company like to any ambassador, and its thread lists only its confirmed members', async () => {
    const tokens = await sentToCompany();
    const thread = await openThread(deps, tokens.company);
    expect('members' in thread && thread.members).toEqual([{ value: member.path, label: 'Camille R., Technicienne de maintenance' }]);
    const requesterThread = await openThread(deps, tokens.requester);
    expect('members' in requesterThread).toBe(false);
  });

  it('given the company entrusts it to its member, then the member gets it, the requester is told who comes, and the company’s link stops acting', async () => {
    const tokens = await sentToCompany();
    const before = (await mails()).length;
    expect(await actOnThread(deps, tokens.company, 'entrust', { member: member.path })).toMatchObject({ ok: true });
    const [row] = await database().db.query<{ ambassador_id: string; status: string }>('SELECT ambassador_id, status FROM requests');
    expect(row).toEqual({ ambassador_id: member.id, status: 'sent' });
    const after = (await mails()).slice(before);
    expect(after.map((m) => `${m.template} → ${m.recipient}`)).toEqual([
      `request_to_ambassador → ${member.email}`,
      'request_entrusted → louise.martin@example.org',
    ]);
    expect(after[1]!.subject).toBe('Verrerie 3B & Fils confie votre demande à Camille R.');
    expect(await actOnThread(deps, tokens.company, 'message', { body: 'Encore moi' })).toMatchObject({ ok: false });
    const requesterThread = await openThread(deps, tokens.requester);
    expect('ambassador' in requesterThread && requesterThread.ambassador.public.displayName).toBe('Camille R.');
  });

  it('given a person not confirmed, a stranger, or the requester’s side, then nothing moves', async () => {
    const tokens = await sentToCompany();
    for (const path of [waiting.path, stranger.path, '59/nulle-part', ''])
      expect(await actOnThread(deps, tokens.company, 'entrust', { member: path })).toEqual({
        ok: false,
        errors: { member: 'Ambassadeur : choisissez l’un des membres confirmés de votre structure.' },
      });
    expect(await actOnThread(deps, tokens.requester, 'entrust', { member: member.path })).toMatchObject({ ok: false });
    const [row] = await database().db.query<{ ambassador_id: string }>('SELECT ambassador_id FROM requests');
    expect(row!.ambassador_id).toBe(company.id);
  });
});
