/**
 * The mini-stage path (issue 11, part 5) through its handlers with real Requests against the
 * embedded Postgres: the form of an open offer (unknown or expired: 404), an application and its
 * confirmation link, the company's answer (accept shows the adult contact; decline), the last
 * place taken by one of two acceptances at once, the follow-up after the stage (feedback links to
 * both sides, each recorded once) and before it (unanswered: expired), the retention job's
 * anonymisation, and generated wrong input: 422, a French message by each wrong field, nothing written.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  confirmMinistageHandler,
  ministageAnswerHandler,
  ministageFeedbackHandler,
  ministageFormHandler,
} from '../src/server/handlers/ministages.ts';
import type { Offer } from '../src/server/offers.ts';
import { runFollowUp } from '../src/server/workflows/requests/follow-up.ts';
import type { MinistageDeps } from '../src/server/workflows/ministages/records.ts';
import { runRetention } from '../src/server/workflows/retention.ts';
import { deleteAccount } from '../src/server/workflows/self-service.ts';
import { ministageFigures } from '../src/server/indicators/ministages.ts';
import { schoolYearOf } from '../src/lib/period.ts';
import { makeReferents, makeSettings } from './fixtures.ts';
import { manualClock, useTestDatabase } from './support/database.ts';
import { fieldErrors, mainText, parseHtml } from './support/html.ts';
import { assertWrongInputRefused } from './support/wrong-input.ts';
import { SITE, cookieFrom, formPost, get, outbox, tokenIn } from './support/http.ts';
import {
  myRequestsHandler,
  requesterLinkHandler,
  requesterSessionHandler,
  withdrawMinistageHandler,
} from '../src/server/handlers/requester-space.ts';
import { insertCompany, makeMinistageInput, makeOffer, offersIn } from './support/ministages.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileSystemWriter } from '../src/server/content/writer.ts';

const DAY = 86_400_000;
const database = useTestDatabase();
let clock: ReturnType<typeof manualClock>;
let offers: Offer[];
let deps: MinistageDeps;

beforeEach(async () => {
  await database().db.query(
    'DELETE FROM ministage_applications; DELETE FROM ambassadors; DELETE FROM applications; DELETE FROM outbox; DELETE FROM link_tokens; DELETE FROM rate_limits; DELETE FROM audit_events; DELETE FROM sessions',
  );
  clock = manualClock();
  offers = offersIn({
    'boulanger-lille': makeOffer(),
    'ancienne-offre': makeOffer({ periods: [{ start: '2026-10-05', end: '2026-10-09' }] }),
  });
  deps = { db: database().db, clock, settings: makeSettings(), siteUrl: SITE, referents: makeReferents(), offers };
});

const provider = async () => deps;
const form = () => ministageFormHandler(provider);
const FORM = '/api/demandes/mini-stages?offre=boulanger-lille';
const count = async (where = 'true') =>
  Number((await database().db.query<{ n: string }>(`SELECT count(*) AS n FROM ministage_applications WHERE ${where}`))[0]!.n);
const mailsOf = async (template: string) => (await outbox(database().db)).filter((m) => m.template === template);

/** Applies with `input`, confirms by the mailed link, and returns the company's answer token. */
async function applyAndConfirm(input: Record<string, unknown> = {}): Promise<string> {
  const email = (input.email as string | undefined) ?? 'louise.martin@example.org';
  expect((await form()(formPost(FORM, makeMinistageInput(input)))).status).toBe(200);
  const confirmation = (await mailsOf('confirm_ministage')).find((m) => m.recipient === email);
  expect(
    (await confirmMinistageHandler(provider)(formPost('/api/demandes/mini-stages/confirmer', { jeton: tokenIn(confirmation) }))).status,
  ).toBe(200);
  const toCompany = await mailsOf('ministage_to_company');
  return tokenIn(toCompany.at(-1));
}

const answer = (token: string, action: 'accept' | 'decline', message = '') =>
  ministageAnswerHandler(provider)(formPost('/api/mini-stages/reponse', { jeton: token, action, message }));

describe('the form of an offer', () => {
  it('given an open offer, then its form with labelled fields, the offer’s agreements and levels only; unknown or expired: 404', async () => {
    await insertCompany(database().db);
    for (const path of ['/api/mini-stages?offre=boulanger-lille', FORM]) {
      const response = await form()(get(path));
      expect(response.status).toBe(200);
      const page = parseHtml(await response.text());
      expect(page.querySelector('form')?.getAttribute('action')).toBe(FORM);
      for (const name of ['name', 'email', 'organisationName', 'level', 'startDay', 'endDay', 'adultName', 'adultPhone', 'message'])
        expect(page.querySelector(`label[for="${name}"]`), name).not.toBeNull();
      for (const name of ['requesterKind', 'agreementIssuer', 'under16'])
        expect(page.querySelector(`fieldset#${name} legend`), name).not.toBeNull();
      expect(page.querySelectorAll('input[name="agreementIssuer"]').map((i) => i.getAttribute('value'))).toEqual(['school', 'cma']);
      const levels = page.querySelectorAll('select[name="level"] option').map((o) => o.getAttribute('value'));
      expect(levels).toEqual(['', 'college_6_5', 'college_4_3', 'other']);
    }
    for (const id of ['ancienne-offre', 'inconnue', '../secret', ''])
      expect((await form()(get(`/api/mini-stages?offre=${encodeURIComponent(id)}`))).status, id).toBe(404);
    clock.advance(200 * DAY); // past the last period (2027-04-16)
    expect((await form()(get('/api/mini-stages?offre=boulanger-lille'))).status).toBe(404);
  });

  it('given an offer whose company is not a company ambassador, then 404', async () => {
    await insertCompany(database().db, 'autre-slug');
    expect((await form()(get(FORM))).status).toBe(404);
  });
});

describe('applying, confirming, answering', () => {
  it('given a valid application, then a confirmation link; once confirmed, the company gets it without the requester’s address, the requester is told', async () => {
    const company = await insertCompany(database().db);
    const first = await form()(formPost(FORM, makeMinistageInput()));
    expect(first.status).toBe(200);
    expect(mainText(await first.text())).toContain('Un courriel vient de vous être envoyé.');
    expect(await count(`status = 'awaiting_requester_confirmation'`)).toBe(1);
    const [confirmation] = await outbox(database().db);
    expect(confirmation).toMatchObject({ template: 'confirm_ministage', recipient: 'louise.martin@example.org' });
    const token = tokenIn(confirmation);
    const shown = await confirmMinistageHandler(provider)(get(`/api/demandes/mini-stages/confirmer?jeton=${token}`));
    expect(parseHtml(await shown.text()).querySelector('form[method=post] button')?.text).toBe('Confirmer et envoyer ma candidature');
    expect(await mailsOf('ministage_to_company')).toHaveLength(0);
    const done = await confirmMinistageHandler(provider)(formPost('/api/demandes/mini-stages/confirmer', { jeton: token }));
    expect(done.status).toBe(200);
    expect(await count(`status = 'pending'`)).toBe(1);
    const [toCompany] = await mailsOf('ministage_to_company');
    expect(toCompany!.recipient).toBe(company.email);
    expect(toCompany!.subject).toBe('Candidature à votre mini-stage : Découvrir le métier de boulanger');
    expect(toCompany!.text).toContain('du mardi 9 février 2027 au jeudi 11 février 2027');
    expect(toCompany!.text).not.toContain('louise.martin@example.org');
    expect((await mailsOf('ministage_sent'))[0]!.recipient).toBe('louise.martin@example.org');
    // The adult contact never travels by mail.
    for (const mail of await outbox(database().db)) expect(mail.text).not.toContain('06 12 34 56 78');
    const again = await confirmMinistageHandler(provider)(formPost('/api/demandes/mini-stages/confirmer', { jeton: token }));
    expect(again.status).toBe(410);
  });

  it('given the company accepts, then the requester is told, the page shows the adult to reach, and a second answer is refused', async () => {
    await insertCompany(database().db);
    const token = await applyAndConfirm();
    const before = await ministageAnswerHandler(provider)(get(`/api/mini-stages/reponse?jeton=${token}`));
    const beforeText = mainText(await before.text());
    expect(beforeText).toContain('Collège : 4e ou 3e, moins de 16 ans');
    expect(beforeText).not.toContain('06 12 34 56 78');
    const accepted = await answer(token, 'accept', 'Rendez-vous à 6 h devant le fournil.');
    expect(accepted.status).toBe(303);
    const after = await ministageAnswerHandler(provider)(get(accepted.headers.get('Location')!.replace(SITE, '')));
    const afterText = mainText(await after.text());
    expect(afterText).toContain('Paul Durand, 06 12 34 56 78');
    expect(afterText).toContain('ÉtatAcceptée');
    const [mail] = await mailsOf('ministage_accepted');
    expect(mail!.recipient).toBe('louise.martin@example.org');
    expect(mail!.text).toContain('Rendez-vous à 6 h devant le fournil.');
    const second = await answer(token, 'decline');
    expect(second.status).toBe(409);
    expect(await mailsOf('ministage_declined')).toHaveLength(0);
  });

  it('given the company declines, then the requester is told and the application is closed', async () => {
    await insertCompany(database().db);
    const token = await applyAndConfirm({ under16: 'non', adultName: '', adultPhone: '' });
    expect((await answer(token, 'decline', 'Nous sommes complets cette semaine-là.')).status).toBe(303);
    expect(await count(`status = 'declined' AND closed_at IS NOT NULL`)).toBe(1);
    expect((await mailsOf('ministage_declined'))[0]!.text).toContain('Nous sommes complets cette semaine-là.');
  });

  it('given two acceptances at once for the last place of a period, then one is accepted and the other refused with 409', async () => {
    await insertCompany(database().db);
    const a = await applyAndConfirm({ email: 'a@example.org' });
    const b = await applyAndConfirm({ email: 'b@example.org', startDay: '2027-02-10', endDay: '2027-02-12' });
    const c = await applyAndConfirm({ email: 'c@example.org', startDay: '2027-04-12', endDay: '2027-04-14' });
    const statuses = (await Promise.all([answer(a, 'accept'), answer(b, 'accept')])).map((r) => r.status).sort();
    expect(statuses).toEqual([303, 409]);
    expect(await count(`status = 'accepted' AND period_start = '2027-02-08'`)).toBe(1);
    expect(await mailsOf('ministage_accepted')).toHaveLength(1);
    // Another period has its own places; a new application for the full one is refused on its dates.
    expect((await answer(c, 'accept')).status).toBe(303);
    const full = await form()(formPost(FORM, makeMinistageInput({ email: 'd@example.org' })));
    expect(full.status).toBe(422);
    expect(fieldErrors(await full.text()).startDay).toMatch(/^Premier jour : toutes les places de cette période sont prises/);
  });
});

/** Signs `email` in to « Mes demandes » by its emailed link; the session cookie. */
async function signIn(email = 'louise.martin@example.org'): Promise<string> {
  await requesterLinkHandler(provider)(formPost('/api/demandes/mes-demandes/lien', { email }), { ip: '198.51.100.7' });
  const link = (await mailsOf('requester_sign_in')).at(-1);
  return cookieFrom(await requesterSessionHandler(provider)(formPost('/api/demandes/mes-demandes/session', { jeton: tokenIn(link) })));
}

describe('a requester signed in to « Mes demandes »', () => {
  it('given the session, then the form shows the address, and an application with it goes straight to the company; with another address, a link', async () => {
    await insertCompany(database().db);
    const cookie = await signIn();
    const shown = parseHtml(await (await form()(get(FORM, cookie))).text());
    expect(shown.querySelector('#email')?.getAttribute('value')).toBe('louise.martin@example.org');
    const sent = await form()(formPost(FORM, makeMinistageInput(), { cookie }));
    expect(mainText(await sent.text())).toContain('votre candidature est transmise directement à l’entreprise');
    expect(await mailsOf('confirm_ministage')).toHaveLength(0);
    expect(await mailsOf('ministage_to_company')).toHaveLength(1);
    await form()(formPost(FORM, makeMinistageInput({ email: 'autre@example.org' }), { cookie }));
    expect(await mailsOf('confirm_ministage')).toHaveLength(1);
  });
});

describe('the requester’s applications in « Mes demandes »', () => {
  const WITHDRAW = '/api/demandes/mes-demandes/annuler-mini-stage';
  const myRequests = (cookie: string) => myRequestsHandler(provider)(get('/api/demandes/mes-demandes', cookie));
  const withdraw = (id: string, cookie: string, origin?: string) =>
    withdrawMinistageHandler(provider)(formPost(WITHDRAW, { candidature: id }, { cookie, ...(origin ? { origin } : {}) }));
  const idOf = async (email: string) =>
    (await database().db.query<{ id: string }>('SELECT id FROM ministage_applications WHERE requester_email = $1', [email]))[0]!.id;

  it('given applications made with the address (any case), then each is listed with its state and dates; another address’s is not', async () => {
    await insertCompany(database().db);
    await applyAndConfirm({ email: 'Louise.Martin@example.org' });
    await form()(formPost('/api/demandes/mini-stages?offre=boulanger-lille', makeMinistageInput({ email: 'autre@example.org' })));
    const page = parseHtml(await (await myRequests(await signIn())).text());
    const section = page.querySelectorAll('section').find((s) => s.querySelector('h2')?.text === 'Mes candidatures à des mini-stages');
    expect(section).toBeDefined();
    const items = section!.querySelectorAll('li');
    expect(items).toHaveLength(1);
    const item = mainText(items[0]!.outerHTML);
    expect(item).toContain('Mini-stage « Découvrir le métier de boulanger » – ');
    expect(item).toContain('ÉtatTransmise à l’entreprise, en attente de sa réponse');
    expect(item).toContain('du mardi 9 février 2027 au jeudi 11 février 2027');
    expect(items[0]!.querySelector('a')?.getAttribute('href')).toBe(`${WITHDRAW}?candidature=${await idOf('Louise.Martin@example.org')}`);
  });

  it('given a pending application withdrawn, then the company is told and can no longer answer; the list shows it cancelled, without the link', async () => {
    const company = await insertCompany(database().db);
    const token = await applyAndConfirm();
    const cookie = await signIn();
    const id = await idOf('louise.martin@example.org');
    const confirmPage = await withdrawMinistageHandler(provider)(get(`${WITHDRAW}?candidature=${id}`, cookie));
    expect(confirmPage.status).toBe(200);
    const shown = parseHtml(await confirmPage.text());
    expect(shown.querySelector('form[method=post] input[name=candidature]')?.getAttribute('value')).toBe(id);
    expect(mainText(shown.outerHTML)).toContain('L’entreprise sera prévenue par courriel');
    expect(await count(`status = 'cancelled'`)).toBe(0);
    const done = await withdraw(id, cookie);
    expect(done.status).toBe(200);
    expect(mainText(await done.text())).toContain('Votre candidature est annulée.');
    expect(await count(`status = 'cancelled' AND closed_at IS NOT NULL`)).toBe(1);
    const [told] = await mailsOf('ministage_withdrawn');
    expect(told!.recipient).toBe(company.email);
    expect(told!.subject).toBe('Candidature retirée : Découvrir le métier de boulanger');
    expect(told!.text).not.toContain('louise.martin@example.org');
    expect((await answer(token, 'accept')).status).toBe(409);
    expect(await mailsOf('ministage_accepted')).toHaveLength(0);
    const again = await withdraw(id, cookie);
    expect(again.status).toBe(409);
    expect(mainText(await again.text())).toContain('Cette candidature est déjà close');
    const listed = parseHtml(await (await myRequests(cookie)).text());
    expect(mainText(listed.outerHTML)).toContain('ÉtatAnnulée');
    expect(listed.querySelector(`a[href*="annuler-mini-stage"]`)).toBeNull();
  });

  it('given an accepted application withdrawn, then its place is free again; once the stage has begun, 409 and nothing changes', async () => {
    await insertCompany(database().db);
    await answer(await applyAndConfirm({ email: 'a@example.org' }), 'accept');
    const cookie = await signIn('a@example.org');
    expect((await withdraw(await idOf('a@example.org'), cookie)).status).toBe(200);
    expect((await mailsOf('ministage_withdrawn'))[0]!.text).toContain('la place est de nouveau libre');
    // The period had one place, taken by the withdrawn stage: another application for it is now accepted.
    expect((await answer(await applyAndConfirm({ email: 'b@example.org' }), 'accept')).status).toBe(303);
    clock.advance(99 * DAY); // 2027-02-09, the stage's first day
    const late = await withdraw(await idOf('b@example.org'), await signIn('b@example.org'));
    expect(late.status).toBe(409);
    expect(mainText(await late.text())).toContain('Le stage a déjà commencé');
    expect(await count(`status = 'accepted'`)).toBe(1);
  });

  it('given an application never confirmed and withdrawn, then the company never hears of it and its confirmation link no longer sends it', async () => {
    await insertCompany(database().db);
    await form()(formPost(FORM, makeMinistageInput()));
    const confirmation = (await mailsOf('confirm_ministage'))[0];
    const cookie = await signIn();
    expect((await withdraw(await idOf('louise.martin@example.org'), cookie)).status).toBe(200);
    const late = await confirmMinistageHandler(provider)(formPost('/api/demandes/mini-stages/confirmer', { jeton: tokenIn(confirmation) }));
    expect(late.status).toBe(410);
    expect(mainText(await late.text())).toContain('la candidature a été annulée');
    expect(await mailsOf('ministage_to_company')).toHaveLength(0);
    expect(await mailsOf('ministage_withdrawn')).toHaveLength(0);
  });

  it('given another address’s application, no session, or a post from another site, then nothing is withdrawn', async () => {
    await insertCompany(database().db);
    await applyAndConfirm();
    const id = await idOf('louise.martin@example.org');
    const stranger = await signIn('autre@example.org');
    expect((await withdrawMinistageHandler(provider)(get(`${WITHDRAW}?candidature=${id}`, stranger))).status).toBe(404);
    expect((await withdraw(id, stranger)).status).toBe(404);
    expect((await withdraw('pas-un-identifiant', stranger)).status).toBe(404);
    expect((await withdrawMinistageHandler(provider)(formPost(WITHDRAW, { candidature: id }))).status).toBe(401);
    expect((await withdraw(id, await signIn(), 'https://ailleurs.example')).status).toBe(403);
    expect(await count(`status = 'pending'`)).toBe(1);
    expect(await mailsOf('ministage_withdrawn')).toHaveLength(0);
  });
});

describe('after the stage', () => {
  it('given an accepted stage whose last day is over, then done, a feedback link to each side, each recorded once on its side', async () => {
    const company = await insertCompany(database().db);
    const token = await applyAndConfirm();
    await answer(token, 'accept');
    clock.advance(100 * DAY); // 2027-02-10: during the stage
    expect((await runFollowUp(deps)).ministagesCompleted).toBe(0);
    clock.advance(3 * DAY); // 2027-02-13
    const report = await runFollowUp(deps);
    expect(report.ministagesCompleted).toBe(1);
    expect((await runFollowUp(deps)).ministagesCompleted).toBe(0);
    const feedback = await mailsOf('ministage_feedback');
    expect(feedback.map((m) => m.recipient).sort()).toEqual([company.email, 'louise.martin@example.org'].sort());
    const survey = ministageFeedbackHandler(provider);
    const companyLink = tokenIn(feedback.find((m) => m.recipient === company.email));
    const shown = await survey(get(`/api/mini-stages/avis?jeton=${companyLink}`));
    expect(parseHtml(await shown.text()).querySelector('input[name="youngPeopleReached"]')).toBeNull();
    const wrong = await survey(formPost('/api/mini-stages/avis', { jeton: companyLink, satisfaction: '9' }));
    expect(wrong.status).toBe(422);
    expect(fieldErrors(await wrong.text()).satisfaction).toBe('Satisfaction : choisissez une note de 1 à 5.');
    expect(
      (await survey(formPost('/api/mini-stages/avis', { jeton: companyLink, satisfaction: '4', comment: 'Élève ponctuelle.' }))).status,
    ).toBe(200);
    expect((await survey(formPost('/api/mini-stages/avis', { jeton: companyLink, satisfaction: '1' }))).status).toBe(410);
    const [row] = await database().db.query<{ status: string; company_satisfaction: number; requester_satisfaction: number | null }>(
      'SELECT status, company_satisfaction, requester_satisfaction FROM ministage_applications',
    );
    expect(row).toEqual({ status: 'done', company_satisfaction: 4, requester_satisfaction: null });
  });

  it('given an application still unanswered on its first day, then it expires and the requester is told; never confirmed: deleted after a week', async () => {
    await insertCompany(database().db);
    await applyAndConfirm();
    await form()(formPost(FORM, makeMinistageInput({ email: 'jamais@example.org' })));
    clock.advance(8 * DAY);
    expect((await runFollowUp(deps)).purged).toBe(1);
    clock.advance(91 * DAY); // 2027-02-09
    expect((await runFollowUp(deps)).ministagesExpired).toBe(1);
    expect((await mailsOf('ministage_expired'))[0]!.recipient).toBe('louise.martin@example.org');
    expect(await count(`status = 'expired'`)).toBe(1);
  });

  it('given a closed application past the retention period, then its personal data goes and its facts stay', async () => {
    await insertCompany(database().db);
    const token = await applyAndConfirm();
    await answer(token, 'decline', 'Complet.');
    clock.advance(400 * DAY);
    const report = await runRetention({ ...deps, content: fileSystemWriter(mkdtempSync(join(tmpdir(), 'retention-'))) });
    expect(report.anonymisedMinistages).toBe(1);
    const [row] = await database().db.query<Record<string, unknown>>('SELECT * FROM ministage_applications');
    for (const column of [
      'requester_name',
      'requester_email',
      'organisation_name',
      'adult_name',
      'adult_phone',
      'message',
      'answer_message',
    ])
      expect(row![column], column).toBeNull();
    expect(row).toMatchObject({ status: 'declined', level: 'college_4_3', department: '59', under_16: true, agreement_issuer: 'school' });
    expect(row!.anonymised_at).not.toBeNull();
    expect((await ministageAnswerHandler(provider)(get(`/api/mini-stages/reponse?jeton=${token}`))).status).toBe(410);
  });
});

describe('figures', () => {
  it('given stages applied for, held and reported on, then the dashboard counts them apart, and deleting the company changes none of it', async () => {
    const company = await insertCompany(database().db);
    const held = await applyAndConfirm({ email: 'a@example.org' });
    const declined = await applyAndConfirm({ email: 'b@example.org', startDay: '2027-04-12', endDay: '2027-04-14' });
    await applyAndConfirm({ email: 'c@example.org', startDay: '2027-04-13', endDay: '2027-04-15' });
    await answer(held, 'accept');
    await answer(declined, 'decline');
    clock.advance(103 * DAY); // 2027-02-13: the first stage is over
    await runFollowUp(deps);
    const survey = ministageFeedbackHandler(provider);
    const requesterLink = tokenIn((await mailsOf('ministage_feedback')).find((m) => m.recipient === 'a@example.org'));
    await survey(formPost('/api/mini-stages/avis', { jeton: requesterLink, satisfaction: '5' }));
    const figures = () => ministageFigures(database().db, { departments: ['59'] }, schoolYearOf(clock.now()));
    const before = await figures();
    expect(before).toMatchObject({ sent: 3, held: 1 });
    expect(before.byStatus).toEqual([
      { key: 'pending', count: 1 },
      { key: 'accepted', count: 0 },
      { key: 'declined', count: 1 },
      { key: 'cancelled', count: 0 },
      { key: 'expired', count: 0 },
      { key: 'done', count: 1 },
    ]);
    expect(before.satisfaction.requester).toMatchObject({ count: 1, mean: 5 });
    expect(before.satisfaction.company).toMatchObject({ count: 0, mean: null });
    expect((await ministageFigures(database().db, { departments: ['62'] }, schoolYearOf(clock.now()))).sent).toBe(0);

    const root = mkdtempSync(join(tmpdir(), 'suppression-'));
    const result = await deleteAccount({ ...deps, content: fileSystemWriter(root), events: [] }, company.id);
    expect(result.ok).toBe(true);
    const after = await figures();
    expect(after.sent).toBe(before.sent);
    expect(after.held).toBe(before.held);
    expect(after.satisfaction).toEqual(before.satisfaction);
    // The open one is cancelled (its requester told); none keeps a personal field.
    expect(after.byStatus.find((s) => s.key === 'cancelled')!.count).toBe(1);
    expect((await mailsOf('ministage_cancelled')).map((m) => m.recipient)).toEqual(['c@example.org']);
    expect(await count('requester_email IS NOT NULL OR adult_phone IS NOT NULL OR company_id IS NOT NULL')).toBe(0);
  });
});

describe('bad input', () => {
  it('given another origin or the honeypot filled, then nothing is written; given six applications in an hour from one connection and address, then 429', async () => {
    await insertCompany(database().db);
    expect((await form()(formPost(FORM, makeMinistageInput(), { origin: 'https://ailleurs.example' }))).status).toBe(403);
    expect((await form()(formPost(FORM, { ...makeMinistageInput(), website: 'http://spam.example' }))).status).toBe(200);
    expect(await count()).toBe(0);
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await form()(formPost(FORM, makeMinistageInput()), { ip: '203.0.113.7' })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect(await count()).toBe(1); // one open application per address and offer
  });

  it('given generated wrong applications, then 422 with a French message by each wrong field and nothing written', async () => {
    await insertCompany(database().db);
    const wrong = fc.oneof(
      fc.constant(''),
      fc.integer(),
      fc.string({ maxLength: 2 }),
      fc.constant('x'.repeat(3000)),
      // Impossible, past, outside the periods, a code of another list.
      fc.constantFrom('2027-02-30', '2026-01-05', '2027-03-01', '2027-02-10T10:00', 'high_school', 'cci', 'peut-être', '12 34'),
    );
    const fields = [
      'requesterKind',
      'name',
      'email',
      'organisationName',
      'level',
      'startDay',
      'endDay',
      'agreementIssuer',
      'under16',
      'adultName',
      'adultPhone',
      'message',
    ];
    await assertWrongInputRefused({
      valid: makeMinistageInput,
      fields,
      wrong,
      send: (input) => form()(formPost(FORM, input)),
      nothingWritten: async () => {
        expect(await count()).toBe(0);
        expect((await outbox(database().db)).length).toBe(0);
      },
      // A generated value can happen to be valid (an empty message, a two-letter name): cleared.
      reset: () =>
        database().db.query('DELETE FROM ministage_applications; DELETE FROM outbox; DELETE FROM link_tokens; DELETE FROM rate_limits'),
    });
  });

  it('given each rule of the offer broken, then its own message next to its field', async () => {
    await insertCompany(database().db);
    const errorsOf = async (overrides: Record<string, unknown>) => {
      await database().db.query('DELETE FROM rate_limits');
      const response = await form()(formPost(FORM, makeMinistageInput(overrides)));
      expect(response.status).toBe(422);
      return fieldErrors(await response.text());
    };
    expect((await errorsOf({ startDay: '2027-02-09', endDay: '2027-02-12' })).endDay).toBe(
      'Dernier jour : le stage dure 3 jours, premier et dernier compris (ici 4).',
    );
    expect((await errorsOf({ startDay: '2027-02-12', endDay: '2027-02-14' })).startDay).toBe(
      'Premier jour : les dates doivent tenir dans une des périodes d’accueil de l’offre.',
    );
    expect((await errorsOf({ level: 'lycee_seconde' })).level).toBe('Niveau de l’élève : cette offre s’adresse aux collégiens.');
    expect((await errorsOf({ agreementIssuer: 'cci' })).agreementIssuer).toBe(
      'Convention : choisissez parmi les conventions que l’entreprise accepte.',
    );
    expect(await errorsOf({ adultName: '', adultPhone: '' })).toMatchObject({
      adultName: 'Adulte à joindre : champ obligatoire pour un élève de moins de 16 ans.',
      adultPhone: 'Téléphone de l’adulte : champ obligatoire pour un élève de moins de 16 ans.',
    });
    expect((await errorsOf({ requesterKind: 'school', organisationName: '' })).organisationName).toBe(
      'Établissement : champ obligatoire quand l’établissement fait la demande.',
    );
    expect(await count()).toBe(0);
  });
});
