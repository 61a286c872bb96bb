/**
 * « Mes demandes » through its handlers with real Requests against the embedded Postgres: the
 * sign-in link for any address with the same answer, the session and its first sign-in, the
 * list of the address's own requests (case aside) and the way into each thread, a request sent
 * while signed in that needs no confirmation, the sign-out; and the request form's new fields
 * (situation, sex, age bracket, level), stored for the figures and never shown to the ambassador.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { confirmRequestHandler, requestFormHandler, threadHandler } from '../src/server/handlers/requests.ts';
import {
  myRequestsHandler,
  requesterLinkHandler,
  requesterSessionHandler,
  requesterSignOutHandler,
  requesterThreadHandler,
} from '../src/server/handlers/requester-space.ts';
import { anonymiseRequests } from '../src/server/records/anonymise.ts';
import type { RequestDeps } from '../src/server/workflows/requests/deps.ts';
import { makeSettings } from './fixtures.ts';
import { insertAmbassador, makeRequestInput, type AmbassadorFixture } from './support/ambassadors.ts';
import { manualClock, useTestDatabase } from './support/database.ts';
import { mainText, parseHtml, titleOf } from './support/html.ts';
import { SITE, cookieFrom, formPost, get, outbox, tokenIn } from './support/http.ts';

const database = useTestDatabase();
let deps: RequestDeps & { clock: ReturnType<typeof manualClock> };
let camille: AmbassadorFixture;
let yanis: AmbassadorFixture;

beforeEach(async () => {
  await database().db.query(
    `DELETE FROM requests; DELETE FROM requesters; DELETE FROM ambassadors; DELETE FROM applications; DELETE FROM outbox;
     DELETE FROM link_tokens; DELETE FROM sessions; DELETE FROM rate_limits`,
  );
  deps = { db: database().db, clock: manualClock(), settings: makeSettings(), siteUrl: SITE, referents: [] };
  camille = await insertAmbassador(database().db, { displayName: 'Camille R.' });
  yanis = await insertAmbassador(database().db, { displayName: 'Yanis B.' });
});

const provider = async () => deps;
const db = () => database().db;
const mails = () => outbox(db());
const lastMail = async (template: string) => (await mails()).filter((m) => m.template === template).at(-1);
const askLink = (email: string, ip = '198.51.100.7') =>
  requesterLinkHandler(provider)(formPost('/api/demandes/mes-demandes/lien', { email }), { ip });
/** Posts the request form; each a minute after the last, so that requests keep their order. */
function sendForm(input: Record<string, unknown>, cookie?: string): Promise<Response> {
  deps.clock.advance(60_000);
  return requestFormHandler(provider)(formPost('/api/demandes', input, cookie ? { cookie } : {}));
}
const statuses = async () =>
  (await db().query<{ status: string }>('SELECT status FROM requests ORDER BY created_at, id')).map((r) => r.status);

/** Asks for a link with `email`, uses it, and returns the session cookie. */
async function signIn(email: string): Promise<string> {
  await askLink(email);
  const link = await lastMail('requester_sign_in');
  const opened = await requesterSessionHandler(provider)(formPost('/api/demandes/mes-demandes/session', { jeton: tokenIn(link) }));
  expect(opened.status).toBe(303);
  return cookieFrom(opened);
}

/** A request made and confirmed by its link, signed out. */
async function confirmedRequest(path: string, overrides: Record<string, unknown> = {}): Promise<void> {
  await sendForm(makeRequestInput(path, overrides));
  await confirmRequestHandler(provider)(formPost('/api/demandes/confirmer', { jeton: tokenIn(await lastMail('confirm_request')) }));
}

describe('signing in to « Mes demandes »', () => {
  it('given any address, with or without requests or even malformed, then the same answer; a link goes to each real address', async () => {
    await confirmedRequest(camille.path);
    const answers = await Promise.all(
      ['louise.martin@example.org', 'jamais-venu@example.org', 'pas-une-adresse'].map(async (email, i) => {
        const response = await askLink(email, `203.0.113.${i + 1}`);
        expect(response.status).toBe(200);
        return mainText(await response.text());
      }),
    );
    expect(new Set(answers).size).toBe(1);
    expect((await mails()).filter((m) => m.template === 'requester_sign_in').map((m) => m.recipient)).toEqual([
      'louise.martin@example.org',
      'jamais-venu@example.org',
    ]);
    // Nothing is kept about an address that only asked for a link.
    expect(await db().query(`SELECT 1 FROM requesters WHERE email = 'jamais-venu@example.org'`)).toEqual([]);
  });

  it('given one client asking again and again for one address, then the link form’s limits hold', async () => {
    for (let i = 0; i < 5; i++) expect((await askLink('louise.martin@example.org')).status).toBe(200);
    expect((await mails()).filter((m) => m.template === 'requester_sign_in')).toHaveLength(3);
  });

  it('given the link, then GET shows a button, POST opens a session on /api/demandes once, and the first sign-in is kept', async () => {
    await confirmedRequest(camille.path);
    await askLink('Louise.Martin@example.org');
    const token = tokenIn(await lastMail('requester_sign_in'));
    const session = requesterSessionHandler(provider);
    const button = await session(get(`/api/demandes/mes-demandes/session?jeton=${token}`));
    expect(parseHtml(await button.text()).querySelector('main form button')?.text).toBe('Voir mes demandes');

    const opened = await session(formPost('/api/demandes/mes-demandes/session', { jeton: token }));
    expect(opened.status).toBe(303);
    expect(opened.headers.get('Location')).toBe('/api/demandes/mes-demandes');
    const setCookie = opened.headers.get('Set-Cookie')!;
    expect(setCookie).toMatch(/^session_demandeur=[\w-]{43}; Path=\/api\/demandes; HttpOnly; SameSite=Strict; Max-Age=3600; Secure$/);
    expect((await session(formPost('/api/demandes/mes-demandes/session', { jeton: token }))).status).toBe(410);

    const first = deps.clock.now();
    const [row] = await db().query<{ signed_in_at: Date }>(`SELECT signed_in_at FROM requesters WHERE email = 'louise.martin@example.org'`);
    expect(row!.signed_in_at).toEqual(first);
    // The session names the pseudonymous requester, never the address.
    expect(await db().query(`SELECT 1 FROM sessions WHERE kind = 'requester' AND subject LIKE '%@%'`)).toEqual([]);

    deps.clock.advance(2 * 86_400_000);
    await signIn('louise.martin@example.org');
    const [again] = await db().query<{ signed_in_at: Date }>(
      `SELECT signed_in_at FROM requesters WHERE email = 'louise.martin@example.org'`,
    );
    expect(again!.signed_in_at).toEqual(first);
  });

  it('given an address that never made a request, then signing in creates its requester, counted as signed in', async () => {
    const signedIn = async () =>
      Number((await db().query<{ n: string }>('SELECT count(*) AS n FROM requesters WHERE signed_in_at IS NOT NULL'))[0]!.n);
    await confirmedRequest(camille.path);
    expect(await signedIn()).toBe(0);
    const cookie = await signIn('nouvelle@example.org');
    expect(await signedIn()).toBe(1);
    const html = await (await myRequestsHandler(provider)(get('/api/demandes/mes-demandes', cookie))).text();
    expect(mainText(html)).toContain('Aucune demande n’a été faite avec cette adresse.');
  });
});

describe('the list of my requests', () => {
  it('given requests from one address in two cases and another address’s, then only that address’s, each with its state and ambassador', async () => {
    await confirmedRequest(camille.path, { email: 'Louise.Martin@Example.org' });
    await sendForm(makeRequestInput(yanis.path, { email: 'louise.martin@example.org' }));
    await confirmedRequest(yanis.path, { email: 'autre@example.org', name: 'Paul Autre', organisationName: 'Collège Autre' });
    const cookie = await signIn('LOUISE.MARTIN@example.org');
    const response = await myRequestsHandler(provider)(get('/api/demandes/mes-demandes', cookie));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(titleOf(html)).toBe('Mes demandes – Réseau des ambassadeurs métiers');
    const items = parseHtml(html)
      .querySelectorAll('main li')
      .map((li) => li.text.replace(/\s+/g, ' '));
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('Intervention en classe – Yanis B.');
    expect(items[0]).toContain('En attente de la confirmation du demandeur');
    expect(items[1]).toContain('Intervention en classe – Camille R.');
    expect(items[1]).toContain('Envoyée, en attente de réponse');
    expect(html).not.toContain('Collège Autre');
    expect(mainText(html)).toContain('Vous êtes connecté avec l’adresse louise.martin@example.org.');

    // Anonymised (its ambassador left, or retention): no longer listed.
    await anonymiseRequests(db(), deps.clock.now(), 'ambassador_id = $1', [yanis.id]);
    const after = await (await myRequestsHandler(provider)(get('/api/demandes/mes-demandes', cookie))).text();
    expect(parseHtml(after).querySelectorAll('main li')).toHaveLength(1);
  });

  it('given my request, then its link opens my side of the thread; another address’s request, or none, is 404', async () => {
    await confirmedRequest(camille.path);
    await confirmedRequest(yanis.path, { email: 'autre@example.org' });
    const [mine, theirs] = await db().query<{ id: string }>('SELECT id FROM requests ORDER BY created_at, id');
    const cookie = await signIn('louise.martin@example.org');
    const list = await (await myRequestsHandler(provider)(get('/api/demandes/mes-demandes', cookie))).text();
    const href = parseHtml(list).querySelector('main li h3 a')!.getAttribute('href')!;
    expect(href).toBe(`/api/demandes/mes-demandes/fil?demande=${mine!.id}`);

    const redirect = await requesterThreadHandler(provider)(get(href, cookie));
    expect(redirect.status).toBe(303);
    const thread = await threadHandler(provider)(get(redirect.headers.get('Location')!));
    const html = await thread.text();
    expect(titleOf(html)).toBe('Intervention en classe – Camille R. – Réseau des ambassadeurs métiers');
    expect(html).toContain('Annuler la demande');
    expect(html).not.toContain('Accepter ce créneau');

    for (const id of [theirs!.id, '00000000-0000-4000-8000-000000000000', 'pas-un-id']) {
      const response = await requesterThreadHandler(provider)(get(`/api/demandes/mes-demandes/fil?demande=${id}`, cookie));
      expect(response.status).toBe(404);
      expect(titleOf(await response.text())).toBe('Demande introuvable – Réseau des ambassadeurs métiers');
    }
  });

  it('given no session, then the list and the thread ask to sign in (401)', async () => {
    expect((await myRequestsHandler(provider)(get('/api/demandes/mes-demandes'))).status).toBe(401);
    expect((await myRequestsHandler(provider)(get('/api/demandes/mes-demandes', 'session_demandeur=faux'))).status).toBe(401);
    expect((await requesterThreadHandler(provider)(get('/api/demandes/mes-demandes/fil?demande=x'))).status).toBe(401);
  });
});

describe('a request made while signed in', () => {
  it('given the session’s address, then the form is filled with it and the request goes straight to the ambassador', async () => {
    const cookie = await signIn('louise.martin@example.org');
    const before = (await mails()).length;
    const formPage = await requestFormHandler(provider)(get(`/api/demandes?ambassadeur=${encodeURIComponent(camille.path)}`, cookie));
    expect(
      parseHtml(await formPage.text())
        .getElementById('email')
        ?.getAttribute('value'),
    ).toBe('louise.martin@example.org');

    const response = await sendForm(makeRequestInput(camille.path, { email: 'Louise.Martin@example.org' }), cookie);
    expect(response.status).toBe(200);
    expect(titleOf(await response.text())).toBe('Demande transmise – Réseau des ambassadeurs métiers');
    expect(await statuses()).toEqual(['sent']);
    expect((await mails()).slice(before).map((m) => `${m.template} → ${m.recipient}`)).toEqual([
      `request_to_ambassador → ${camille.email}`,
      'request_sent → Louise.Martin@example.org',
    ]);
  });

  it('given no session, or another address typed, then the request still waits for its confirmation link', async () => {
    const signedOut = await sendForm(makeRequestInput(camille.path));
    expect(titleOf(await signedOut.text())).toBe('Vérifiez votre messagerie – Réseau des ambassadeurs métiers');
    const cookie = await signIn('quelquun@example.org');
    await sendForm(makeRequestInput(yanis.path), cookie);
    expect(await statuses()).toEqual(['awaiting_requester_confirmation', 'awaiting_requester_confirmation']);
    expect((await mails()).filter((m) => m.template === 'confirm_request')).toHaveLength(2);
    expect((await mails()).filter((m) => m.template === 'request_to_ambassador')).toHaveLength(0);
  });

  it('given a sign-out, then the cookie is cleared, the list asks to sign in again and a new request needs its link', async () => {
    const cookie = await signIn('louise.martin@example.org');
    const out = await requesterSignOutHandler(provider)(formPost('/api/demandes/mes-demandes/deconnexion', {}, { cookie }));
    expect(out.status).toBe(200);
    expect(out.headers.get('Set-Cookie')).toMatch(/^session_demandeur=; Path=\/api\/demandes; HttpOnly; SameSite=Strict; Max-Age=0/);
    expect(titleOf(await out.text())).toBe('Vous êtes déconnecté – Réseau des ambassadeurs métiers');
    expect((await myRequestsHandler(provider)(get('/api/demandes/mes-demandes', cookie))).status).toBe(401);
    await sendForm(makeRequestInput(camille.path), cookie);
    expect(await statuses()).toEqual(['awaiting_requester_confirmation']);
  });
});

describe('the request form’s new fields', () => {
  const individual = {
    requesterKind: 'individual',
    name: 'Léa Durand',
    email: 'lea@example.org',
    role: '',
    organisationName: '',
    uai: '',
    age: '17',
    situation: 'apprentice',
    sex: 'female',
    level: 'voie_pro_cap_bac_pro',
  };

  it('given an individual, then the bracket, situation, sex and level are stored, and neither the ambassador’s mail nor thread shows the first three', async () => {
    await confirmedRequest(camille.path, individual);
    const [row] = await db().query<Record<string, unknown>>(
      'SELECT requester_age_bracket, requester_situation, requester_sex, level, requester_minor FROM requests',
    );
    expect(row).toEqual({
      requester_age_bracket: '16_17',
      requester_situation: 'apprentice',
      requester_sex: 'female',
      level: 'voie_pro_cap_bac_pro',
      requester_minor: true,
    });
    const toAmbassador = (await lastMail('request_to_ambassador'))!;
    const thread = await (await threadHandler(provider)(get(`/api/demandes/fil?jeton=${tokenIn(toAmbassador)}`))).text();
    expect(mainText(thread)).toContain('Voie professionnelle : CAP ou bac pro');
    for (const shown of [toAmbassador.text, toAmbassador.html, mainText(thread)]) {
      expect(shown).not.toMatch(/Apprenti|apprentice|Femme|female|16 à 17|16_17|17 ans/);
    }
  });

  it('given a school that filled the individual’s fields, then none of them is kept', async () => {
    await confirmedRequest(camille.path, { age: '40', situation: 'employed', sex: 'male' });
    const [row] = await db().query<Record<string, unknown>>(
      'SELECT requester_age_bracket, requester_situation, requester_sex FROM requests',
    );
    expect(row).toEqual({ requester_age_bracket: null, requester_situation: null, requester_sex: null });
  });

  it('given an individual without a situation, then 422 with the message by the field and nothing written', async () => {
    const response = await sendForm(makeRequestInput(camille.path, { ...individual, situation: '' }));
    expect(response.status).toBe(422);
    expect(parseHtml(await response.text()).getElementById('erreur-situation')?.text).toBe(
      'Votre situation : champ obligatoire pour une demande à titre personnel.',
    );
    expect(await statuses()).toEqual([]);
  });

  it('given anonymisation, then a level from the list is kept and a level typed freely before the list is removed, shown as typed until then', async () => {
    await confirmedRequest(camille.path);
    await confirmedRequest(yanis.path);
    const [, old] = await db().query<{ id: string }>('SELECT id FROM requests ORDER BY created_at, id');
    await db().query(`UPDATE requests SET level = '2de bac pro' WHERE id = $1`, [old!.id]);
    const oldThread = await (
      await threadHandler(provider)(get(`/api/demandes/fil?jeton=${tokenIn(await lastMail('request_to_ambassador'))}`))
    ).text();
    expect(mainText(oldThread)).toContain('Lycéens, 2de bac pro, 28 participants');

    await anonymiseRequests(db(), deps.clock.now(), 'true', []);
    const levels = await db().query<{ level: string | null }>('SELECT level FROM requests ORDER BY created_at, id');
    expect(levels).toEqual([{ level: 'lycee_seconde' }, { level: null }]);
  });
});
