/**
 * The need functions' handlers with real Requests against the embedded Postgres: the form offers
 * every intervention and a sector or a job, a valid need asks for its confirmation by link, the
 * confirmation page acts only on POST; an invited ambassador's link, once another accepted, says
 * the need was filled and refuses a late acceptance; generated wrong needs always get a 422 with a
 * French message by each wrong field, and write nothing.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { confirmNeedHandler, needFormHandler } from '../src/server/handlers/needs.ts';
import { threadHandler } from '../src/server/handlers/requests.ts';
import type { RequestDeps } from '../src/server/workflows/requests/deps.ts';
import { NEED_FILLED_MESSAGE } from '../src/lib/need.ts';
import { makeReferents, makeSettings } from './fixtures.ts';
import { insertAmbassador, makeNeedInput } from './support/ambassadors.ts';
import { manualClock, useTestDatabase } from './support/database.ts';
import { mainText, parseHtml } from './support/html.ts';
import { assertWrongInputRefused } from './support/wrong-input.ts';
import { SITE, formPost, get, outbox, tokenIn } from './support/http.ts';

const database = useTestDatabase();
let deps: RequestDeps;
beforeEach(async () => {
  await database().db.query(
    'DELETE FROM messages; DELETE FROM requests; DELETE FROM needs; DELETE FROM ambassadors; DELETE FROM applications; DELETE FROM outbox; DELETE FROM link_tokens; DELETE FROM rate_limits',
  );
  deps = { db: database().db, clock: manualClock(), settings: makeSettings(), siteUrl: SITE, referents: makeReferents() };
});

const form = () => needFormHandler(async () => deps);
const confirm = () => confirmNeedHandler(async () => deps);
const count = async (table: string) => Number((await database().db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);
const optionsOf = (html: string, name: string) =>
  parseHtml(html)
    .querySelectorAll(`select[name="${name}"] option`)
    .map((o) => o.getAttribute('value'));

describe('GET and POST /api/demandes/besoin', () => {
  it('given the form, then every intervention, public and sector is offered, with the département and who asks', async () => {
    const response = await form()(get('/api/demandes/besoin'));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(optionsOf(html, 'intervention')).toEqual(expect.arrayContaining(['classroom_talk', 'company_visit', 'forum']));
    expect(optionsOf(html, 'public')).toEqual(expect.arrayContaining(['middle_school', 'high_school']));
    expect(optionsOf(html, 'sector')).toEqual(expect.arrayContaining(['', 'I', 'H']));
    expect(optionsOf(html, 'department')).toEqual(['', '02', '59', '60', '62', '80']);
    const page = parseHtml(html);
    expect(page.querySelector('form')?.getAttribute('action')).toBe('/api/demandes/besoin');
    for (const name of ['job', 'name', 'email', 'slot1', 'message'])
      expect(page.querySelector(`label[for="${name}"]`), name).not.toBeNull();
  });

  it('given a valid need, then the same page whatever happens next and a confirmation link; the link shows a button, only its POST sends', async () => {
    await insertAmbassador(database().db);
    const first = await form()(formPost('/api/demandes/besoin', makeNeedInput()));
    expect(first.status).toBe(200);
    expect(mainText(await first.text())).toContain('Un courriel vient de vous être envoyé.');
    const [mail] = await outbox(database().db);
    expect(mail!.template).toBe('confirm_need');
    const token = tokenIn(mail);
    const shown = await confirm()(get(`/api/demandes/besoin/confirmer?jeton=${token}`));
    expect(shown.status).toBe(200);
    expect(parseHtml(await shown.text()).querySelector('form[method=post] button')?.text).toBe('Confirmer et envoyer mon besoin');
    expect(await count('requests')).toBe(0);
    const sent = await confirm()(formPost('/api/demandes/besoin/confirmer', { jeton: token }));
    expect(sent.status).toBe(200);
    expect(mainText(await sent.text())).toContain('Votre besoin est proposé à un ambassadeur disponible.');
    expect(await count('requests')).toBe(1);
    const again = await confirm()(formPost('/api/demandes/besoin/confirmer', { jeton: token }));
    expect(again.status).toBe(410);
    expect(await count('requests')).toBe(1);
  });

  it('given another origin or the honeypot filled, then nothing is written; given four needs in an hour from one connection for one address, then 429', async () => {
    expect((await form()(formPost('/api/demandes/besoin', makeNeedInput(), { origin: 'https://ailleurs.example' }))).status).toBe(403);
    expect((await form()(formPost('/api/demandes/besoin', { ...makeNeedInput(), website: 'http://spam.example' }))).status).toBe(200);
    expect(await count('needs')).toBe(0);
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await form()(formPost('/api/demandes/besoin', makeNeedInput()), { ip: '203.0.113.7' })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(await count('needs')).toBe(3);
  });

  it('given the database down, then the page says nothing was recorded, with 503', async () => {
    const down = needFormHandler(async () => {
      throw new Error('connect ECONNREFUSED');
    });
    const response = await down(formPost('/api/demandes/besoin', makeNeedInput()));
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('rien n’a été enregistré');
  });

  it('given generated wrong needs, then 422 with a French message by each wrong field and nothing written', async () => {
    await insertAmbassador(database().db);
    const wrong = fc.oneof(
      fc.constant(''),
      fc.integer(),
      fc.string({ maxLength: 2 }),
      fc.constant('x'.repeat(3000)),
      fc.constant('2026-02-30T10:00'),
      fc.constant('2020-01-01T10:00'),
      fc.constant('company_visit'),
      // A code of another list, a département outside the Région, a job with digits.
      fc.constantFrom('female', 'pupil', '3e', '75', 'Z', 'Soudeur 3000'),
    );
    const fields = [
      'requesterKind',
      'name',
      'email',
      'uai',
      'sector',
      'job',
      'department',
      'intervention',
      'public',
      'level',
      'groupSize',
      'modality',
      'slot1',
      'durationMinutes',
      'message',
    ];
    await assertWrongInputRefused({
      valid: makeNeedInput,
      fields,
      wrong,
      send: (input) => form()(formPost('/api/demandes/besoin', input)),
      nothingWritten: async () => {
        expect(await count('needs')).toBe(0);
        expect(await count('requests')).toBe(0);
        expect(await count('outbox')).toBe(0);
      },
      // A generated value can happen to be valid (a two-letter name, a département of the Région): cleared.
      reset: () => database().db.query('DELETE FROM needs; DELETE FROM outbox; DELETE FROM link_tokens; DELETE FROM rate_limits'),
    });
  });
});

describe('an invited ambassador’s link', () => {
  it('given another ambassador accepted first, then the link says the need was filled, with thanks, and a late acceptance gets 409 and no mail', async () => {
    const [a, b] = [await insertAmbassador(database().db), await insertAmbassador(database().db)];
    await form()(formPost('/api/demandes/besoin', makeNeedInput()));
    await confirm()(formPost('/api/demandes/besoin/confirmer', { jeton: tokenIn((await outbox(database().db))[0]) }));
    const linkOf = async (email: string) =>
      tokenIn((await outbox(database().db)).find((m) => m.template === 'need_to_ambassador' && m.recipient === email));
    const thread = threadHandler(async () => deps);
    const open = await (await thread(get(`/api/demandes/fil?jeton=${await linkOf(b!.email)}`))).text();
    expect(mainText(open)).toContain(
      'Ce besoin est proposé à 2 ambassadeurs disponibles : le premier qui accepte un créneau assure l’intervention.',
    );
    expect(open).not.toContain('louise.martin@example.org');

    const won = await thread(formPost('/api/demandes/fil', { jeton: await linkOf(a!.email), action: 'accept', slot: '0' }));
    expect(won.status).toBe(303);
    const filled = await thread(get(`/api/demandes/fil?jeton=${await linkOf(b!.email)}`));
    expect(filled.status).toBe(200);
    const text = mainText(await filled.text());
    expect(text).toContain(NEED_FILLED_MESSAGE);
    expect(text).toContain('État : Pourvue par un autre ambassadeur');
    expect(text).not.toContain('Accepter ce créneau');
    const before = (await outbox(database().db)).length;
    const late = await thread(formPost('/api/demandes/fil', { jeton: await linkOf(b!.email), action: 'accept', slot: '0' }));
    expect(late.status).toBe(409);
    expect(mainText(await late.text())).toContain(NEED_FILLED_MESSAGE);
    expect((await outbox(database().db)).length).toBe(before);
  });
});
