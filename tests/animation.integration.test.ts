/**
 * Messages to ambassadors (issue F, part 2) through the real handlers on the embedded Postgres:
 * a referent writes, previews the exact mail and its number of recipients, sends (one message a
 * day, recipients within their territory whatever the form says); each mail carries its own
 * unsubscribe link and the one-click headers; the link's POST unsubscribes at once (request mail
 * still comes), « Gérer mon profil » shows and changes the choice; the dashboard counts it all.
 * Generated wrong messages get a 4xx with a French message and write nothing.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fileSystemWriter } from '../src/server/content/writer.ts';
import type { AppDeps } from '../src/server/deps.ts';
import { referentMessagesHandler, unsubscribeHandler } from '../src/server/handlers/animation.ts';
import type { NewsItem } from '../src/lib/news.ts';
import { dashboardHandler, referentSessionHandler, referentSignInHandler } from '../src/server/handlers/referents.ts';
import { manageLinkRequestHandler, profileSessionHandler, profileSpaceHandler } from '../src/server/handlers/self-service.ts';
import { animationFigures } from '../src/server/indicators/animation.ts';
import { deliverDueBatches } from '../src/server/mail/batches.ts';
import type { BatchMailer, OutgoingMail } from '../src/server/mail/mailer.ts';
import type { Referent } from '../src/server/referents.ts';
import { sendAnimationMail } from '../src/server/workflows/animation/send.ts';
import { newsDraft } from '../src/lib/animation.ts';
import { schoolYearOf } from '../src/lib/period.ts';
import { makeReferents, makeSettings } from './fixtures.ts';
import { insertAmbassador, type AmbassadorFixture } from './support/ambassadors.ts';
import { manualClock, useTestDatabase } from './support/database.ts';
import { fieldErrors, mainText, parseHtml } from './support/html.ts';
import { SITE, cookieFrom, formPost, get, outbox, tokenIn } from './support/http.ts';
import { sentRequest } from './support/requests.ts';

const database = useTestDatabase();
const COORDINATOR: Referent = {
  name: 'Anne R.',
  role: 'Coordinatrice régionale',
  email: 'anne@example.org',
  phone: '03 99 10 20 30',
  departments: ['59'],
  coordinator: true,
  order: 0,
};
let deps: AppDeps & { referents: Referent[]; clock: ReturnType<typeof manualClock>; news?: NewsItem[] };
let nord: AmbassadorFixture[];
let pasDeCalais: AmbassadorFixture;

beforeEach(async () => {
  await database().db.query(
    `DELETE FROM animation_messages; DELETE FROM animation_opt_outs; DELETE FROM feedback; DELETE FROM messages; DELETE FROM requests;
     DELETE FROM requesters; DELETE FROM outbox; DELETE FROM mail_batches; DELETE FROM ambassadors; DELETE FROM applications;
     DELETE FROM link_tokens; DELETE FROM sessions; DELETE FROM rate_limits; DELETE FROM audit_events`,
  );
  deps = {
    db: database().db,
    clock: manualClock('2026-11-12T09:00:00Z'),
    settings: makeSettings(),
    siteUrl: SITE,
    content: fileSystemWriter(mkdtempSync(join(tmpdir(), 'animation-'))),
    referents: [...makeReferents(), COORDINATOR],
  };
  nord = [
    await insertAmbassador(database().db, { sector: 'I', email: 'nord-maintenance@example.org' }),
    await insertAmbassador(database().db, { sector: 'I', type: 'student_apprentice', email: 'nord-apprentie@example.org' }),
    await insertAmbassador(database().db, { sector: 'J', email: 'nord-sante@example.org' }),
  ];
  pasDeCalais = await insertAmbassador(database().db, { department: '62', sector: 'I', email: 'pdc@example.org' });
});

const db = () => database().db;
const provider = async () => deps;
const messages = () => referentMessagesHandler(provider);
const unsubscribe = () => unsubscribeHandler(provider);
const count = async (table: string) => Number((await db().query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);
const animationMails = async () => (await outbox(db())).filter((m) => m.template.startsWith('animation_'));

async function signIn(email: string): Promise<string> {
  await referentSignInHandler(provider)(formPost('/api/referents/connexion', { email }));
  const token = tokenIn((await outbox(db())).filter((m) => m.template === 'referent_sign_in').at(-1));
  await db().query(`DELETE FROM outbox WHERE template = 'referent_sign_in'`);
  return cookieFrom(await referentSessionHandler(provider)(formPost('/api/referents/session', { jeton: token })));
}

const message = (overrides: Record<string, unknown> = {}) => ({
  subject: 'Forum des métiers de Lille, le 12 décembre',
  body: 'Bonjour à toutes et à tous,\n\nLe forum des métiers de Lille cherche des ambassadeurs de la maintenance.\nInscrivez-vous auprès de moi.\n\nMerci !',
  departments: ['59'],
  sectors: ['I'],
  ...overrides,
});

/** A whole send: preview, then the button the preview shows; the recipients' number read from the preview's form. */
async function send(cookie: string, fields: Record<string, unknown> = message()) {
  const preview = await messages()(formPost('/api/referents/messages', { etape: 'apercu', ...fields }, { cookie }));
  expect(preview.status).toBe(200);
  const html = await preview.text();
  const shown = parseHtml(html).querySelector('input[name="destinataires"]')!.getAttribute('value')!;
  const sent = await messages()(formPost('/api/referents/messages', { etape: 'envoyer', destinataires: shown, ...fields }, { cookie }));
  return { preview: html, sent };
}

/** A batch provider that records what it is given. */
function recordingBatches(): BatchMailer & { mails: OutgoingMail[] } {
  const mails: OutgoingMail[] = [];
  return {
    mails,
    async sendBatch(batch) {
      mails.push(...batch);
      return { providerIds: batch.map((_, i) => `prov-${mails.length + i}`) };
    },
  };
}

describe('« Écrire aux ambassadeurs »', () => {
  it('given a referent, then the space’s navigation leads there and the form offers their own départements only', async () => {
    const cookie = await signIn('claire@example.org');
    const html = await (await messages()(get('/api/referents/messages', cookie))).text();
    const page = parseHtml(html);
    expect(page.querySelector('nav[aria-label="Espace des référents"] a[href="/api/referents/messages"]')?.text).toBe(
      'Écrire aux ambassadeurs',
    );
    expect(page.querySelectorAll('input[name="departments"]').map((i) => i.getAttribute('value'))).toEqual(['59']);
    expect(page.querySelectorAll('input[name="departments"][checked]')).toHaveLength(1);
    expect(page.querySelector('label[for="body"]')?.text).toBe('Message');
  });

  it('given a message, then the preview is the exact mail with its number of recipients, and sending queues one mail each with its own link and headers', async () => {
    const cookie = await signIn('claire@example.org');
    const { preview, sent } = await send(cookie);
    expect(mainText(preview)).toContain(
      'Ce message partira vers 2 ambassadeurs (départements Nord (59) ; secteurs Installation et maintenance ;',
    );
    expect(sent.status).toBe(303);
    expect(sent.headers.get('Location')).toBe('/api/referents/messages?fait=envoye');

    const mails = await db().query<{ recipient: string; subject: string; html: string; text: string; headers: Record<string, string> }>(
      `SELECT recipient, subject, html, text, headers FROM outbox WHERE template = 'animation_message' ORDER BY recipient`,
    );
    expect(mails.map((m) => m.recipient)).toEqual(['nord-apprentie@example.org', 'nord-maintenance@example.org']);
    const links = mails.map((m) => /https:\/\/ambassadeurs\.example\.org\/api\/desabonnement\?jeton=([\w-]{43})/.exec(m.text)![0]);
    expect(new Set(links).size).toBe(2);
    mails.forEach((m, i) => {
      expect(m.subject).toBe('Forum des métiers de Lille, le 12 décembre');
      expect(m.headers).toEqual({ 'List-Unsubscribe': `<${links[i]}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
      expect(m.text).toContain('Le forum des métiers de Lille cherche des ambassadeurs de la maintenance.\nInscrivez-vous auprès de moi.');
      expect(m.text).toContain('Claire V., Référente du Nord');
    });
    // The same view: the preview's card and the mail's body say the same words, the example link in place of the personal one.
    const card = parseHtml(preview).querySelector('.card')!;
    const body = parseHtml(mails[0]!.html).querySelector('body')!;
    const exampleToken = /jeton=([\w-]+)/.exec(links[0]!)![1]!;
    expect(card.text.replace(/\s+/g, ' ').trim()).toBe(body.text.replace(/\s+/g, ' ').replace(exampleToken, 'exemple').trim());
    expect(card.querySelectorAll('br')).toHaveLength(body.querySelectorAll('br').length);

    const after = await (await messages()(get('/api/referents/messages?fait=envoye', cookie))).text();
    expect(mainText(after)).toContain('Votre message « Forum des métiers de Lille, le 12 décembre » part vers 2 ambassadeurs');
    console.info(`En-têtes d’un courriel d’animation tels que l’outbox les garde : ${JSON.stringify(mails[0]!.headers)}`);
  });

  it('given a news item chosen, then the message is its title and summary with a button to its page; one of another territory is not found', async () => {
    const item = (id: string, title: string, department?: string): NewsItem => ({
      id,
      url: `/actualites/${id}/`,
      title,
      date: new Date('2026-11-02T00:00:00Z'),
      summary: `Résumé de « ${title} ».`,
      audience: 'ambassadors',
      department,
      territory: department ?? 'Toute la Région',
    });
    deps.news = [item('2026-11-02-forum-lille', 'Forum de Lille', '59'), item('2026-11-02-salon-arras', 'Salon d’Arras', '62')];
    const cookie = await signIn('claire@example.org');
    const form = parseHtml(await (await messages()(get('/api/referents/messages', cookie))).text());
    expect(form.querySelectorAll('select[name="actualite"] option').map((o) => o.getAttribute('value'))).toEqual([
      '2026-11-02-forum-lille',
    ]);

    const filled = parseHtml(await (await messages()(get('/api/referents/messages?actualite=2026-11-02-forum-lille', cookie))).text());
    expect(filled.querySelector('input[name="subject"]')?.getAttribute('value')).toBe('Forum de Lille');
    expect(filled.querySelector('textarea[name="body"]')?.text).toBe('Résumé de « Forum de Lille ».');
    const newsUrl = filled.querySelector('input[name="newsUrl"]')?.getAttribute('value');
    expect(newsUrl).toBe(`${SITE}/actualites/2026-11-02-forum-lille/`);
    const { sent } = await send(cookie, message({ subject: 'Forum de Lille', body: 'Résumé de « Forum de Lille ».', newsUrl }));
    expect(sent.status).toBe(303);
    const [mail] = await db().query<{ text: string }>(`SELECT text FROM outbox WHERE template = 'animation_news' LIMIT 1`);
    expect(mail!.text).toContain(`Lire l’actualité : ${newsUrl}`);

    const other = await messages()(get('/api/referents/messages?actualite=2026-11-02-salon-arras', cookie));
    expect(other.status).toBe(404);
    expect(mainText(await other.text())).toContain('Cette actualité n’existe pas, ou plus');
  });

  it('given the day’s message sent, then a second one the same day is refused in French and nothing is written; the next day it goes', async () => {
    const cookie = await signIn('claire@example.org');
    expect((await send(cookie)).sent.status).toBe(303);
    const before = { mails: await count('outbox'), messages: await count('animation_messages'), tokens: await count('link_tokens') };
    const again = await messages()(
      formPost(
        '/api/referents/messages',
        { etape: 'envoyer', destinataires: '2', ...message({ subject: 'Un autre message' }) },
        { cookie },
      ),
    );
    expect(again.status).toBe(429);
    expect(mainText(await again.text())).toContain(
      'Vous avez déjà envoyé un message aux ambassadeurs aujourd’hui : un message par jour au plus',
    );
    expect({ mails: await count('outbox'), messages: await count('animation_messages'), tokens: await count('link_tokens') }).toEqual(
      before,
    );
    const form = await (await messages()(get('/api/referents/messages', cookie))).text();
    expect(mainText(form)).toContain('Vous avez déjà envoyé votre message d’aujourd’hui : le prochain pourra partir demain.');
    deps.clock.advance(86_400_000);
    expect((await send(await signIn('claire@example.org'), message({ subject: 'Le lendemain' }))).sent.status).toBe(303);
  });

  it('given départements outside the referent’s, then 422 and nothing written; the coordinator reaches the whole Région', async () => {
    const claire = await signIn('claire@example.org');
    const outside = await messages()(
      formPost('/api/referents/messages', { etape: 'apercu', ...message({ departments: ['59', '62'] }) }, { cookie: claire }),
    );
    expect(outside.status).toBe(422);
    expect(fieldErrors(await outside.text()).departments).toBe('Départements : choisissez parmi ceux de votre territoire (59).');
    const forged = await messages()(
      formPost(
        '/api/referents/messages',
        { etape: 'envoyer', destinataires: '1', ...message({ departments: ['62'] }) },
        { cookie: claire },
      ),
    );
    expect(forged.status).toBe(422);
    expect(await count('animation_messages')).toBe(0);

    const anne = await signIn('anne@example.org');
    const { preview, sent } = await send(anne, message({ departments: ['59', '62'] }));
    expect(mainText(preview)).toContain('Ce message partira vers 3 ambassadeurs');
    expect(sent.status).toBe(303);
    expect((await animationMails()).map((m) => m.recipient).sort()).toEqual([
      'nord-apprentie@example.org',
      'nord-maintenance@example.org',
      'pdc@example.org',
    ]);
  });

  it('given filters, then only the matching ambassadors: type, sector, never solicited (figure 4’s definition)', async () => {
    const cookie = await signIn('claire@example.org');
    const recipientsOf = async (fields: Record<string, unknown>) => {
      const html = await (
        await messages()(formPost('/api/referents/messages', { etape: 'apercu', ...message(fields) }, { cookie }))
      ).text();
      return parseHtml(html).querySelector('input[name="destinataires"]')?.getAttribute('value') ?? fieldErrors(html).departments;
    };
    expect(await recipientsOf({ sectors: [], types: ['student_apprentice'] })).toBe('1');
    expect(await recipientsOf({ sectors: ['J', 'I'] })).toBe('3');
    // Published today: none has been published for 90 days yet.
    expect(await recipientsOf({ sectors: [], neverSolicited: 'oui' })).toBe(
      'Départements : aucun ambassadeur ne correspond à ces critères.',
    );
    await db().query(`UPDATE ambassadors SET published_at = '2025-06-01T00:00:00Z'`);
    expect(await recipientsOf({ sectors: [], neverSolicited: 'oui' })).toBe('3');
    await sentRequest(deps, nord[2]!.path, { email: 'prof@example.org' });
    expect(await recipientsOf({ sectors: [], neverSolicited: 'oui' })).toBe('2');
  });

  it('given the recipients changed since the preview, then the preview again with a notice, 409, nothing sent', async () => {
    const cookie = await signIn('claire@example.org');
    await db().query('UPDATE ambassadors SET animation_opt_out_at = now() WHERE id = $1', [nord[0]!.id]);
    const response = await messages()(
      formPost('/api/referents/messages', { etape: 'envoyer', destinataires: '2', ...message() }, { cookie }),
    );
    expect(response.status).toBe(409);
    expect(mainText(await response.text())).toContain(
      'Le nombre de destinataires a changé depuis l’aperçu : 1 au lieu de 2. Rien n’est parti',
    );
    expect(await count('outbox')).toBe(0);
  });

  it('given a news item, then its summary and a button to its page (newsDraft, kind « news »); a link off the site is refused', async () => {
    const draft = newsDraft({
      title: 'Le salon  de l’apprentissage revient',
      summary: 'Trois jours à Arras pour découvrir 200 métiers.',
      url: `${SITE}/actualites/salon-apprentissage/`,
    });
    expect(draft).toEqual({
      subject: 'Le salon de l’apprentissage revient',
      body: 'Trois jours à Arras pour découvrir 200 métiers.',
      newsUrl: `${SITE}/actualites/salon-apprentissage/`,
    });
    const cookie = await signIn('claire@example.org');
    const elsewhere = await messages()(
      formPost(
        '/api/referents/messages',
        { etape: 'apercu', ...message(), ...draft, newsUrl: 'https://ailleurs.example/piege' },
        { cookie },
      ),
    );
    expect(elsewhere.status).toBe(422);
    const { sent } = await send(cookie, { ...message(), ...draft });
    expect(sent.status).toBe(303);
    const [mail] = await animationMails();
    expect(mail!.template).toBe('animation_news');
    expect(mail!.text).toContain(`Lire l’actualité : ${SITE}/actualites/salon-apprentissage/`);
  });

  it('given generated wrong messages, then a 4xx with a French message and nothing written', async () => {
    const cookie = await signIn('claire@example.org');
    const tables = ['animation_messages', 'animation_recipients', 'outbox', 'mail_batches', 'link_tokens', 'audit_events'];
    const counts = async () => Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await count(t)] as const)));
    const before = await counts();
    const wrong: Record<string, fc.Arbitrary<unknown>> = {
      subject: fc.constantFrom('', '   ', 'Oui', 'x'.repeat(121), 'Deux\nlignes ici'),
      body: fc.constantFrom('', 'Trop court', 'x'.repeat(5001)),
      departments: fc.constantFrom([], ['62'], ['ZZ'], ['59', '80'], ['2A']),
      sectors: fc.constantFrom(['Z'], ['i'], ['I', 'robot']),
      types: fc.constantFrom(['robot'], ['PROFESSIONAL']),
      neverSolicited: fc.constantFrom('non', 'true', 'x'),
      newsUrl: fc.constantFrom('javascript:alert(1)', 'https://ailleurs.example/a', 'pas une adresse'),
      etape: fc.constantFrom('', 'publier', 'ENVOYER'),
      destinataires: fc.constantFrom('', '0', '3', 'deux', '-1'),
    };
    await fc.assert(
      fc.asyncProperty(
        fc
          .uniqueArray(fc.constantFrom(...Object.keys(wrong)), { minLength: 1, maxLength: 3 })
          .chain((fields) => fc.tuple(fc.constant(fields), fc.tuple(...fields.map((f) => wrong[f]!)))),
        async ([fields, values]) => {
          const input: Record<string, unknown> = { etape: 'envoyer', destinataires: '2', ...message() };
          fields.forEach((f, i) => (input[f] = values[i]));
          const response = await messages()(formPost('/api/referents/messages', input, { cookie }));
          const html = await response.text();
          expect(response.status, JSON.stringify(input)).toBeGreaterThanOrEqual(400);
          expect(response.status).toBeLessThan(500);
          const text = mainText(html);
          expect(text).toMatch(/Rien n’a été enregistré|Rien n’est parti/);
          for (const message of Object.values(fieldErrors(html))) {
            expect(message).toMatch(/^[A-ZÉ][^:]* : /);
            expect(message).not.toMatch(/Invalid|expected|received/);
          }
          expect(await counts()).toEqual(before);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('given no session or another origin, then 401 or 403 and nothing written', async () => {
    expect((await messages()(get('/api/referents/messages'))).status).toBe(401);
    const cookie = await signIn('claire@example.org');
    const foreign = await messages()(
      formPost(
        '/api/referents/messages',
        { etape: 'envoyer', destinataires: '2', ...message() },
        { cookie, origin: 'https://ailleurs.example' },
      ),
    );
    expect(foreign.status).toBe(403);
    expect(await count('animation_messages')).toBe(0);
  });
});

describe('the unsubscribe link', () => {
  async function mailedLink(): Promise<{ token: string; to: string }> {
    const cookie = await signIn('claire@example.org');
    await send(cookie);
    const mail = (await animationMails()).find((m) => m.recipient === 'nord-maintenance@example.org')!;
    return { token: tokenIn(mail), to: mail.recipient };
  }

  it('given GET (a mail scanner), then a page with a button and nothing changes; POST one-click from anywhere unsubscribes at once, 200', async () => {
    const { token } = await mailedLink();
    const page = await unsubscribe()(get(`/api/desabonnement?jeton=${token}`));
    expect(page.status).toBe(200);
    const form = parseHtml(await page.text()).querySelector('main form[method="post"]')!;
    expect(form.getAttribute('action')).toBe(`/api/desabonnement?jeton=${token}`);
    expect(form.querySelector('button')!.text).toBe('Ne plus recevoir les messages d’animation');
    expect(await count('animation_opt_outs')).toBe(0);

    // What a mail client sends (RFC 8058): no Origin of the site, the body List-Unsubscribe=One-Click.
    const oneClick = () =>
      new Request(`${SITE}/api/desabonnement?jeton=${token}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
    const done = await unsubscribe()(oneClick());
    expect(done.status).toBe(200);
    expect(mainText(await done.text())).toContain('C’est fait : vous ne recevrez plus de message d’animation.');
    const [row] = await db().query<{ via: string }>('SELECT via FROM animation_opt_outs');
    expect(row!.via).toBe('one_click');
    expect(
      (await db().query<{ at: Date | null }>('SELECT animation_opt_out_at AS at FROM ambassadors WHERE id = $1', [nord[0]!.id]))[0]!.at,
    ).not.toBeNull();
    // Twice is harmless: the same answer, one refusal counted.
    expect((await unsubscribe()(oneClick())).status).toBe(200);
    expect(await count('animation_opt_outs')).toBe(1);
  });

  it('given an unsubscribed ambassador, then request mail still comes, the next mailing skips them, and the same link undoes it from the site only', async () => {
    const { token, to } = await mailedLink();
    expect((await unsubscribe()(formPost(`/api/desabonnement?jeton=${token}`, { action: 'desabonner' }))).status).toBe(200);
    await sentRequest(deps, nord[0]!.path, { email: 'prof@example.org' });
    expect((await outbox(db())).filter((m) => m.template === 'request_to_ambassador').map((m) => m.recipient)).toEqual([to]);

    deps.clock.advance(86_400_000);
    await db().query('DELETE FROM outbox');
    await send(await signIn('claire@example.org'), message({ subject: 'Deuxième message' }));
    expect((await animationMails()).map((m) => m.recipient)).toEqual(['nord-apprentie@example.org']);

    expect(
      (await unsubscribe()(formPost(`/api/desabonnement?jeton=${token}`, { action: 'reabonner' }, { origin: 'https://ailleurs.example' })))
        .status,
    ).toBe(403);
    const undone = await unsubscribe()(formPost(`/api/desabonnement?jeton=${token}`, { action: 'reabonner' }));
    expect(undone.status).toBe(200);
    expect(mainText(await undone.text())).toContain('C’est fait : vous recevrez de nouveau les messages d’animation.');
    expect((await db().query<{ undone: Date | null }>('SELECT undone_at AS undone FROM animation_opt_outs'))[0]!.undone).not.toBeNull();
    // And the link still works to refuse again (not single use).
    expect((await unsubscribe()(formPost(`/api/desabonnement?jeton=${token}`, {}))).status).toBe(200);
    expect(await count('animation_opt_outs')).toBe(2);
  });

  it('given an unknown or expired link, then 410 and a way to « Gérer mon profil »', async () => {
    expect((await unsubscribe()(get('/api/desabonnement?jeton=inconnu'))).status).toBe(410);
    expect((await unsubscribe()(formPost('/api/desabonnement?jeton=inconnu', {}))).status).toBe(410);
    const { token } = await mailedLink();
    deps.clock.advance(366 * 86_400_000);
    const expired = await unsubscribe()(get(`/api/desabonnement?jeton=${token}`));
    expect(expired.status).toBe(410);
    expect(parseHtml(await expired.text()).querySelector('main a[href="/gerer-mon-profil/"]')).not.toBeNull();
  });

  it('given the account deleted since, then its link is unusable (410)', async () => {
    const { token } = await mailedLink();
    await db().query('DELETE FROM applications WHERE id = $1', [nord[0]!.id]);
    expect((await unsubscribe()(formPost(`/api/desabonnement?jeton=${token}`, {}))).status).toBe(410);
    expect(await count('animation_opt_outs')).toBe(0);
  });

  it('given a mail queued but not yet posted, then unsubscribing removes it; once its batch was posted, the batch stays whole', async () => {
    const { token, to } = await mailedLink();
    expect((await unsubscribe()(formPost(`/api/desabonnement?jeton=${token}`, {}))).status).toBe(200);
    expect((await animationMails()).map((m) => m.recipient)).toEqual(['nord-apprentie@example.org']);
    const [fact] = await db().query<{ outbox_id: string | null; sent_at: Date | null }>(
      'SELECT outbox_id, sent_at FROM animation_recipients WHERE ambassador_ref = $1',
      [nord[0]!.id],
    );
    expect(fact).toEqual({ outbox_id: null, sent_at: null });

    // A batch already posted once (the provider failed) keeps its composition: a retry must post the same mails under the same key.
    await db().query('DELETE FROM outbox; UPDATE ambassadors SET animation_opt_out_at = NULL');
    deps.clock.advance(86_400_000);
    await send(await signIn('claire@example.org'), message({ subject: 'Deuxième message' }));
    const failing: BatchMailer = { sendBatch: () => Promise.reject(new Error('panne')) };
    expect(await deliverDueBatches(db(), failing, deps.clock)).toMatchObject({ failed: 2 });
    const second = tokenIn((await animationMails()).find((m) => m.recipient === to));
    expect((await unsubscribe()(formPost(`/api/desabonnement?jeton=${second}`, {}))).status).toBe(200);
    expect((await animationMails()).map((m) => m.recipient).sort()).toEqual(['nord-apprentie@example.org', to]);
  });

  it('given a caller that lists an ambassador who refused, then sendAnimationMail leaves them out', async () => {
    await db().query('UPDATE ambassadors SET animation_opt_out_at = now() WHERE id = $1', [nord[0]!.id]);
    const result = await db().transaction((tx) =>
      sendAnimationMail(
        tx,
        deps.clock,
        { siteUrl: SITE, context: deps.settings },
        {
          kind: 'thanks',
          departments: ['59'],
          filters: {},
          subject: 'Merci',
          body: 'Merci pour cette année.',
          recipients: nord.map((a) => ({ ambassadorId: a.id, email: a.email, firstName: 'Prénom', department: '59' })),
          render: () => ({ subject: 'Merci pour cette année', paragraphs: ['Merci.'] }),
        },
      ),
    );
    expect(result).toMatchObject({ ok: true, recipients: 2 });
    expect((await animationMails()).map((m) => m.recipient).sort()).toEqual(['nord-apprentie@example.org', 'nord-sante@example.org']);
  });
});

describe('« Gérer mon profil » and the dashboard', () => {
  async function openSpace(email: string): Promise<string> {
    await manageLinkRequestHandler(provider)(formPost('/api/profil/lien', { email }), { ip: '192.0.2.1' });
    const token = tokenIn((await outbox(db())).filter((m) => m.template === 'manage_profile_link').at(-1));
    return cookieFrom(await profileSessionHandler(provider)(formPost('/api/profil/session', { jeton: token })));
  }

  it('given the space, then it shows the choice and changes it both ways', async () => {
    const space = await openSpace('nord-sante@example.org');
    const section = async () =>
      mainText(
        parseHtml(await (await profileSpaceHandler(provider)(get('/api/profil', space))).text())
          .querySelector('[aria-labelledby="titre-animation"]')!
          .toString(),
      );
    expect(await section()).toContain('Vous recevez les messages d’animation');
    const off = await profileSpaceHandler(provider)(formPost('/api/profil', { action: 'sans-animation' }, { cookie: space }));
    expect(off.headers.get('Location')).toBe('/api/profil?fait=sans-animation');
    expect(await section()).toContain('Vous ne recevez pas les messages d’animation (choix fait le 12/11/2026)');
    const [row] = await db().query<{ via: string }>('SELECT via FROM animation_opt_outs');
    expect(row!.via).toBe('space');
    await profileSpaceHandler(provider)(formPost('/api/profil', { action: 'avec-animation' }, { cookie: space }));
    expect(await section()).toContain('Vous recevez les messages d’animation');
  });

  it('given a message sent, delivered, one bounce and one refusal, then the dashboard counts them in the recipients’ départements', async () => {
    const anne = await signIn('anne@example.org');
    await send(anne, message({ departments: ['59', '62'] }));
    const provider2 = recordingBatches();
    expect(await deliverDueBatches(db(), provider2, deps.clock)).toMatchObject({ sent: 3 });
    await db().query(`UPDATE animation_recipients SET bounced_at = $1 WHERE ambassador_ref = $2`, [deps.clock.now(), pasDeCalais.id]);
    const token = tokenIn((await animationMails()).find((m) => m.recipient === 'nord-apprentie@example.org'));
    await unsubscribe()(formPost(`/api/desabonnement?jeton=${token}`, {}));
    const year = schoolYearOf(deps.clock.now());
    expect(await animationFigures(db(), { departments: ['59'] }, year)).toEqual({
      total: { messages: 1, recipients: 2, sent: 2, bounced: 0 },
      byKind: [{ key: 'message', messages: 1, recipients: 2, sent: 2, bounced: 0 }],
      refused: 1,
      undone: 0,
      refusingToday: 1,
    });
    expect((await animationFigures(db(), { departments: ['62'] }, year)).total).toEqual({
      messages: 1,
      recipients: 1,
      sent: 1,
      bounced: 1,
    });
    const page = await (await dashboardHandler(provider)(get('/api/referents/tableau-de-bord?departement=59', anne))).text();
    expect(mainText(page)).toContain('1 envoi pour 2 destinataires ; 2 courriels remis et 0 non remis');
    expect(mainText(page)).toContain('1 désabonnement dans la période ; 1 ambassadeur refuse les messages d’animation aujourd’hui.');
  });
});
