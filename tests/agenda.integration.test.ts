/**
 * The ambassador's agenda (« Gérer mon profil » › Mon agenda) through the function handlers, on
 * the embedded Postgres with a clock moved by hand: requests in every state sorted into their
 * sections, the load of the last 30 days, and the threads and feedback forms opened from the
 * session — only for the requests of the ambassador's current assignment.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fileSystemWriter } from '../src/server/content/writer.ts';
import type { AppDeps } from '../src/server/deps.ts';
import { feedbackHandler, requestFormHandler, threadHandler } from '../src/server/handlers/requests.ts';
import {
  manageLinkRequestHandler,
  profileAgendaHandler,
  profileSessionHandler,
  profileSpaceHandler,
  spaceFeedbackHandler,
  spaceThreadHandler,
} from '../src/server/handlers/self-service.ts';
import type { Referent } from '../src/server/referents.ts';
import { makeSettings } from './fixtures.ts';
import { insertAmbassador, type AmbassadorFixture } from './support/ambassadors.ts';
import { manualClock, useTestDatabase } from './support/database.ts';
import { mainText, parseHtml } from './support/html.ts';
import { SITE, cookieFrom, formPost, get, outbox, tokenIn } from './support/http.ts';

const database = useTestDatabase();
let deps: AppDeps & { referents: Referent[]; clock: ReturnType<typeof manualClock> };
let ambassador: AmbassadorFixture;
let other: AmbassadorFixture;

beforeEach(async () => {
  await database().db.query(
    'DELETE FROM requests; DELETE FROM ambassadors; DELETE FROM applications; DELETE FROM outbox; DELETE FROM link_tokens; DELETE FROM sessions; DELETE FROM rate_limits',
  );
  deps = {
    db: database().db,
    // Monday 2 November 2026, 10:00 in Paris.
    clock: manualClock('2026-11-02T09:00:00Z'),
    settings: makeSettings({ answerDeadlineDays: 10 }),
    siteUrl: SITE,
    content: fileSystemWriter(mkdtempSync(join(tmpdir(), 'agenda-'))),
    referents: [],
  };
  ambassador = await insertAmbassador(database().db, { displayName: 'Camille R.', capacity: 8 });
  other = await insertAmbassador(database().db, { displayName: 'Yanis B.' });
});

const provider = async () => deps;
let requesters = 0;

/** A request straight in the table, in the state given (dates as instants). */
async function insertRequest(
  ambassadorId: string,
  r: {
    status: string;
    awaiting?: 'ambassador' | 'requester';
    sentAt?: string;
    acceptedStart?: string;
    closedAt?: string;
    requesterName?: string;
    organisationName?: string | null;
    modality?: string;
    slots?: string[];
  },
): Promise<string> {
  requesters += 1;
  const slots = JSON.stringify(r.slots ?? ['2026-11-20T13:00:00.000Z', '2026-11-24T09:00:00.000Z']);
  const [row] = await database().db.query<{ id: string }>(
    `INSERT INTO requests (ambassador_id, status, awaiting, requester_kind, requester_name, requester_email, organisation_name,
       requester_department, intervention, public, level, group_size, modality, duration_minutes, slots, requester_slots,
       accepted_start, message, created_at, sent_at, closed_at)
     VALUES ($1, $2, $3, 'school', $4, $5, $6, '62', 'classroom_talk', 'high_school', '2de', 28, $7, 90, $8, $8, $9,
       'Nous préparons les choix d’orientation.', '2026-09-01T08:00:00Z', $10, $11) RETURNING id`,
    [
      ambassadorId,
      r.status,
      r.awaiting ?? 'ambassador',
      r.requesterName ?? 'Louise Martin',
      `demandeur${requesters}@example.org`,
      r.organisationName === undefined ? 'Lycée Faidherbe' : r.organisationName,
      r.modality ?? 'in_person',
      slots,
      r.acceptedStart ?? null,
      r.sentAt ?? null,
      r.closedAt ?? null,
    ],
  );
  return row!.id;
}

async function signIn(email: string): Promise<string> {
  await manageLinkRequestHandler(provider)(formPost('/api/profil/lien', { email }));
  const link = (await outbox(database().db)).filter((m) => m.template === 'manage_profile_link').at(-1);
  return cookieFrom(await profileSessionHandler(provider)(formPost('/api/profil/session', { jeton: tokenIn(link) })));
}

const agenda = async (cookie: string) => {
  const response = await profileAgendaHandler(provider)(get('/api/profil/agenda', cookie));
  expect(response.status).toBe(200);
  return response.text();
};

/** The requests listed in a section, by id, in the page's order. */
const idsIn = (html: string, heading: string) =>
  parseHtml(html)
    .querySelectorAll(`section[aria-labelledby="${heading}"] li h3 a`)
    .map((a) => new URL(a.getAttribute('href')!, SITE).searchParams.get('demande'));

/** An entry's title and facts, as « term description » pairs read one after the other. */
const entryText = (html: string, id: string) =>
  parseHtml(html)
    .querySelectorAll('li')
    .find((li) => li.querySelector(`h3 a[href="/api/profil/fil?demande=${id}"]`))!
    .querySelectorAll('h3, dt, dd')
    .map((e) => e.text.trim())
    .join(' ');

describe('the agenda', () => {
  it('given requests in every state, then each is in its section, in order, with its deadline, date and feedback', async () => {
    const db = database().db;
    const soon = await insertRequest(ambassador.id, { status: 'sent', sentAt: '2026-10-30T10:00:00Z' });
    const late = await insertRequest(ambassador.id, { status: 'sent', sentAt: '2026-10-20T10:00:00Z', requesterName: 'Paul Henry' });
    const proposed = await insertRequest(ambassador.id, { status: 'sent', awaiting: 'requester', sentAt: '2026-10-25T10:00:00Z' });
    const later = await insertRequest(ambassador.id, {
      status: 'accepted',
      sentAt: '2026-10-28T10:00:00Z',
      acceptedStart: '2026-11-20T13:00:00Z',
    });
    const next = await insertRequest(ambassador.id, {
      status: 'accepted',
      sentAt: '2026-10-29T10:00:00Z',
      acceptedStart: '2026-11-05T08:00:00Z',
      modality: 'remote',
      organisationName: null,
      requesterName: 'Inès Roux',
    });
    const yesterday = await insertRequest(ambassador.id, {
      status: 'accepted',
      sentAt: '2026-10-15T10:00:00Z',
      acceptedStart: '2026-11-01T09:00:00Z',
    });
    const toReview = await insertRequest(ambassador.id, {
      status: 'done',
      sentAt: '2026-09-20T10:00:00Z',
      acceptedStart: '2026-10-15T08:00:00Z',
      closedAt: '2026-10-15T10:00:00Z',
    });
    const reviewed = await insertRequest(ambassador.id, {
      status: 'done',
      sentAt: '2026-09-01T10:00:00Z',
      acceptedStart: '2026-10-01T08:00:00Z',
      closedAt: '2026-10-01T10:00:00Z',
    });
    const declined = await insertRequest(ambassador.id, {
      status: 'declined',
      sentAt: '2026-10-26T10:00:00Z',
      closedAt: '2026-10-28T10:00:00Z',
    });
    const expired = await insertRequest(ambassador.id, {
      status: 'expired',
      sentAt: '2026-09-20T10:00:00Z',
      closedAt: '2026-10-10T10:00:00Z',
    });
    const cancelled = await insertRequest(ambassador.id, {
      status: 'cancelled',
      sentAt: '2026-10-12T10:00:00Z',
      closedAt: '2026-10-31T10:00:00Z',
    });
    const unconfirmed = await insertRequest(ambassador.id, { status: 'awaiting_requester_confirmation' });
    const othersRequest = await insertRequest(other.id, { status: 'sent', sentAt: '2026-10-31T10:00:00Z' });
    // The requester's feedback on `toReview` is not the ambassador's: theirs is still to give.
    await db.query(
      `INSERT INTO feedback (request_id, side, satisfaction, created_at) VALUES ($1, 'ambassador', 5, now()), ($2, 'requester', 4, now())`,
      [reviewed, toReview],
    );

    const html = await agenda(await signIn(ambassador.email));

    expect(idsIn(html, 'titre-a-traiter')).toEqual([late, soon, proposed]);
    expect(idsIn(html, 'titre-a-venir')).toEqual([next, later]);
    expect(idsIn(html, 'titre-passes')).toEqual([yesterday, toReview, reviewed]);
    expect(idsIn(html, 'titre-closes')).toEqual([cancelled, declined, expired]);
    expect(html).not.toContain(unconfirmed);
    expect(html).not.toContain(othersRequest);

    expect(entryText(html, soon)).toContain('À répondre avant le lundi 9 novembre 2026');
    expect(entryText(html, soon)).toContain('Intervention en classe – Louise Martin (Lycée Faidherbe)');
    expect(entryText(html, soon)).toContain('Créneaux proposés vendredi 20 novembre 2026 à 14:00 ; mardi 24 novembre 2026 à 10:00');
    expect(entryText(html, late)).toContain('vendredi 30 octobre 2026 : délai dépassé');
    expect(entryText(html, proposed)).toContain('le demandeur doit en choisir une');
    expect(entryText(html, proposed)).not.toContain('À répondre avant');
    expect(entryText(html, later)).toContain('Date vendredi 20 novembre 2026 à 14:00, 1 h 30');
    expect(entryText(html, later)).toContain('Présentiel, Pas-de-Calais (62)');
    expect(entryText(html, next)).toContain('Intervention en classe – Inès Roux');
    expect(entryText(html, next)).toContain('Modalité Distanciel');
    expect(entryText(html, yesterday)).toContain('Il vous sera demandé par courriel');
    expect(entryText(html, reviewed)).toContain('Votre avis Donné, merci !');
    expect(parseHtml(html).querySelector(`a[href="/api/profil/avis?demande=${toReview}"]`)?.text).toContain('Donner mon avis');
    expect(parseHtml(html).querySelectorAll('a[href^="/api/profil/avis"]')).toHaveLength(1);
    expect(entryText(html, declined)).toContain('État Déclinée Close le mercredi 28 octobre 2026');
    expect(entryText(html, expired)).toContain('Expirée sans réponse');

    // Counted as the capacity check counts: sent, accepted or done, sent within the last 30 days.
    expect(mainText(html)).toContain('Sur les 30 derniers jours : 6 demandes sur 8 au plus par mois.');
  });

  it('given the load reaching the capacity, then the agenda says no one can ask for now, as the request form does', async () => {
    await deps.db.query('UPDATE applications SET monthly_capacity = 2 WHERE id = $1', [ambassador.id]);
    await insertRequest(ambassador.id, { status: 'sent', sentAt: '2026-10-30T10:00:00Z' });
    await insertRequest(ambassador.id, { status: 'accepted', sentAt: '2026-10-05T10:00:00Z', acceptedStart: '2026-11-20T13:00:00Z' });
    await insertRequest(ambassador.id, { status: 'done', sentAt: '2026-10-02T08:00:00Z', acceptedStart: '2026-10-20T13:00:00Z' });
    const html = await agenda(await signIn(ambassador.email));
    expect(mainText(html)).toContain(
      'Sur les 30 derniers jours : 2 demandes sur 2 au plus par mois : vous avez atteint votre disponibilité',
    );
    expect((await requestFormHandler(provider)(get(`/api/demandes?ambassadeur=${ambassador.path}`))).status).toBe(409);
  });

  it('given no request, then each section says so', async () => {
    const text = mainText(await agenda(await signIn(ambassador.email)));
    expect(text).toContain('Aucune demande n’attend votre réponse.');
    expect(text).toContain('Aucun rendez-vous à venir.');
    expect(text).toContain('Sur les 30 derniers jours : 0 demande sur 8');
  });

  it('given no session, then the agenda and the links from it ask to sign in', async () => {
    const id = await insertRequest(ambassador.id, { status: 'sent', sentAt: '2026-10-30T10:00:00Z' });
    expect((await profileAgendaHandler(provider)(get('/api/profil/agenda'))).status).toBe(401);
    expect((await spaceThreadHandler(provider)(get(`/api/profil/fil?demande=${id}`))).status).toBe(401);
    expect((await spaceFeedbackHandler(provider)(get(`/api/profil/avis?demande=${id}`))).status).toBe(401);
  });

  it('given the space, then it links to the agenda', async () => {
    const html = await (await profileSpaceHandler(provider)(get('/api/profil', await signIn(ambassador.email)))).text();
    expect(parseHtml(html).querySelector('a[href="/api/profil/agenda"]')?.text).toBe('Mon agenda');
  });
});

describe('a thread opened from the agenda', () => {
  it('given one of the ambassador’s requests, then the session leads to its thread by a new link, which acts and lasts an hour', async () => {
    const id = await insertRequest(ambassador.id, { status: 'sent', sentAt: '2026-10-30T10:00:00Z' });
    const cookie = await signIn(ambassador.email);
    const before = (await outbox(database().db)).length;

    const opened = await spaceThreadHandler(provider)(get(`/api/profil/fil?demande=${id}`, cookie));
    expect(opened.status).toBe(303);
    const location = opened.headers.get('Location')!;
    expect(location).toMatch(/^\/api\/demandes\/fil\?jeton=[\w-]{43}$/);
    // No mail: the link goes straight to the browser.
    expect((await outbox(database().db)).length).toBe(before);

    const thread = threadHandler(provider);
    const page = await thread(get(location));
    expect(page.status).toBe(200);
    expect(mainText(await page.text())).toContain('Vous échangez avec Louise Martin');
    const token = new URL(location, SITE).searchParams.get('jeton')!;
    const sent = await thread(formPost('/api/demandes/fil', { jeton: token, action: 'message', body: 'Bonjour, avec plaisir.' }));
    expect(sent.status).toBe(303);
    const [message] = await database().db.query<{ author: string; ambassador_id: string }>('SELECT author, ambassador_id FROM messages');
    expect(message).toEqual({ author: 'ambassador', ambassador_id: ambassador.id });

    deps.clock.advance(61 * 60_000);
    expect((await thread(get(location))).status).toBe(410);
  });

  it('given another ambassador’s request, a reassigned one, one not yet confirmed or a malformed id, then 404 and no link', async () => {
    const others = await insertRequest(other.id, { status: 'sent', sentAt: '2026-10-30T10:00:00Z' });
    const unconfirmed = await insertRequest(ambassador.id, { status: 'awaiting_requester_confirmation' });
    const mine = await insertRequest(ambassador.id, { status: 'sent', sentAt: '2026-10-30T10:00:00Z' });
    const cookie = await signIn(ambassador.email);
    const openedBefore = await spaceThreadHandler(provider)(get(`/api/profil/fil?demande=${mine}`, cookie));
    const tokens = async () =>
      Number((await database().db.query<{ n: string }>(`SELECT count(*) AS n FROM link_tokens WHERE purpose = 'request_thread'`))[0]!.n);
    const issued = await tokens();

    // The referent hands `mine` to the other ambassador: it is theirs now, and the link issued before stops working.
    await database().db.query('UPDATE requests SET ambassador_id = $2 WHERE id = $1', [mine, other.id]);
    for (const id of [others, unconfirmed, mine, 'pas-un-identifiant', '']) {
      const response = await spaceThreadHandler(provider)(get(`/api/profil/fil?demande=${id}`, cookie));
      expect(response.status, id).toBe(404);
      expect(mainText(await response.text())).toContain('Cette demande n’est pas dans votre agenda');
    }
    expect(await tokens()).toBe(issued);
    expect((await threadHandler(provider)(get(openedBefore.headers.get('Location')!))).status).toBe(410);
    expect(idsIn(await agenda(cookie), 'titre-a-traiter')).toEqual([]);
  });
});

describe('feedback given from the agenda', () => {
  it('given a past request done, then the link leads to the form once; afterwards the agenda says it is given', async () => {
    const done = await insertRequest(ambassador.id, {
      status: 'done',
      sentAt: '2026-09-20T10:00:00Z',
      acceptedStart: '2026-10-15T08:00:00Z',
      closedAt: '2026-10-15T10:00:00Z',
    });
    const accepted = await insertRequest(ambassador.id, {
      status: 'accepted',
      sentAt: '2026-10-20T10:00:00Z',
      acceptedStart: '2026-11-20T13:00:00Z',
    });
    const others = await insertRequest(other.id, {
      status: 'done',
      sentAt: '2026-09-20T10:00:00Z',
      acceptedStart: '2026-10-15T08:00:00Z',
    });
    const cookie = await signIn(ambassador.email);
    const feedback = spaceFeedbackHandler(provider);

    const opened = await feedback(get(`/api/profil/avis?demande=${done}`, cookie));
    expect(opened.status).toBe(303);
    const token = new URL(opened.headers.get('Location')!, SITE).searchParams.get('jeton')!;
    expect(opened.headers.get('Location')).toBe(`/api/demandes/avis?jeton=${token}`);
    const recorded = await feedbackHandler(provider)(
      formPost('/api/demandes/avis', { jeton: token, satisfaction: '4', youngPeopleReached: '26' }),
    );
    expect(recorded.status).toBe(200);
    expect(
      await database().db.query('SELECT side, satisfaction, young_people_reached FROM feedback WHERE request_id = $1', [done]),
    ).toEqual([{ side: 'ambassador', satisfaction: 4, young_people_reached: 26 }]);

    const again = await feedback(get(`/api/profil/avis?demande=${done}`, cookie));
    expect(again.status).toBe(200);
    expect(mainText(await again.text())).toContain('votre avis sur ce rendez-vous est déjà enregistré');
    expect(entryText(await agenda(cookie), done)).toContain('Votre avis Donné, merci !');

    for (const id of [accepted, others]) expect((await feedback(get(`/api/profil/avis?demande=${id}`, cookie))).status, id).toBe(404);
  });
});
