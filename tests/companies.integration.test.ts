/**
 * A company confirms its members (issue 11, part 1), through the function handlers, on the embedded
 * Postgres and the file system content writer: a company and a person sign up and are approved; the
 * person named the company, so the company's address gets a link; its page (GET) changes nothing;
 * its POST writes `companyConfirmedAt` into the person's file, or removes the company; a used or
 * stale link answers 410; naming another company in « Gérer mon profil » asks again.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';
import { fileSystemWriter } from '../src/server/content/writer.ts';
import { companyMemberHandler } from '../src/server/handlers/companies.ts';
import { applicationReviewHandler, referentSessionHandler, referentSignInHandler } from '../src/server/handlers/referents.ts';
import { confirmApplicationHandler, signupHandler } from '../src/server/handlers/signup.ts';
import { deleteAccount, updateProfile } from '../src/server/workflows/self-service.ts';
import { ambassadorSchema } from '../src/lib/schemas.ts';
import type { AppDeps } from '../src/server/deps.ts';
import { offerPath, type Offer } from '../src/server/offers.ts';
import type { Referent } from '../src/server/referents.ts';
import { makeApplicationInput, makeReferents, makeSettings } from './fixtures.ts';
import { manualClock, useTestDatabase } from './support/database.ts';
import { mainText, parseHtml } from './support/html.ts';
import { cookieFrom, formPost, get, outbox, tokenIn } from './support/http.ts';

const database = useTestDatabase();
let root: string;
let deps: AppDeps & { referents: Referent[]; clock: ReturnType<typeof manualClock>; offers?: readonly Offer[] };

beforeEach(async () => {
  await database().db.query(
    'DELETE FROM applications; DELETE FROM outbox; DELETE FROM link_tokens; DELETE FROM sessions; DELETE FROM rate_limits; DELETE FROM audit_events',
  );
  root = mkdtempSync(join(tmpdir(), 'entreprises-'));
  deps = {
    db: database().db,
    clock: manualClock(),
    settings: makeSettings(),
    siteUrl: 'https://ambassadeurs.example.org',
    content: fileSystemWriter(root),
    referents: makeReferents(),
  };
});

const provider = async () => deps;
const mails = () => outbox(database().db);
const handler = () => companyMemberHandler(provider);
const profileFile = (path: string) => ambassadorSchema.parse(parse(readFileSync(join(root, path), 'utf8')));

/** Signs up, confirms and approves; returns the application id and the profile file's path. */
async function published(input: Record<string, unknown>): Promise<{ id: string; path: string }> {
  expect((await signupHandler(provider)(formPost('/api/inscription', input))).status).toBe(303);
  const confirmation = (await mails()).filter((m) => m.template === 'confirm_application').at(-1);
  await confirmApplicationHandler(provider)(formPost('/api/inscription/confirmer', { jeton: tokenIn(confirmation) }));
  const [row] = await database().db.query<{ id: string }>('SELECT id FROM applications WHERE email = $1', [input.email]);
  await referentSignInHandler(provider)(formPost('/api/referents/connexion', { email: 'claire@example.org' }));
  const link = (await mails()).filter((m) => m.template === 'referent_sign_in').at(-1);
  const cookie = cookieFrom(await referentSessionHandler(provider)(formPost('/api/referents/session', { jeton: tokenIn(link) })));
  const approved = await applicationReviewHandler(provider)(
    formPost(
      '/api/referents/candidature',
      {
        id: row!.id,
        decision: 'valider',
        charterCheckedOn: '2026-11-01',
        criminalRecordCheckedOn: '2026-11-01',
        displayName: input.displayName,
        jobTitle: input.jobTitle,
        organisation: '',
        presentation: input.presentation,
        careerPath: input.careerPath,
        latitude: '',
        longitude: '',
      },
      { cookie },
    ),
  );
  expect(approved.status).toBe(200);
  const [ambassador] = await database().db.query<{ department: string; slug: string }>(
    'SELECT department, slug FROM ambassadors WHERE id = $1',
    [row!.id],
  );
  return { id: row!.id, path: `src/content/ambassadors/${ambassador!.department}/${ambassador!.slug}.yaml` };
}

const companyInput = (overrides: Record<string, unknown> = {}) =>
  makeApplicationInput({
    type: 'company',
    email: 'contact@verrerie.example.org',
    firstName: 'Sandrine',
    lastName: 'Lemaire',
    displayName: 'Verrerie 3B & Fils',
    jobTitle: 'Verrerie industrielle',
    siret: '91200458700016',
    sizeBand: 'medium',
    ...overrides,
  });

async function companyAndMember() {
  const company = await published(companyInput());
  const companyId = company.path.replace('src/content/ambassadors/', '').replace(/\.yaml$/, '');
  const member = await published(makeApplicationInput({ company: companyId }));
  return { company, companyId, member };
}

/** What « Gérer mon profil » posts: the profile's fields of an application, without identity, contact, commune or charter. */
function editOf(input: Record<string, unknown>): Record<string, unknown> {
  const {
    type: _type,
    firstName: _f,
    lastName: _l,
    email: _e,
    phone: _p,
    homeCommune: _h,
    position: _pos,
    charterAccepted: _c,
    charterVersion: _v,
    ...edit
  } = input;
  return edit;
}

const askMails = async () => (await mails()).filter((m) => m.template === 'company_member_confirmation');
const answer = (token: string, decision: string) => handler()(formPost('/api/entreprise/membre', { jeton: token, decision }));

describe('a company confirms a person who named it', () => {
  it('given a person published naming the company, then the company’s address gets a link whose page changes nothing, and its yes writes the date', async () => {
    const { companyId, member, company } = await companyAndMember();
    expect(profileFile(company.path)).toMatchObject({ type: 'company', siret: '91200458700016', sizeBand: 'medium' });
    expect(profileFile(member.path)).toMatchObject({ company: companyId });
    expect(profileFile(member.path).companyConfirmedAt).toBeUndefined();
    const [ask] = await askMails();
    expect(ask!.recipient).toBe('contact@verrerie.example.org');
    expect(ask!.subject).toBe('Camille R. indique faire partie de Verrerie 3B & Fils');
    expect(ask!.text).not.toContain('camille.rousseau@example.org');

    const page = await handler()(get(`/api/entreprise/membre?jeton=${tokenIn(ask)}`));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(
      parseHtml(html)
        .querySelectorAll('main form button')
        .map((b) => b.text),
    ).toEqual(['Oui, Camille R. fait partie de Verrerie 3B & Fils', 'Non, refuser']);
    expect(profileFile(member.path).companyConfirmedAt).toBeUndefined();

    const yes = await answer(tokenIn(ask), 'confirmer');
    expect(yes.status).toBe(200);
    expect(mainText(await yes.text())).toContain('Camille R. figurera sur la page de Verrerie 3B & Fils');
    expect(profileFile(member.path)).toMatchObject({ company: companyId, companyConfirmedAt: new Date('2026-11-02') });
    const told = (await mails()).filter((m) => m.template === 'company_member_confirmed');
    expect(told.map((m) => m.recipient)).toEqual(['camille.rousseau@example.org']);
    // Single use.
    expect((await answer(tokenIn(ask), 'confirmer')).status).toBe(410);
  });

  it('given the company says no, then the person’s file no longer names it and the person is told', async () => {
    const { member } = await companyAndMember();
    const [ask] = await askMails();
    expect((await answer(tokenIn(ask), 'refuser')).status).toBe(200);
    const file = profileFile(member.path);
    expect(file.company).toBeUndefined();
    expect(file.companyConfirmedAt).toBeUndefined();
    expect((await mails()).some((m) => m.template === 'company_member_refused' && m.recipient === 'camille.rousseau@example.org')).toBe(
      true,
    );
  });

  it('given a POST without decision, from elsewhere, or with an unknown link, then 400, 403 and 410, and nothing changes', async () => {
    const { member, companyId } = await companyAndMember();
    const [ask] = await askMails();
    expect((await handler()(formPost('/api/entreprise/membre', { jeton: tokenIn(ask) }))).status).toBe(400);
    expect(
      (
        await handler()(
          formPost('/api/entreprise/membre', { jeton: tokenIn(ask), decision: 'confirmer' }, { origin: 'https://ailleurs.example' }),
        )
      ).status,
    ).toBe(403);
    expect((await answer('inconnu', 'confirmer')).status).toBe(410);
    expect((await handler()(get('/api/entreprise/membre?jeton=inconnu'))).status).toBe(410);
    expect(profileFile(member.path)).toMatchObject({ company: companyId });
    expect(profileFile(member.path).companyConfirmedAt).toBeUndefined();
  });

  it('given the person names another company in « Gérer mon profil », then the old link is stale and the new company is asked', async () => {
    const { member } = await companyAndMember();
    const [oldAsk] = await askMails();
    const other = await published(
      companyInput({
        email: 'rh@marée.example.org'.replace('é', 'e'),
        displayName: 'Marée de la Côte',
        jobTitle: 'Mareyage',
        siret: '94503901200048',
      }),
    );
    const otherId = other.path.replace('src/content/ambassadors/', '').replace(/\.yaml$/, '');
    const input = makeApplicationInput();
    const result = await updateProfile(deps, member.id, { ...editOf(input), company: otherId });
    expect(result).toEqual({ ok: true });
    expect(profileFile(member.path)).toMatchObject({ company: otherId });
    expect((await answer(tokenIn(oldAsk), 'confirmer')).status).toBe(410);
    expect(profileFile(member.path).companyConfirmedAt).toBeUndefined();
    const asks = await askMails();
    expect(asks.at(-1)!.recipient).toBe('rh@maree.example.org');
    expect((await answer(tokenIn(asks.at(-1)), 'confirmer')).status).toBe(200);
    expect(profileFile(member.path).companyConfirmedAt).toEqual(new Date('2026-11-02'));
  });

  it('given « Gérer mon profil », then a company keeps its SIRET (a wrong one is refused with the French message) and a person cannot name a non-company', async () => {
    const { company, member } = await companyAndMember();
    const edit = editOf(companyInput());
    const wrong = await updateProfile(deps, company.id, { ...edit, siret: '91200458700017' });
    expect(wrong).toEqual({ ok: false, errors: { siret: expect.stringMatching(/^SIRET : 14 chiffres dont le dernier est une clé/) } });
    const missing = await updateProfile(deps, company.id, { ...edit, sizeBand: '' });
    expect(missing).toEqual({ ok: false, errors: { sizeBand: 'Effectif : choisissez la tranche d’effectif.' } });
    expect(profileFile(company.path)).toMatchObject({ siret: '91200458700016', sizeBand: 'medium' });
    const personId = member.path.replace('src/content/ambassadors/', '').replace(/\.yaml$/, '');
    const notACompany = await updateProfile(deps, member.id, { ...editOf(makeApplicationInput()), company: personId });
    expect(notACompany).toEqual({ ok: false, errors: { company: expect.stringMatching(/^Entreprise ambassadrice : choisissez-la/) } });
  });

  it('given the company deletes its account, then the people who named it no longer do, its offers are removed, and its pending link is gone', async () => {
    const { company, companyId, member } = await companyAndMember();
    const [ask] = await askMails();
    const offerOf = (id: string, owner: string) => ({ id, company: owner }) as unknown as Offer;
    for (const id of ['stage-maree', 'stage-autre']) await deps.content.write(offerPath(id), 'title: x\n', 'test');
    deps.offers = [offerOf('stage-maree', companyId), offerOf('stage-autre', '59/une-autre-entreprise')];
    expect(await deleteAccount(deps, company.id)).toEqual({ ok: true });
    expect(existsSync(join(root, offerPath('stage-maree')))).toBe(false);
    expect(existsSync(join(root, offerPath('stage-autre')))).toBe(true);
    expect(profileFile(member.path).company).toBeUndefined();
    const [snapshot] = await database().db.query<{ public: Record<string, unknown> }>('SELECT public FROM ambassadors WHERE id = $1', [
      member.id,
    ]);
    expect(snapshot!.public.company).toBeUndefined();
    expect((await handler()(get(`/api/entreprise/membre?jeton=${tokenIn(ask)}`))).status).toBe(410);
  });
});
