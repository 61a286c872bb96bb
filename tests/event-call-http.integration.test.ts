/**
 * The call for ambassadors' handlers with real Requests on the embedded Postgres: the referents'
 * pages (their events only, the count, the POST that invites), the ambassadors' link pages (a
 * GET shows and changes nothing, the POST acts), and generated wrong answers (bad tokens, wrong
 * method, other origin, malformed forms, unknown event, answer after the event, answered twice)
 * that all get a 4xx with a French message and write nothing.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { eventAnswerHandler, eventCallHandler, eventCallsHandler, eventParticipationHandler } from '../src/server/handlers/event-call.ts';
import type { EventCallDeps } from '../src/server/workflows/event-call/deps.ts';
import { answerInvitation } from '../src/server/workflows/event-call/answer.ts';
import { EVENT_ANSWER_PATH, EVENT_CALLS_PATH, EVENT_CALL_PATH, EVENT_PARTICIPATION_PATH } from '../src/views/event-call/paths.ts';
import { insertAmbassador, type AmbassadorFixture } from './support/ambassadors.ts';
import { manualClock, useTestDatabase } from './support/database.ts';
import { EVENT_ID, eventCallWorld, eventFile, invitations, linkIn, referentCookie, type EventCallWorld } from './support/event-call.ts';
import { SITE, formPost, get, outbox } from './support/http.ts';
import { fieldErrors, mainText, parseHtml, titleOf } from './support/html.ts';

const database = useTestDatabase();
const db = () => database().db;
let clock: ReturnType<typeof manualClock>;
let world: EventCallWorld;
let people: AmbassadorFixture[];
let claire: string;

beforeEach(async () => {
  await db().query(
    `DELETE FROM event_invitations; DELETE FROM event_calls; DELETE FROM ambassadors; DELETE FROM applications; DELETE FROM outbox;
     DELETE FROM link_tokens; DELETE FROM sessions; DELETE FROM audit_events`,
  );
  clock = manualClock('2026-11-02T09:00:00Z');
  world = eventCallWorld(db(), clock, {
    [EVENT_ID]: eventFile(),
    'salon-d-arras': eventFile({ title: 'Salon des métiers d’Arras', commune: '62041', department: '62', address: 'Salle Tchanturia' }),
    'forum-passe-de-lille': eventFile({ title: 'Forum passé de Lille', start: '2026-10-01T09:00', end: '2026-10-01T17:00' }),
    'webinaire-sans-places': eventFile({ title: 'Webinaire sans ambassadeurs', ambassadorPlaces: 0, department: undefined }),
  });
  people = [];
  for (let i = 0; i < 3; i++) people.push(await insertAmbassador(db(), { sector: 'H', displayName: `Industrie ${i}` }));
  claire = await referentCookie(db(), clock, 'claire@example.org');
});

const provider =
  (deps: EventCallDeps = world.deps) =>
  async () => ({ ...world.deps, ...deps });
const invite = () =>
  eventCallHandler(provider())(formPost(EVENT_CALL_PATH, { id: EVENT_ID, secteur: ['H'], nombre: '3' }, { cookie: claire }));
const answerLink = async (email: string) =>
  linkIn((await outbox(db())).find((m) => m.template === 'animation_event_invitation' && m.recipient === email)!.text, EVENT_ANSWER_PATH);

describe('the referents’ pages', () => {
  it('given Claire (Nord), then her list shows the upcoming events of the Nord with places, not those of Arras, past or without places', async () => {
    const response = await eventCallsHandler(provider())(get(EVENT_CALLS_PATH, claire));
    expect(response.status).toBe(200);
    const text = mainText(await response.text());
    expect(text).toContain('Forum des métiers de Lille');
    expect(text).not.toContain('Arras');
    expect(text).not.toContain('Forum passé');
    expect(text).not.toContain('Webinaire sans ambassadeurs');
    expect((await eventCallsHandler(provider())(get(EVENT_CALLS_PATH))).status).toBe(401);
  });

  it('given a count, then the page shows the number and a POST to invite that many; the POST invites and the page says so', async () => {
    await insertAmbassador(db(), { sector: 'J', email: 'sante@example.org' });
    const page = await eventCallHandler(provider())(get(`${EVENT_CALL_PATH}?id=${EVENT_ID}&secteur=H`, claire));
    const html = parseHtml(await page.text());
    expect(html.querySelector('[role=status]')?.text).toBe('3 ambassadeurs correspondent à ces critères.');
    const post = html.querySelectorAll('form[method=post]').find((f) => f.getAttribute('action') === EVENT_CALL_PATH)!;
    expect(post.querySelectorAll('input[type=hidden]').map((i) => `${i.getAttribute('name')}=${i.getAttribute('value')}`)).toEqual([
      `id=${EVENT_ID}`,
      'nombre=3',
      'secteur=H',
    ]);
    expect(post.querySelector('button')?.text).toBe('Inviter ces 3 ambassadeurs');

    const response = await invite();
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe(`${EVENT_CALL_PATH}?id=${EVENT_ID}&invites=3`);
    const after = await (await eventCallHandler(provider())(get(response.headers.get('Location')!, claire))).text();
    expect(mainText(after)).toContain('3 ambassadeurs sont invités : chacun reçoit un courriel pour répondre oui ou non.');
    expect(mainText(after)).toContain('Invité, sans réponse : 3');
    expect((await outbox(db())).map((m) => m.template)).toEqual(Array(3).fill('animation_event_invitation'));
  });

  it('given a sector outside the list, a stale number, an event of another territory or another origin, then a 4xx in French and nothing sent', async () => {
    const bad = await eventCallHandler(provider())(get(`${EVENT_CALL_PATH}?id=${EVENT_ID}&secteur=Z`, claire));
    expect(bad.status).toBe(400);
    expect(fieldErrors(await bad.text())).toEqual({ secteur: 'Secteurs : choisissez parmi les secteurs proposés.' });
    const stale = await eventCallHandler(provider())(formPost(EVENT_CALL_PATH, { id: EVENT_ID, nombre: '2' }, { cookie: claire }));
    expect(stale.status).toBe(409);
    expect(mainText(await stale.text())).toContain('ils sont 3 maintenant. Rien n’a été envoyé');
    const arras = await eventCallHandler(provider())(formPost(EVENT_CALL_PATH, { id: 'salon-d-arras', nombre: '0' }, { cookie: claire }));
    expect(arras.status).toBe(404);
    const elsewhere = formPost(EVENT_CALL_PATH, { id: EVENT_ID, nombre: '3' }, { cookie: claire, origin: 'https://ailleurs.example' });
    expect((await eventCallHandler(provider())(elsewhere)).status).toBe(403);
    expect(await outbox(db())).toEqual([]);
    expect(await invitations(db())).toEqual([]);
  });
});

describe('the ambassadors’ link pages', () => {
  it('given the yes link, then its GET shows the event and both answers and changes nothing; the POST confirms', async () => {
    await invite();
    const token = await answerLink(people[0]!.email);
    const answer = eventAnswerHandler(provider());
    const shown = await answer(get(`${EVENT_ANSWER_PATH}?jeton=${token}&reponse=oui`));
    expect(shown.status).toBe(200);
    const html = parseHtml(await shown.text());
    expect(titleOf(html.toString())).toMatch(/^Invitation : Forum des métiers de Lille/);
    expect(html.querySelectorAll('form button').map((b) => b.text)).toEqual(['Oui, je participe', 'Non, je ne pourrai pas venir']);
    expect((await invitations(db())).map((i) => i.status)).toEqual(['invited', 'invited', 'invited']);
    expect((await db().query('SELECT 1 FROM link_tokens WHERE used_at IS NOT NULL')).length).toBe(0);

    const done = await answer(formPost(EVENT_ANSWER_PATH, { jeton: token, reponse: 'oui' }));
    expect(done.status).toBe(200);
    expect(titleOf(await done.text())).toMatch(/^Votre participation est confirmée/);
    const again = await answer(get(`${EVENT_ANSWER_PATH}?jeton=${token}&reponse=non`));
    expect(again.status).toBe(409);
    expect(mainText(await again.text())).toContain('Vous avez déjà répondu à cette invitation.');

    const manage = linkIn((await outbox(db())).find((m) => m.template === 'event_confirmed')!.text, EVENT_PARTICIPATION_PATH);
    const participation = eventParticipationHandler(provider());
    const page = await participation(get(`${EVENT_PARTICIPATION_PATH}?jeton=${manage}`));
    expect(mainText(await page.text())).toContain('votre participation est confirmée');
    const withdrawn = await participation(formPost(EVENT_PARTICIPATION_PATH, { jeton: manage }));
    expect(titleOf(await withdrawn.text())).toMatch(/^C’est noté/);
    expect((await participation(get(`${EVENT_PARTICIPATION_PATH}?jeton=${manage}`))).status).toBe(409);
    expect(world.file().confirmedAmbassadors).toBeUndefined();
  });

  it('given generated wrong answers, then each gets a 4xx with a French message and nothing is written', async () => {
    await invite();
    const valid = await answerLink(people[0]!.email);
    const answered = await answerLink(people[1]!.email);
    await answerInvitation(world.deps, answered, 'no');
    const late = { ...world.deps, clock: manualClock('2026-11-20T08:30:00Z') };
    const removed = { ...world.deps, events: world.deps.events.filter((e) => e.id !== EVENT_ID) };
    const state = async () =>
      JSON.stringify([
        await invitations(db()),
        await db().query('SELECT hash, used_at FROM link_tokens ORDER BY hash'),
        (await outbox(db())).length,
        await db().query('SELECT action FROM audit_events ORDER BY id'),
        world.fileText(),
      ]);
    const before = await state();

    const token = fc.oneof(
      fc.constant(''),
      fc.string({ maxLength: 50 }),
      fc.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      fc.constant(valid.slice(0, -1)),
    );
    const wrongAnswer = fc.oneof(fc.constant(''), fc.constantFrom('OUI', 'yes', 'true', '1', 'peut-être'), fc.string({ maxLength: 8 }));
    const request = fc.oneof(
      // A token that is none: 404.
      fc.record({ kind: fc.constant('bad token'), token, reponse: fc.constantFrom('oui', 'non') }),
      // The right token, an answer that is neither oui nor non: 400.
      fc.record({
        kind: fc.constant('malformed'),
        token: fc.constant(valid),
        reponse: wrongAnswer.filter((r) => r !== 'oui' && r !== 'non'),
      }),
      // Another method, another origin, a body that is not a form.
      fc.record({ kind: fc.constantFrom('method', 'origin', 'not a form'), token: fc.constant(valid), reponse: fc.constant('oui') }),
      // Answered already, the event removed from the agenda, or the event started.
      fc.record({
        kind: fc.constantFrom('answered', 'unknown event', 'after the event'),
        token: fc.constant(valid),
        reponse: fc.constantFrom('oui', 'non'),
      }),
    );
    const expected: Record<string, number[]> = {
      'bad token': [404],
      malformed: [400],
      method: [405],
      origin: [403],
      'not a form': [400],
      answered: [409],
      'unknown event': [404],
      'after the event': [410],
    };
    // The participation link has no answer to get wrong, and an answer token is not a participation token.
    const expectedOfParticipation: Record<string, number[]> = {
      ...expected,
      malformed: [404],
      answered: [404],
      'unknown event': [404],
      'after the event': [404],
    };
    await fc.assert(
      fc.asyncProperty(request, fc.boolean(), async ({ kind, token, reponse }, participationLink) => {
        const deps = kind === 'after the event' ? late : kind === 'unknown event' ? removed : world.deps;
        const path = participationLink ? EVENT_PARTICIPATION_PATH : EVENT_ANSWER_PATH;
        const handler = participationLink ? eventParticipationHandler(provider(deps)) : eventAnswerHandler(provider(deps));
        const jeton = kind === 'answered' ? answered : token;
        let req: Request;
        if (kind === 'method') req = new Request(`${SITE}${path}?jeton=${jeton}`, { method: 'PUT', headers: { Origin: SITE } });
        else if (kind === 'origin') req = formPost(path, { jeton, reponse }, { origin: 'https://ailleurs.example' });
        else if (kind === 'not a form')
          req = new Request(`${SITE}${path}`, {
            method: 'POST',
            headers: { Origin: SITE, 'Content-Type': 'text/plain' },
            body: `jeton=${jeton}`,
          });
        else req = formPost(path, { jeton, reponse });
        const response = await handler(req);
        const body = await response.text();
        const statuses = (participationLink ? expectedOfParticipation : expected)[kind]!;
        expect(statuses, `${kind} ${path} ${response.status}`).toContain(response.status);
        expect(response.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
        const text = response.headers.get('Content-Type')?.startsWith('text/html') ? mainText(body) : body;
        expect(text).toMatch(/[éèàçù’]|Méthode|Réponse|Formulaire/);
        expect(text).not.toMatch(/Invalid|expected|undefined|Error/);
        expect(await state()).toBe(before);
      }),
      { numRuns: 120 },
    );
  });
});
