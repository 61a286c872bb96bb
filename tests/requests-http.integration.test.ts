/**
 * The request functions' handlers with real Requests against the embedded Postgres: the form
 * shows only what the ambassador offers, the thread page never shows the other side's
 * address, and generated invalid input to the request and message endpoints always gets a
 * 4xx with a French message by the field, and writes nothing.
 */
import fc from 'fast-check';
import { searchCommunes } from '../src/lib/geo.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import { confirmRequestHandler, requestFormHandler, threadHandler } from '../src/server/handlers/requests.ts';
import { referentSessionHandler, referentSignInHandler, territoryRequestsHandler } from '../src/server/handlers/referents.ts';
import { runFollowUp } from '../src/server/workflows/requests/follow-up.ts';
import type { AppDeps } from '../src/server/deps.ts';
import { fileSystemWriter } from '../src/server/content/writer.ts';
import type { RequestDeps } from '../src/server/workflows/requests/deps.ts';
import { makeSettings } from './fixtures.ts';
import { THEMES } from '../src/lib/vocabularies.ts';
import { insertAmbassador, makeRequestInput, type AmbassadorFixture } from './support/ambassadors.ts';
import { manualClock, useTestDatabase } from './support/database.ts';
import { fieldErrors, mainText, parseHtml } from './support/html.ts';
import { SITE, cookieFrom, formPost, get, outbox, tokenIn } from './support/http.ts';

const database = useTestDatabase();
let deps: RequestDeps;
let ambassador: AmbassadorFixture;
beforeEach(async () => {
  await database().db.query(
    'DELETE FROM requests; DELETE FROM ambassadors; DELETE FROM applications; DELETE FROM outbox; DELETE FROM link_tokens; DELETE FROM rate_limits',
  );
  deps = { db: database().db, clock: manualClock(), settings: makeSettings(), siteUrl: SITE, referents: [] };
  ambassador = await insertAmbassador(database().db, {
    displayName: 'Camille R.',
    interventions: ['classroom_talk', 'forum'],
    publics: ['high_school'],
    modalities: ['in_person'],
  });
});

const form = () => requestFormHandler(async () => deps);
const count = async (table: string) => Number((await database().db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);
const frenchMessages = (html: string) => Object.entries(fieldErrors(html));
/** The values of every option the page offers. */
const optionsOf = (html: string) =>
  parseHtml(html)
    .querySelectorAll('option')
    .map((o) => o.getAttribute('value'));

describe('GET and POST /api/demandes', () => {
  it('given an ambassador, then the form offers only their interventions, publics and modalities', async () => {
    const html = await (await form()(get(`/api/demandes?ambassadeur=${encodeURIComponent(ambassador.path)}`))).text();
    expect(optionsOf(html)).toContain('classroom_talk');
    expect(optionsOf(html)).toContain('forum');
    expect(optionsOf(html)).not.toContain('company_visit');
    expect(optionsOf(html)).not.toContain('middle_school');
    expect(optionsOf(html)).not.toContain('remote');
    expect(html).not.toContain(ambassador.email);
  });

  it('given a valid form without JavaScript, then the same page whatever happens next, and a confirmation mail', async () => {
    const first = await (await form()(formPost('/api/demandes', makeRequestInput(ambassador.path)))).text();
    const again = await (await form()(formPost('/api/demandes', makeRequestInput(ambassador.path)))).text();
    expect(first).toBe(again);
    expect((await outbox(database().db)).map((m) => m.template)).toEqual(['confirm_request', 'request_already_open']);
  });

  it('given a stranger sending requests in someone’s name, then its owner can still send their own from their connection', async () => {
    const stranger = { ip: '203.0.113.66' };
    const statuses = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await form()(formPost('/api/demandes', makeRequestInput(ambassador.path)), stranger)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const owner = await form()(formPost('/api/demandes', makeRequestInput(ambassador.path)), { ip: '2001:db8:4:5::1' });
    expect(owner.status).toBe(200);
  });

  it('given the database down, then the page says nothing was recorded, with 503', async () => {
    const down = requestFormHandler(async () => {
      throw new Error('connect ECONNREFUSED');
    });
    const response = await down(formPost('/api/demandes', makeRequestInput(ambassador.path)));
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('Le service est momentanément indisponible : rien n’a été enregistré.');
  });

  it('given another origin or the honeypot filled, then nothing is written', async () => {
    expect(
      (await form()(formPost('/api/demandes', makeRequestInput(ambassador.path), { origin: 'https://ailleurs.example' }))).status,
    ).toBe(403);
    expect((await form()(formPost('/api/demandes', { ...makeRequestInput(ambassador.path), website: 'http://spam.example' }))).status).toBe(
      200,
    );
    expect(await count('requests')).toBe(0);
  });

  it('given generated invalid forms, then 422 with a French message by each wrong field and nothing written', async () => {
    const wrong = fc.oneof(
      fc.constant(''),
      fc.integer(),
      fc.string({ maxLength: 2 }),
      fc.constant('x'.repeat(3000)),
      fc.constant('2026-02-30T10:00'),
      fc.constant('company_visit'),
      // A code of another list: a sex for a situation, a free-text level as the form had before.
      fc.constantFrom('female', 'pupil', '3e'),
    );
    const fields = [
      'requesterKind',
      'name',
      'email',
      'uai',
      'age',
      'situation',
      'sex',
      'intervention',
      'public',
      'level',
      'theme',
      'groupSize',
      'modality',
      'slot1',
      'durationMinutes',
      'message',
    ];
    /** A person asking alone: age, situation and sex are theirs to give. */
    const individual = {
      requesterKind: 'individual',
      role: '',
      organisationName: '',
      uai: '',
      age: '17',
      situation: 'pupil',
      sex: 'female',
    };
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.uniqueArray(fc.constantFrom(...fields), { minLength: 1, maxLength: 3 }),
        fc.array(wrong, { minLength: 3, maxLength: 3 }),
        async (alone, broken, values) => {
          const input = makeRequestInput(ambassador.path, alone ? individual : {});
          broken.forEach((f, i) => (input[f] = values[i]));
          const response = await form()(formPost('/api/demandes', input));
          const html = await response.text();
          if (response.status === 200) {
            // A generated value can happen to be valid (a two-letter name): then a request exists; clear it.
            await database().db.query('DELETE FROM requests; DELETE FROM outbox; DELETE FROM rate_limits');
            return;
          }
          expect(response.status).toBe(422);
          const messages = frenchMessages(html);
          expect(messages.length).toBeGreaterThan(0);
          for (const [, message] of messages) {
            expect(message).toMatch(/^[A-ZÉ][^:]* : /);
            expect(message).not.toMatch(/Invalid|expected|received/);
          }
          expect(await count('requests')).toBe(0);
          await database().db.query('DELETE FROM rate_limits');
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('themes and the yearly commitment on the request form (issue 11)', () => {
  it('given generated unknown themes, then 422 with the theme’s French message next to its field and nothing written', async () => {
    const unknownTheme = fc.string({ minLength: 1, maxLength: 30 }).filter((t) => t.trim() !== '' && !Object.hasOwn(THEMES, t));
    await fc.assert(
      fc.asyncProperty(unknownTheme, async (theme) => {
        const response = await form()(formPost('/api/demandes', makeRequestInput(ambassador.path, { theme })));
        expect(response.status).toBe(422);
        expect(fieldErrors(await response.text())).toEqual({ theme: 'Thème : choisissez une réponse dans la liste.' });
        expect(await count('requests')).toBe(0);
        await database().db.query('DELETE FROM rate_limits');
      }),
      { numRuns: 30 },
    );
  });

  it('given generated communes that are not in the chosen département, then 422 with the commune’s French message next to its field and nothing written', async () => {
    const notACommune = fc.oneof(
      // A generated text could, rarely, be the exact name of a commune of the Nord (« Eth », « Ors »): those are left out.
      fc
        .string({ minLength: 1, maxLength: 80 })
        .filter((t) => t.trim() !== '' && !/^\d/.test(t.trim()) && searchCommunes(t, ['59']).length === 0),
      fc.constantFrom('62041', 'Arras 62000', '80021', '00000'),
    );
    await fc.assert(
      fc.asyncProperty(notACommune, async (commune) => {
        const response = await form()(formPost('/api/demandes', makeRequestInput(ambassador.path, { department: '59', commune })));
        expect(response.status).toBe(422);
        expect(Object.keys(fieldErrors(await response.text()))).toEqual(['commune']);
        expect(await count('requests')).toBe(0);
        await database().db.query('DELETE FROM rate_limits');
      }),
      { numRuns: 30 },
    );
  });

  it('given a request about a theme, then it is stored, told to the ambassador by mail and shown in the thread', async () => {
    await form()(formPost('/api/demandes', makeRequestInput(ambassador.path, { theme: 'job_gender_mix' })));
    expect((await database().db.query<{ theme: string }>('SELECT theme FROM requests'))[0]!.theme).toBe('job_gender_mix');
    await confirmRequestHandler(async () => deps)(
      formPost('/api/demandes/confirmer', { jeton: tokenIn((await outbox(database().db))[0]) }),
    );
    const toAmbassador = (await outbox(database().db)).find((m) => m.template === 'request_to_ambassador')!;
    expect(toAmbassador.text).toContain('Thème transversal de la demande : Mixité des métiers.');
    const page = await threadHandler(async () => deps)(get(`/api/demandes/fil?jeton=${tokenIn(toAmbassador)}`));
    const text = mainText(await page.text());
    expect(text).toMatch(/Thème transversal ?Mixité des métiers/);
  });

  it('given an ambassador whose yearly volume is reached, then the form page says until when, with 409; their commitment is shown on the form before', async () => {
    const yearly = await insertAmbassador(database().db, { displayName: 'Deux par an', yearlyInterventions: 2, schoolPeriodsOnly: true });
    const before = mainText(await (await form()(get(`/api/demandes?ambassadeur=${yearly.path}`))).text());
    expect(before).toContain('Son engagement : Propose 2 interventions par année scolaire, pendant les périodes scolaires uniquement');
    for (const email of ['a@example.org', 'b@example.org'])
      await database().db.query(
        `INSERT INTO requests (ambassador_id, status, requester_kind, requester_name, requester_email, requester_minor, intervention, public, group_size, modality, duration_minutes, slots, requester_slots, message, created_at, sent_at, answered_at)
         VALUES ($1, 'accepted', 'school', 'Louise Martin', $2, false, 'classroom_talk', 'high_school', 20, 'in_person', 60, '[]', '[]', 'Bonjour à vous', now(), $3, $3)`,
        [yearly.id, email, deps.clock.now()],
      );
    const response = await form()(get(`/api/demandes?ambassadeur=${yearly.path}`));
    expect(response.status).toBe(409);
    expect(mainText(await response.text())).toContain(
      'Cet ambassadeur a atteint son engagement de l’année scolaire (2 interventions acceptées ou réalisées) : il ne reçoit plus de nouvelle demande avant le 1er septembre 2027, début de l’année scolaire suivante.',
    );
  });
});

describe('the thread page', () => {
  async function sentThread(): Promise<{ requester: string; ambassador: string }> {
    await form()(formPost('/api/demandes', makeRequestInput(ambassador.path)));
    await confirmRequestHandler(async () => deps)(
      formPost('/api/demandes/confirmer', { jeton: tokenIn((await outbox(database().db))[0]) }),
    );
    const mails = await outbox(database().db);
    return {
      requester: tokenIn(mails.find((m) => m.template === 'request_sent')),
      ambassador: tokenIn(mails.find((m) => m.template === 'request_to_ambassador')),
    };
  }

  it('given each side’s link, then each sees the request and the actions for its side, never the other’s address', async () => {
    const links = await sentThread();
    const forAmbassador = await (await threadHandler(async () => deps)(get(`/api/demandes/fil?jeton=${links.ambassador}`))).text();
    expect(forAmbassador).toContain('Accepter ce créneau');
    expect(forAmbassador).toContain('Décliner la demande');
    expect(forAmbassador).toContain('Louise Martin');
    expect(forAmbassador).not.toContain('louise.martin@example.org');
    const forRequester = await (await threadHandler(async () => deps)(get(`/api/demandes/fil?jeton=${links.requester}`))).text();
    expect(forRequester).not.toContain('Accepter ce créneau');
    expect(forRequester).toContain('Annuler la demande');
    expect(forRequester).not.toContain(ambassador.email);
  });

  it('given generated invalid messages and answers, then a 4xx with a message and nothing written', async () => {
    const links = await sentThread();
    const thread = threadHandler(async () => deps);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.tuple(fc.constant('message'), fc.constantFrom('', '   ', 'x'.repeat(2001))),
          fc.tuple(fc.constant('decline'), fc.constantFrom('', 'Non merci', 'x'.repeat(2001))),
          fc.tuple(fc.constant('accept'), fc.constantFrom('', '7', '-1', 'premier')),
          fc.tuple(fc.constant('propose'), fc.constantFrom('', '2020-01-01T10:00', 'demain', '2026-02-30T10:00', '2026-11-02T12:00')),
        ),
        async ([action, value]) => {
          // Each run is a fresh hour for the link's limit on actions (tested on its own below).
          await database().db.query('DELETE FROM rate_limits');
          const fields = { jeton: links.ambassador, action, body: value, slot: value, slot1: value };
          const response = await thread(formPost('/api/demandes/fil', fields));
          expect(response.status).toBe(422);
          expect(frenchMessages(await response.text()).length).toBeGreaterThan(0);
          expect(await count('messages')).toBe(0);
          expect((await database().db.query<{ status: string }>('SELECT status FROM requests'))[0]!.status).toBe('sent');
        },
      ),
      { numRuns: 40 },
    );
    expect((await thread(formPost('/api/demandes/fil', { jeton: 'faux', action: 'message', body: 'Bonjour' }))).status).toBe(410);
  });

  it('given thirty messages in an hour from one link, then the next is refused with 429 and not mailed', async () => {
    const links = await sentThread();
    const thread = threadHandler(async () => deps);
    for (let i = 0; i < 30; i++)
      await thread(formPost('/api/demandes/fil', { jeton: links.requester, action: 'message', body: `Message ${i}` }));
    const before = (await outbox(database().db)).length;
    expect((await thread(formPost('/api/demandes/fil', { jeton: links.requester, action: 'message', body: 'Encore un' }))).status).toBe(
      429,
    );
    expect((await outbox(database().db)).length).toBe(before);
    expect(await count('messages')).toBe(30);
  });

  it('given thirty actions in an hour from one link, then any further action (not only a message) is refused with 429 and not mailed', async () => {
    const links = await sentThread();
    const thread = threadHandler(async () => deps);
    // An ambassador proposing other dates again and again would mail the requester each time.
    const propose = (n: number) =>
      thread(
        formPost('/api/demandes/fil', {
          jeton: links.ambassador,
          action: 'propose',
          slot1: `2026-12-${String(n + 1).padStart(2, '0')}T10:00`,
        }),
      );
    for (let i = 0; i < 15; i++)
      await thread(formPost('/api/demandes/fil', { jeton: links.ambassador, action: 'message', body: `Message ${i}` }));
    for (let i = 0; i < 15; i++) await propose(i);
    const before = (await outbox(database().db)).length;
    expect((await propose(20)).status).toBe(429);
    expect(
      (await thread(formPost('/api/demandes/fil', { jeton: links.ambassador, action: 'decline', body: 'Désolé, pas possible.' }))).status,
    ).toBe(429);
    expect((await outbox(database().db)).length).toBe(before);
  });
});

describe('the referents’ requests page', () => {
  it('given an escalated request and a recent one, then the escalated comes first with suggestions to reassign to, and reassignment works', async () => {
    const claire = {
      name: 'Claire V.',
      role: 'Référente du Nord',
      email: 'claire@example.org',
      phone: '03 99 10 20 31',
      departments: ['59'],
      order: 1,
    };
    const full: AppDeps & RequestDeps = { ...deps, referents: [claire], content: fileSystemWriter('/nonexistent') };
    const provider = async () => full;
    const other = await insertAmbassador(database().db, {
      displayName: 'Yanis B.',
      interventions: ['classroom_talk'],
      publics: ['high_school'],
    });
    for (const [email, org] of [
      ['ancienne@example.org', 'Lycée Ancien'],
      ['recente@example.org', 'Collège Récent'],
    ] as const) {
      await form()(formPost('/api/demandes', makeRequestInput(ambassador.path, { email, organisationName: org })));
      await confirmRequestHandler(provider)(
        formPost('/api/demandes/confirmer', {
          jeton: tokenIn((await outbox(database().db)).filter((m) => m.template === 'confirm_request').at(-1)),
        }),
      );
      if (email === 'ancienne@example.org') {
        (deps.clock as ReturnType<typeof manualClock>).advance(11 * 86_400_000);
        await runFollowUp(full);
      }
    }
    await referentSignInHandler(provider)(formPost('/api/referents/connexion', { email: claire.email }));
    const link = (await outbox(database().db)).filter((m) => m.template === 'referent_sign_in').at(-1);
    const cookie = cookieFrom(await referentSessionHandler(provider)(formPost('/api/referents/session', { jeton: tokenIn(link) })));
    const html = await (await territoryRequestsHandler(provider)(get('/api/referents/demandes', cookie))).text();
    expect(html.indexOf('Lycée Ancien')).toBeLessThan(html.indexOf('Collège Récent'));
    expect(html).toContain('Sans réponse, signalée');
    expect(html).toContain(`<option value="${other.path}">Yanis B.`);

    const [escalated] = await database().db.query<{ id: string }>(`SELECT id FROM requests WHERE organisation_name = 'Lycée Ancien'`);
    const response = await territoryRequestsHandler(provider)(
      formPost('/api/referents/demandes', { id: escalated!.id, ambassador: other.path }, { cookie }),
    );
    expect(response.status).toBe(303);
    const [moved] = await database().db.query<{ ambassador_id: string; escalated_at: Date | null }>(
      'SELECT ambassador_id, escalated_at FROM requests WHERE id = $1',
      [escalated!.id],
    );
    expect(moved).toEqual({ ambassador_id: other.id, escalated_at: null });
  });
});
