/**
 * The request workflow against the embedded Postgres with a clock moved by hand: the requester's
 * confirmation, the ambassador's answers, the relayed thread, the follow-up job (reminders,
 * escalation, expiry, feedback) with the exact mails each step produces, and the races.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { runFollowUp } from '../src/server/workflows/requests/follow-up.ts';
import { confirmRequest } from '../src/server/workflows/requests/confirm.ts';
import type { RequestDeps } from '../src/server/workflows/requests/deps.ts';
import { submitFeedback } from '../src/server/workflows/requests/feedback.ts';
import { reassignRequest } from '../src/server/workflows/requests/reassign.ts';
import { requestsOfTerritory } from '../src/server/workflows/requests/territory.ts';
import { submitRequest } from '../src/server/workflows/requests/submit.ts';
import { openThread } from '../src/server/workflows/requests/thread.ts';
import { actOnThread } from '../src/server/workflows/requests/thread-actions.ts';
import { makeReferents, makeSettings } from './fixtures.ts';
import { insertAmbassador, makeRequestInput, type AmbassadorFixture } from './support/ambassadors.ts';
import { manualClock, useTestDatabase } from './support/database.ts';
import { outbox, tokenIn, type OutboxMail } from './support/http.ts';

const DAY = 86_400_000;
const referents = makeReferents();
const database = useTestDatabase();
let deps: RequestDeps & { clock: ReturnType<typeof manualClock> };
let ambassador: AmbassadorFixture;

beforeEach(async () => {
  await database().db.query(
    'DELETE FROM requests; DELETE FROM ambassadors; DELETE FROM applications; DELETE FROM outbox; DELETE FROM link_tokens',
  );
  deps = { db: database().db, clock: manualClock(), settings: makeSettings(), siteUrl: 'https://ambassadeurs.example.org', referents };
  ambassador = await insertAmbassador(database().db, { displayName: 'Camille R.' });
});

const mails = () => outbox(database().db);
const mailsSince = async (before: number) => (await mails()).slice(before);
const templates = (list: OutboxMail[]) => list.map((m) => `${m.template} → ${m.recipient}`);
const status = async () => (await database().db.query<{ status: string }>('SELECT status FROM requests'))[0]?.status;

/** A request submitted and confirmed; returns the two thread tokens. */
async function sentRequest(overrides: Record<string, unknown> = {}): Promise<{ requester: string; ambassador: string }> {
  expect(await submitRequest(deps, makeRequestInput(ambassador.path, overrides))).toEqual({ ok: true });
  const confirm = (await mails()).filter((m) => m.template === 'confirm_request').at(-1);
  expect(await confirmRequest(deps, tokenIn(confirm))).toMatchObject({ ok: true });
  const all = await mails();
  return {
    requester: tokenIn(all.filter((m) => m.template === 'request_sent').at(-1)),
    ambassador: tokenIn(all.filter((m) => m.template === 'request_to_ambassador').at(-1)),
  };
}

const icsOf = (mail: OutboxMail & { attachments?: { content: string }[] }) =>
  Buffer.from(mail.attachments![0]!.content, 'base64').toString('utf8');
async function mailsWithAttachments() {
  return database().db.query<OutboxMail & { attachments: { content: string; contentType: string }[] | null }>(
    'SELECT template, recipient, subject, text, html, attachments FROM outbox ORDER BY seq',
  );
}

describe('request and confirmation', () => {
  it('given a new requester, then only a confirmation link is mailed; once confirmed, the ambassador gets the request and the requester the thread link', async () => {
    expect(await submitRequest(deps, makeRequestInput(ambassador.path))).toEqual({ ok: true });
    expect(templates(await mails())).toEqual(['confirm_request → louise.martin@example.org']);
    expect(await status()).toBe('awaiting_requester_confirmation');

    await confirmRequest(deps, tokenIn((await mails())[0]));
    expect(await status()).toBe('sent');
    const after = await mailsSince(1);
    expect(templates(after)).toEqual(['request_to_ambassador → ' + ambassador.email, 'request_sent → louise.martin@example.org']);
    // The ambassador's mail names the requester as they chose, never their address.
    expect(after[0]!.text).toContain('Louise Martin (Lycée Faidherbe)');
    expect(after[0]!.text + after[0]!.html).not.toContain('louise.martin@example.org');
    expect(after[1]!.text + after[1]!.html).not.toContain(ambassador.email);
  });

  it('given a confirmed address, then its next request to another ambassador waits for its own confirmation link; a second open request to the same one is refused by mail', async () => {
    await sentRequest();
    const other = await insertAmbassador(database().db, { displayName: 'Yanis B.' });
    const before = (await mails()).length;
    expect(await submitRequest(deps, makeRequestInput(other.path))).toEqual({ ok: true });
    expect(templates(await mailsSince(before))).toEqual(['confirm_request → louise.martin@example.org']);
    expect(await confirmRequest(deps, tokenIn((await mails()).at(-1)))).toMatchObject({ ok: true });
    expect(templates(await mailsSince(before + 1))).toEqual([
      `request_to_ambassador → ${other.email}`,
      'request_sent → louise.martin@example.org',
    ]);

    const again = (await mails()).length;
    expect(await submitRequest(deps, makeRequestInput(ambassador.path))).toEqual({ ok: true });
    expect(templates(await mailsSince(again))).toEqual(['request_already_open → louise.martin@example.org']);
    expect(Number((await database().db.query<{ n: string }>('SELECT count(*) AS n FROM requests'))[0]!.n)).toBe(2);
  });

  it('given a requester signed in with the same address (seam for a requester space), then the request goes straight to the ambassador; signed in with another address, it waits for the link', async () => {
    expect(
      await submitRequest(deps, makeRequestInput(ambassador.path), { signedInRequester: { email: 'Louise.Martin@example.org' } }),
    ).toEqual({ ok: true, straightToAmbassador: true });
    expect(templates(await mails())).toEqual([`request_to_ambassador → ${ambassador.email}`, 'request_sent → louise.martin@example.org']);
    const other = await insertAmbassador(database().db, { displayName: 'Yanis B.' });
    expect(await submitRequest(deps, makeRequestInput(other.path), { signedInRequester: { email: 'autre@example.org' } })).toEqual({
      ok: true,
    });
    expect(templates(await mailsSince(2))).toEqual(['confirm_request → louise.martin@example.org']);
  });

  it('given what the ambassador does not offer or a past slot, then a message by the field and nothing written', async () => {
    const result = await submitRequest(
      deps,
      makeRequestInput(ambassador.path, { intervention: 'forum', public: 'parents', slot1: '2026-11-01T10:00', department: '75' }),
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        department: 'Département : le réseau couvre 02, 59, 60, 62, 80. Pour un autre département, adressez-vous à sa Région.',
        intervention: 'Type d’intervention : choisissez parmi ceux que cet ambassadeur propose.',
        public: 'Public : choisissez parmi ceux auprès desquels cet ambassadeur intervient.',
        slot1: 'Créneau 1 : proposez une date à venir, au moins un jour à l’avance.',
      },
    });
    expect(await status()).toBeUndefined();
  });

  it('given a paused ambassador or one over capacity, then the request is refused with three similar available ambassadors, nearest first', async () => {
    const paused = await insertAmbassador(database().db, { paused: true });
    await insertAmbassador(database().db, { displayName: 'Loin', latitude: 49.9, longitude: 2.3 });
    await insertAmbassador(database().db, { displayName: 'Milieu', latitude: 50.3, longitude: 2.8 });
    await insertAmbassador(database().db, { displayName: 'Proche', latitude: 50.6, longitude: 3.1 });
    await insertAmbassador(database().db, { displayName: 'Autre secteur', sector: 'J', latitude: 50.63, longitude: 3.05 });
    await insertAmbassador(database().db, { displayName: 'En pause', paused: true, latitude: 50.63, longitude: 3.05 });
    const result = await submitRequest(deps, makeRequestInput(paused.path));
    expect(result).toMatchObject({ ok: false, unavailable: 'paused' });
    expect((result as { suggestions: { displayName: string }[] }).suggestions.map((s) => s.displayName)).toEqual([
      'Camille R.',
      'Proche',
      'Milieu',
    ]);

    const busy = await insertAmbassador(database().db, { capacity: 1, email: 'occupe@example.org' });
    await submitRequest(deps, makeRequestInput(busy.path, { email: 'premier@example.org' }));
    await confirmRequest(deps, tokenIn((await mails()).filter((m) => m.template === 'confirm_request').at(-1)));
    expect(await submitRequest(deps, makeRequestInput(busy.path, { email: 'second@example.org' }))).toMatchObject({
      ok: false,
      unavailable: 'capacity',
    });
  });
});

describe('yearly commitment (issue 11)', () => {
  it('given an ambassador offering 1 intervention a school year, when one request is accepted, then new requests are refused until 1 September, and suggestions leave them out', async () => {
    ambassador = await insertAmbassador(database().db, { displayName: 'Une par an', yearlyInterventions: 1 });
    // Sent but not yet accepted: it counts against the monthly capacity, not the yearly volume.
    const links = await sentRequest();
    expect(await submitRequest(deps, makeRequestInput(ambassador.path, { email: 'autre@example.org' }))).toEqual({ ok: true });
    expect(await actOnThread(deps, links.ambassador, 'accept', { slot: '1' })).toMatchObject({ ok: true });

    expect(await submitRequest(deps, makeRequestInput(ambassador.path, { email: 'troisieme@example.org' }))).toMatchObject({
      ok: false,
      unavailable: 'yearly',
    });
    // Asking someone else of the sector: the one whose year is full is not suggested.
    const paused = await insertAmbassador(database().db, { paused: true });
    const refused = await submitRequest(deps, makeRequestInput(paused.path, { email: 'quatrieme@example.org' }));
    expect(refused).toMatchObject({ ok: false, unavailable: 'paused' });
    expect((refused as { suggestions: { displayName: string }[] }).suggestions.map((s) => s.displayName)).not.toContain('Une par an');

    // 31 August 2027, 23:30 in Paris: still the school year 2026-2027.
    deps.clock.advance(Date.parse('2027-08-31T21:30:00Z') - deps.clock.now().getTime());
    const late = { email: 'cinquieme@example.org', slot1: '2027-09-20T14:00', slot2: '', slot3: '' };
    expect(await submitRequest(deps, makeRequestInput(ambassador.path, late))).toMatchObject({ ok: false, unavailable: 'yearly' });
    // 1 September 2027, 00:30 in Paris: a new school year, the ambassador can be asked again.
    deps.clock.advance(3_600_000);
    expect(await submitRequest(deps, makeRequestInput(ambassador.path, late))).toEqual({ ok: true });
  });

  it('given an ambassador with no yearly volume stated, then accepted requests never make them unavailable beyond the monthly capacity', async () => {
    const links = await sentRequest();
    expect(await actOnThread(deps, links.ambassador, 'accept', { slot: '1' })).toMatchObject({ ok: true });
    expect(await submitRequest(deps, makeRequestInput(ambassador.path, { email: 'autre@example.org' }))).toEqual({ ok: true });
  });
});

describe('answers in the thread', () => {
  it('given a sent request, when the ambassador accepts a slot, then both sides get the same calendar invitation; a second accept is refused without mail', async () => {
    const links = await sentRequest();
    const before = (await mails()).length;
    expect(await actOnThread(deps, links.ambassador, 'accept', { slot: '1' })).toMatchObject({ ok: true });
    const sent = (await mailsWithAttachments()).slice(before);
    expect(templates(sent)).toEqual(['request_accepted → louise.martin@example.org', `request_accepted → ${ambassador.email}`]);
    const [forRequester, forAmbassador] = sent.map((m) => icsOf(m as never));
    expect(forRequester).toBe(forAmbassador);
    expect(forRequester).toContain('DTSTART:20261124T090000Z'); // 24 Nov, 10:00 in Paris
    expect(forRequester).toMatch(/UID:demande-[0-9a-f-]{36}@ambassadeurs\.example\.org/);

    expect(await actOnThread(deps, links.ambassador, 'accept', { slot: '0' })).toEqual({
      ok: false,
      refused: 'Cette demande est déjà acceptée : rien n’a changé.',
    });
    expect(await actOnThread(deps, links.ambassador, 'decline', { body: 'Finalement non, désolé.' })).toMatchObject({
      ok: false,
      refused: expect.stringContaining('acceptée'),
    });
    expect((await mails()).length).toBe(before + 2);
  });

  it('given two accepts at the same instant, then one wins, the other gets a clear refusal, and no mail is doubled', async () => {
    const links = await sentRequest();
    const before = (await mails()).length;
    const results = await Promise.all([
      actOnThread(deps, links.ambassador, 'accept', { slot: '0' }),
      actOnThread(deps, links.ambassador, 'accept', { slot: '1' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, refused: 'Cette demande est déjà acceptée : rien n’a changé.' }]);
    expect(templates(await mailsSince(before))).toEqual([
      'request_accepted → louise.martin@example.org',
      `request_accepted → ${ambassador.email}`,
    ]);
  });

  it('given the ambassador proposes other slots, then only the requester can choose one', async () => {
    const links = await sentRequest();
    const before = (await mails()).length;
    expect(
      await actOnThread(deps, links.ambassador, 'propose', {
        slot1: '2026-12-01T09:00',
        slot2: '2026-12-02T09:00',
        body: 'Je suis en déplacement fin novembre.',
      }),
    ).toMatchObject({ ok: true });
    expect(templates(await mailsSince(before))).toEqual(['request_slots_proposed → louise.martin@example.org']);
    expect(await actOnThread(deps, links.ambassador, 'accept', { slot: '0' })).toEqual({
      ok: false,
      refused: 'Vous avez proposé d’autres créneaux : c’est à la personne de choisir.',
    });
    expect(await actOnThread(deps, links.requester, 'accept', { slot: '1' })).toMatchObject({ ok: true });
    const [row] = await database().db.query<{ accepted_start: Date }>('SELECT accepted_start FROM requests');
    expect(row!.accepted_start.toISOString()).toBe('2026-12-02T08:00:00.000Z');
  });

  it('given a decline, then the requester gets the personal message and similar ambassadors, those of the requester’s département first', async () => {
    const links = await sentRequest({ department: '80' });
    await insertAmbassador(database().db, { displayName: 'Yanis B.' });
    await insertAmbassador(database().db, { displayName: 'Lina S.', department: '80', latitude: 49.89, longitude: 2.3 });
    expect(await actOnThread(deps, links.ambassador, 'decline', { body: 'Court' })).toEqual({
      ok: false,
      errors: { body: 'Message : quelques mots pour la personne (10 caractères au moins).' },
    });
    expect(await actOnThread(deps, links.ambassador, 'decline', { body: 'Je change de poste en décembre, désolée !' })).toMatchObject({
      ok: true,
    });
    const declined = (await mails()).at(-1)!;
    expect(declined.template).toBe('request_declined');
    expect(declined.text).toContain('Je change de poste en décembre, désolée !');
    expect(declined.text).toContain('Yanis B., Technicienne de maintenance : https://ambassadeurs.example.org/ambassadeurs/59/');
    // Lina S. lives far from the ambassador asked but intervenes in the Somme, where the requester is.
    expect(declined.text.indexOf('Lina S.')).toBeLessThan(declined.text.indexOf('Yanis B.'));
    expect(declined.text.indexOf('Lina S.')).toBeGreaterThan(-1);
    expect(await status()).toBe('declined');
  });

  it('given the intervention’s commune, then the similar ambassadors whose zone covers it come first, then the others of its département, then the nearest', async () => {
    // Arras (62041): a 20 km radius around it covers it (far from the ambassador asked); a radius around Calais is in its département only; the nearest is in the Nord.
    const links = await sentRequest({ department: '62', commune: 'Arras 62000' });
    expect((await database().db.query('SELECT requester_commune FROM requests'))[0]).toEqual({ requester_commune: '62041' });
    await insertAmbassador(database().db, { displayName: 'Nord', latitude: 50.62, longitude: 3.04 });
    await insertAmbassador(database().db, {
      displayName: 'Côte',
      department: '62',
      zoneCommunes: ['62193'],
      latitude: 50.95,
      longitude: 1.86,
    });
    await insertAmbassador(database().db, {
      displayName: 'Rayon Arras',
      department: '62',
      zoneCommunes: ['62041', '62065'],
      latitude: 50.96,
      longitude: 1.84,
    });
    expect(await actOnThread(deps, links.ambassador, 'decline', { body: 'Je change de poste en décembre, désolée !' })).toMatchObject({
      ok: true,
    });
    const text = (await mails()).at(-1)!.text;
    const order = ['Rayon Arras', 'Côte', 'Nord'].map((name) => text.indexOf(name));
    expect(order.every((i) => i > -1)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('given a commune outside the chosen département or unknown, then a message by the field and nothing written', async () => {
    for (const commune of ['62041', 'Atlantide 99999']) {
      const result = await submitRequest(deps, makeRequestInput(ambassador.path, { department: '59', commune }));
      expect(result).toEqual({
        ok: false,
        errors: { commune: expect.stringMatching(/^Commune : « .+ » introuvable dans le département choisi/) },
      });
    }
    expect(await database().db.query('SELECT id FROM requests')).toEqual([]);
  });

  it('given messages both ways, then each notifies the other side by link; an individual under 18 has contact details masked', async () => {
    const links = await sentRequest({
      requesterKind: 'individual',
      organisationName: '',
      role: '',
      uai: '',
      age: '16',
      email: 'lea@example.org',
      name: 'Léa',
      situation: 'pupil',
    });
    const before = (await mails()).length;
    await actOnThread(deps, links.requester, 'message', {
      body: 'Bonjour, vous pouvez m’écrire à lea.perso@example.org ou au 06 12 34 56 78.',
    });
    await actOnThread(deps, links.ambassador, 'message', { body: 'Bonjour Léa, répondons-nous ici.' });
    expect(templates(await mailsSince(before))).toEqual([`request_message → ${ambassador.email}`, 'request_message → lea@example.org']);
    const thread = await openThread(deps, links.ambassador);
    expect('messages' in thread && thread.messages.map((m) => [m.author, m.body])).toEqual([
      ['requester', 'Bonjour, vous pouvez m’écrire à [coordonnées masquées] ou au [coordonnées masquées].'],
      ['ambassador', 'Bonjour Léa, répondons-nous ici.'],
    ]);
  });

  it('given a declined, a cancelled or an expired request, when either side writes, then the message is refused and nobody is mailed', async () => {
    const declined = await sentRequest();
    await actOnThread(deps, declined.ambassador, 'decline', { body: 'Je change de poste en décembre, désolée !' });
    const cancelled = await sentRequest({ email: 'annule@example.org' });
    await actOnThread(deps, cancelled.requester, 'cancel', {});
    const expired = await sentRequest({ email: 'expire@example.org' });
    await database().db.query(`UPDATE requests SET status = 'expired' WHERE lower(requester_email) = 'expire@example.org'`);
    const before = (await mails()).length;

    for (const [links, label] of [
      [declined, 'déclinée'],
      [cancelled, 'annulée'],
      [expired, 'expirée sans réponse'],
    ] as const) {
      for (const token of [links.requester, links.ambassador]) {
        expect(await actOnThread(deps, token, 'message', { body: 'Toujours là ?' })).toEqual({
          ok: false,
          refused: `Cette demande est ${label} : on ne peut plus y écrire.`,
        });
      }
    }
    expect(await mailsSince(before)).toEqual([]);
    expect(await database().db.query(`SELECT 1 FROM messages WHERE body = 'Toujours là ?'`)).toEqual([]);
  });

  it('given a requester under 18, then contact details are masked in every free text of the request and in what the ambassador writes to them', async () => {
    const links = await sentRequest({
      requesterKind: 'individual',
      organisationName: 'Club lea.club@example.org',
      role: 'Élève, 06 12 34 56 78',
      uai: '',
      age: '16',
      email: 'lea@example.org',
      name: 'Léa',
      situation: 'pupil',
      accompaniedBy: 'Ma mère, au 06 98 76 54 32',
    });
    const [row] = await database().db.query<Record<string, string>>(
      'SELECT requester_role, organisation_name, accompanied_by FROM requests',
    );
    expect(row).toEqual({
      requester_role: 'Élève, [coordonnées masquées]',
      organisation_name: 'Club [coordonnées masquées]',
      accompanied_by: 'Ma mère, au [coordonnées masquées]',
    });
    const toAmbassador = (await mails()).find((m) => m.template === 'request_to_ambassador')!;
    expect(toAmbassador.text + toAmbassador.html).not.toMatch(/@example\.org|06 12|06 98/);

    await actOnThread(deps, links.ambassador, 'message', { body: 'Appelle-moi au 07 11 22 33 44, ce sera plus simple.' });
    await actOnThread(deps, links.ambassador, 'decline', { body: 'Écris-moi plutôt à camille.perso@example.org pour en parler.' });
    const declined = (await mails()).at(-1)!;
    expect(declined.template).toBe('request_declined');
    expect(declined.text).toContain('Écris-moi plutôt à [coordonnées masquées] pour en parler.');
    const thread = await openThread(deps, links.requester);
    expect('messages' in thread && thread.messages.map((m) => m.body)).toEqual([
      'Appelle-moi au [coordonnées masquées], ce sera plus simple.',
      'Écris-moi plutôt à [coordonnées masquées] pour en parler.',
    ]);
  });

  it('given an accepted request, when moved then cancelled, then updated and cancelling invitations keep the UID with a growing sequence', async () => {
    const links = await sentRequest();
    await actOnThread(deps, links.ambassador, 'accept', { slot: '0' });
    await actOnThread(deps, links.requester, 'reschedule', { slot1: '2026-11-21T15:00' });
    await actOnThread(deps, links.requester, 'cancel', { body: 'La sortie est annulée.' });
    const calendars = (await mailsWithAttachments()).filter((m) => m.attachments).map((m) => [m.template, icsOf(m as never)] as const);
    expect(calendars.map(([t]) => t)).toEqual([
      'request_accepted',
      'request_accepted',
      'request_rescheduled',
      'request_rescheduled',
      'request_cancelled',
      'request_cancelled',
    ]);
    const uids = new Set(calendars.map(([, ics]) => /UID:(.+)/.exec(ics)![1]));
    expect(uids.size).toBe(1);
    expect(calendars.map(([, ics]) => /SEQUENCE:(\d+)/.exec(ics)![1])).toEqual(['0', '0', '1', '1', '2', '2']);
    expect(calendars[2]![1]).toContain('DTSTART:20261121T140000Z');
    expect(calendars[4]![1]).toContain('METHOD:CANCEL');
    expect(await status()).toBe('cancelled');
  });

  it('given a referent of the département reassigns a request, then the first ambassador’s link stops working and the new one is asked', async () => {
    const links = await sentRequest();
    const other = await insertAmbassador(database().db, { displayName: 'Yanis B.' });
    expect(
      await reassignRequest(deps, referents[1]!, (await database().db.query<{ id: string }>('SELECT id FROM requests'))[0]!.id, other.path),
    ).toMatchObject({
      ok: false,
      refused: 'Cette demande ne relève pas de vos départements.',
    });
    const id = (await database().db.query<{ id: string }>('SELECT id FROM requests'))[0]!.id;
    const before = (await mails()).length;
    expect(await reassignRequest(deps, referents[0]!, id, other.path)).toMatchObject({ ok: true });
    expect(templates(await mailsSince(before))).toEqual([
      `request_to_ambassador → ${other.email}`,
      'request_reassigned → louise.martin@example.org',
    ]);
    expect(await openThread(deps, links.ambassador)).toEqual({ ok: false, reason: 'unknown' });
    expect(await actOnThread(deps, links.ambassador, 'accept', { slot: '0' })).toMatchObject({ ok: false });
    expect(await actOnThread(deps, tokenIn((await mails()).at(-2)), 'accept', { slot: '0' })).toMatchObject({ ok: true });
  });

  it('given slots proposed and messages exchanged, when a referent reassigns, then the new ambassador gets the requester’s own slots and none of the earlier exchange, and the requester sees each message under its writer’s name', async () => {
    const links = await sentRequest();
    await actOnThread(deps, links.ambassador, 'message', { body: 'Je regarde mon agenda.' });
    await actOnThread(deps, links.ambassador, 'propose', { slot1: '2026-12-01T09:00' });
    await actOnThread(deps, links.requester, 'message', { body: 'Le 1er décembre est difficile pour nous.' });
    const other = await insertAmbassador(database().db, { displayName: 'Yanis B.' });
    const id = (await database().db.query<{ id: string }>('SELECT id FROM requests'))[0]!.id;

    expect(await reassignRequest(deps, referents[0]!, id, other.path)).toMatchObject({ ok: true });
    const newAmbassador = tokenIn((await mails()).filter((m) => m.template === 'request_to_ambassador').at(-1));
    await actOnThread(deps, newAmbassador, 'message', { body: 'Bonjour, je prends le relais.' });

    const forNew = await openThread(deps, newAmbassador);
    expect('request' in forNew && forNew.request.slots).toEqual(['2026-11-20T13:00:00.000Z', '2026-11-24T09:00:00.000Z']);
    expect('request' in forNew && forNew.request.awaiting).toBe('ambassador');
    expect('messages' in forNew && forNew.messages.map((m) => [m.authorName, m.body])).toEqual([
      ['Yanis B.', 'Bonjour, je prends le relais.'],
    ]);
    const forRequester = await openThread(deps, links.requester);
    expect('messages' in forRequester && forRequester.messages.map((m) => [m.author, m.authorName, m.body])).toEqual([
      ['ambassador', 'Camille R.', 'Je regarde mon agenda.'],
      ['requester', 'Louise Martin', 'Le 1er décembre est difficile pour nous.'],
      ['ambassador', 'Yanis B.', 'Bonjour, je prends le relais.'],
    ]);
    expect(await actOnThread(deps, newAmbassador, 'accept', { slot: '0' })).toMatchObject({ ok: true });
    const [row] = await database().db.query<{ accepted_start: Date }>('SELECT accepted_start FROM requests');
    expect(row!.accepted_start.toISOString()).toBe('2026-11-20T13:00:00.000Z');
  });
});

describe('a request beyond the ambassador’s département (zones of intervention, issue 11)', () => {
  it('given an intervention in the Pas-de-Calais asked of a Nord ambassador, then both départements’ referents are told at escalation, list it and may reassign it', async () => {
    await sentRequest({ department: '62' });
    const [{ id }] = (await database().db.query<{ id: string }>('SELECT id FROM requests')) as [{ id: string }];
    for (const referent of referents) expect((await requestsOfTerritory(database().db, referent)).map((r) => r.id)).toEqual([id]);
    deps.clock.advance(10 * DAY);
    const before = (await mails()).length;
    await runFollowUp(deps);
    const escalations = (await mailsSince(before)).filter((m) => m.template === 'request_escalated');
    expect(escalations.map((m) => m.recipient).sort()).toEqual(['claire@example.org', 'sophie@example.org']);
    expect(escalations[0]!.subject).toBe('Demande sans réponse depuis 10 jours (62)');
    const other = await insertAmbassador(database().db, { displayName: 'Yanis B.', department: '62' });
    expect(await reassignRequest(deps, referents[1]!, id, other.path)).toMatchObject({ ok: true });
    // A referent of neither département sees nothing of it.
    const somme = { ...referents[0]!, departments: ['80'] };
    expect(await requestsOfTerritory(database().db, somme)).toEqual([]);
    expect(await reassignRequest(deps, somme, id, other.path)).toMatchObject({
      refused: 'Cette demande ne relève pas de vos départements.',
    });
  });
});

describe('follow-up job', () => {
  it('given no answer, then reminders at day 3 and 7, escalation at day 10 with suggestions, expiry at day 15, each mail once even when run twice at once', async () => {
    await insertAmbassador(database().db, { displayName: 'Yanis B.' });
    await sentRequest();
    const run = () => runFollowUp(deps);
    const step = async (days: number) => {
      deps.clock.advance(days * DAY);
      const before = (await mails()).length;
      const reports = await Promise.all([run(), run()]);
      return { reports, sent: templates(await mailsSince(before)) };
    };

    expect((await step(2)).sent).toEqual([]);
    expect((await step(1)).sent).toEqual([`request_reminder → ${ambassador.email}`]);
    expect((await step(3)).sent).toEqual([]);
    const seventh = await step(1);
    expect(seventh.sent).toEqual([`request_reminder → ${ambassador.email}`]);
    expect(seventh.reports.map((r) => r.reminders).sort()).toEqual([0, 1]);
    const tenth = await step(3);
    expect(tenth.sent).toEqual(['request_escalated → claire@example.org', 'request_no_answer_yet → louise.martin@example.org']);
    const escalation = (await mails()).find((m) => m.template === 'request_escalated')!;
    expect(escalation.text).toContain('sans réponse depuis 10 jours');
    expect(escalation.text).toContain('Yanis B.');
    expect((await step(4)).sent).toEqual([]);
    expect((await step(1)).sent).toEqual(['request_expired → louise.martin@example.org', `request_expired → ${ambassador.email}`]);
    expect(await status()).toBe('expired');
    expect((await step(1)).sent).toEqual([]);
  });

  it('given an accepted request whose date has passed, then it is done and both sides get a feedback link that works once', async () => {
    const links = await sentRequest();
    await actOnThread(deps, links.ambassador, 'accept', { slot: '0' }); // 20 Nov 14:00, 90 minutes
    deps.clock.now = () => new Date('2026-11-20T14:20:00Z');
    expect((await runFollowUp(deps)).completed).toBe(0);
    deps.clock.now = () => new Date('2026-11-20T14:40:00Z');
    const before = (await mails()).length;
    expect((await runFollowUp(deps)).completed).toBe(1);
    const feedback = await mailsSince(before);
    expect(templates(feedback)).toEqual(['request_feedback → louise.martin@example.org', `request_feedback → ${ambassador.email}`]);
    expect(await status()).toBe('done');

    const token = tokenIn(feedback[0]);
    expect(await submitFeedback(deps, token, { satisfaction: '7' })).toEqual({
      ok: false,
      errors: { satisfaction: 'Satisfaction : choisissez une note de 1 à 5.' },
    });
    expect(await submitFeedback(deps, token, { satisfaction: '5', youngPeopleReached: '27', comment: 'Très concret.' })).toMatchObject({
      ok: true,
    });
    expect(await submitFeedback(deps, token, { satisfaction: '1' })).toEqual({
      ok: false,
      refused: 'Merci, votre avis est déjà enregistré.',
    });
    expect(await database().db.query('SELECT side, satisfaction, young_people_reached FROM feedback')).toEqual([
      { side: 'requester', satisfaction: 5, young_people_reached: 27 },
    ]);
  });

  it('given a request never confirmed, then it is deleted after 7 days', async () => {
    await submitRequest(deps, makeRequestInput(ambassador.path));
    deps.clock.advance(8 * DAY);
    expect((await runFollowUp(deps)).purged).toBe(1);
    expect(await status()).toBeUndefined();
  });
});
