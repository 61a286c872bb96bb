/**
 * The signup functions' handlers, called with real Request objects against the embedded
 * Postgres: order of checks, answers for the enhanced form (JSON) and for a plain form
 * post, honeypot, rate limit, database down; and generated invalid payloads (fast-check)
 * that must all get a 4xx with a message per field and write nothing.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { SIGNUP_ACCEPTED, confirmApplicationHandler, newConfirmationLinkHandler, signupHandler } from '../src/server/handlers/signup.ts';
import type { SignupDeps } from '../src/server/workflows/signup.ts';
import { makeApplicationInput, makeSettings } from './fixtures.ts';
import { SIZE_BANDS, THEMES } from '../src/lib/vocabularies.ts';
import { isValidSiret } from '../src/lib/fields.ts';
import { insertAmbassador } from './support/ambassadors.ts';
import { manualClock, useTestDatabase } from './support/database.ts';
import { outbox } from './support/http.ts';
import { checkedValues, fieldErrors, mainText, parseHtml, titleOf } from './support/html.ts';

const SITE = 'https://ambassadeurs.example.org';
const database = useTestDatabase();
let deps: SignupDeps;
beforeEach(async () => {
  await database().db.query('DELETE FROM applications; DELETE FROM outbox; DELETE FROM link_tokens; DELETE FROM rate_limits');
  deps = { db: database().db, clock: manualClock(), settings: makeSettings(), siteUrl: SITE };
});

/** An application with the optional themes and yearly commitment filled in. */
const withCommitment = (overrides: Record<string, unknown> = {}) =>
  makeApplicationInput({
    themes: ['gender_equality', 'business_creation'],
    yearlyInterventions: '6',
    schoolPeriodsOnly: 'oui',
    ...overrides,
  });

const signup = () => signupHandler(async () => deps);
const count = async (table: string, where = '') =>
  Number((await database().db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table} ${where}`))[0]!.n);

function postJson(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${SITE}/api/inscription`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', Origin: SITE, ...headers },
    body: JSON.stringify(body),
  });
}

function postForm(fields: Record<string, unknown>): Request {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) if (v !== undefined) form.append(key, String(v));
  return new Request(`${SITE}/api/inscription`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: SITE },
    body: form,
  });
}

describe('POST /api/inscription', () => {
  it('given the enhanced form, then 202 with the same message as for a known address', async () => {
    const first = await signup()(postJson(makeApplicationInput()), { ip: '192.0.2.1' });
    const again = await signup()(postJson(makeApplicationInput()), { ip: '192.0.2.1' });
    expect([first.status, again.status]).toEqual([202, 202]);
    expect(await first.json()).toEqual({ message: SIGNUP_ACCEPTED });
    expect(await again.json()).toEqual({ message: SIGNUP_ACCEPTED });
    expect(await count('applications')).toBe(1);
  });

  it('given a form posted without JavaScript, then lists of checkboxes are read and the browser is sent to the thank-you page', async () => {
    const response = await signup()(postForm(makeApplicationInput({ interventions: ['classroom_talk', 'forum'] })));
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('/devenir-ambassadeur/merci/');
    const [row] = await database().db.query<{ profile: { interventions: string[] } }>('SELECT profile FROM applications');
    expect(row!.profile.interventions).toEqual(['classroom_talk', 'forum']);
  });

  it('given wrong fields posted without JavaScript, then the form comes back with the answers kept and each message next to its field, and nothing is written', async () => {
    const input = makeApplicationInput({ email: 'x', monthlyCapacity: '0', publics: ['students', 'job_seekers'] });
    const response = await signup()(postForm(input));
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(titleOf(html)).toMatch(/^Quelques réponses sont à corriger/);
    expect(fieldErrors(html)).toEqual({
      email: 'Adresse e-mail : vérifiez-la (elle s’écrit avec une arobase puis un domaine).',
      monthlyCapacity: 'Disponibilité : au moins 1 demande par mois.',
    });
    const page = parseHtml(html);
    const email = page.querySelector('input#email')!;
    expect(email.getAttribute('value')).toBe('x');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')!.split(' ')).toContain('erreur-email');
    expect(page.querySelector('.error-summary a[href="#email"]')?.text).toMatch(/^Adresse e-mail : vérifiez-la/);
    // What was right is kept, lists included; the form posts back to the same function.
    expect(page.querySelector('input[name="firstName"]')?.getAttribute('value')).toBe(input.firstName);
    expect(checkedValues(html, 'publics')).toEqual(['students', 'job_seekers']);
    const form = page.querySelector('form')!;
    expect([form.getAttribute('method'), form.getAttribute('action'), form.hasAttribute('novalidate')]).toEqual([
      'post',
      '/api/inscription',
      true,
    ]);
    expect(await count('applications')).toBe(0);
  });

  it('given checks out of order, then method, origin and body are refused first, with nothing written', async () => {
    expect((await signup()(new Request(`${SITE}/api/inscription`))).status).toBe(405);
    expect((await signup()(postJson(makeApplicationInput(), { Origin: 'https://ailleurs.example.com' }))).status).toBe(403);
    expect(
      (
        await signup()(
          new Request(`${SITE}/api/inscription`, {
            method: 'POST',
            headers: { Origin: SITE, 'Content-Type': 'application/json' },
            body: '{',
          }),
        )
      ).status,
    ).toBe(400);
    expect(await count('applications')).toBe(0);
  });

  it('given the honeypot filled, then the bot is thanked and nothing is written', async () => {
    const response = await signup()(postJson(makeApplicationInput({ website: 'https://spam.example.com' })));
    expect(response.status).toBe(202);
    expect([await count('applications'), await count('outbox')]).toEqual([0, 0]);
  });

  it('given more than 3 signups for one address from one connection within an hour, then the fourth is refused with 429', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await signup()(postJson(makeApplicationInput()), { ip: '198.51.100.7' })).status);
    expect(statuses).toEqual([202, 202, 202, 429]);
  });

  it('given a stranger posting someone’s address three times, then its owner can still sign up from their own connection', async () => {
    for (let i = 0; i < 3; i++) await signup()(postJson(makeApplicationInput()), { ip: '203.0.113.66' });
    expect((await signup()(postJson(makeApplicationInput()), { ip: '2001:db8:1:2::5' })).status).toBe(202);
  });

  it('given an address posted from many connections, then past the cap nothing new is created but the still-valid link is mailed again', async () => {
    for (let i = 0; i < 10; i++) expect((await signup()(postJson(makeApplicationInput()), { ip: `198.51.100.${i}` })).status).toBe(202);
    const before = await outbox(database().db);
    expect((await signup()(postJson(makeApplicationInput()), { ip: '192.0.2.99' })).status).toBe(202);
    const after = await outbox(database().db);
    expect(after.length).toBe(before.length + 1);
    const first = before.find((m) => m.template === 'confirm_application')!;
    expect(after.at(-1)).toEqual(first);
    expect(await count('applications')).toBe(1);
  });

  it('given the database down, then 503 with a French message saying nothing was kept', async () => {
    const down = signupHandler(async () => ({
      ...deps,
      db: { query: () => Promise.reject(new Error('ECONNREFUSED')), transaction: () => Promise.reject(new Error('ECONNREFUSED')) },
    }));
    const response = await down(postJson(makeApplicationInput()));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      message: 'Le service est momentanément indisponible : rien n’a été enregistré. Réessayez dans quelques minutes.',
    });
  });

  it('given generated invalid payloads, then each gets a 4xx with a message per wrong field and nothing is written', async () => {
    const wrongValue = fc.oneof(
      fc.constant(''),
      fc.constant(null),
      fc.integer(),
      fc.string({ maxLength: 3 }),
      fc.array(fc.string(), { maxLength: 2 }),
      fc.constant('x'.repeat(2000)),
    );
    // The company fields (issue 11) are generated too: a company's signup with each field possibly broken.
    const fields = Object.keys(withCommitment({ siret: '91200458700016', sizeBand: 'small' }));
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.constantFrom(...fields), { minLength: 1, maxLength: 4 }),
        fc.array(wrongValue, { minLength: 4, maxLength: 4 }),
        fc.boolean(),
        async (broken, values, company) => {
          const input = withCommitment(company ? { type: 'company', siret: '91200458700016', sizeBand: 'small' } : {});
          broken.forEach((field, i) => (input[field] = values[i]));
          const response = await signup()(postJson(input), { ip: '203.0.113.9' });
          if (response.status === 202) {
            // A generated value can happen to be valid (e.g. "" for an optional field); then it must really be valid.
            await database().db.query('DELETE FROM applications; DELETE FROM outbox; DELETE FROM link_tokens; DELETE FROM rate_limits');
            return;
          }
          expect(response.status).toBe(422);
          const { errors } = (await response.json()) as { errors: Record<string, string> };
          // Every message is the French one written for its field, never the library's English default.
          for (const message of Object.values(errors)) {
            expect(message).toMatch(/^[A-ZÉ][^:]* : /);
            expect(message).not.toMatch(/Invalid|expected|received/);
          }
          expect(Object.keys(errors).length).toBeGreaterThan(0);
          expect(Object.keys(errors).every((f) => f in input)).toBe(true);
          expect(await count('applications')).toBe(0);
          await database().db.query('DELETE FROM rate_limits');
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('POST /api/inscription: the zone of intervention (issue 11)', () => {
  it('given generated wrong zones (radius out of range, unknown commune or employment area), then 422 with the message next to the zone field and nothing is written', async () => {
    const wrongZone = fc.oneof(
      fc.record({
        zoneKind: fc.constant('commune_radius'),
        zoneCommune: fc.constant('Lille 59000'),
        zoneRadiusKm: fc
          .oneof(
            fc.integer({ min: -1000, max: 0 }),
            fc.integer({ min: 101, max: 100_000 }),
            fc.double({ min: 1.01, max: 99.99, noInteger: true }),
            fc.string({ minLength: 1, maxLength: 4 }).filter((t) => !/^\s*\d+\s*$/.test(t)),
          )
          .map(String),
        field: fc.constant('zoneRadiusKm'),
      }),
      fc.record({
        zoneKind: fc.constant('commune_radius'),
        zoneCommune: fc.oneof(
          fc.constantFrom('99999', '13055', 'Marseille 13001', 'Nulle-Part 62999'),
          fc.stringMatching(/^[A-Z][a-z]{6,12}$/),
        ),
        zoneRadiusKm: fc.integer({ min: 1, max: 100 }).map(String),
        field: fc.constant('zoneCommune'),
      }),
      fc.record({
        zoneKind: fc.constant('employment_areas'),
        employmentAreas: fc.array(
          fc.stringMatching(/^[a-z-]{1,30}$/).filter((id) => !id.endsWith('-demo')),
          { minLength: 1, maxLength: 3 },
        ),
        field: fc.constant('employmentAreas'),
      }),
    );
    await fc.assert(
      fc.asyncProperty(wrongZone, async ({ field, ...zone }) => {
        const response = await signup()(postJson(makeApplicationInput({ departments: [], ...zone })), { ip: '203.0.113.10' });
        expect(response.status).toBe(422);
        const { errors } = (await response.json()) as { errors: Record<string, string> };
        expect(Object.keys(errors)).toEqual([field]);
        expect(errors[field]).toMatch(/^(Rayon|Commune du rayon|Bassins d'emploi) : /);
        expect(await count('applications')).toBe(0);
        await database().db.query('DELETE FROM rate_limits');
      }),
      { numRuns: 40 },
    );
  });
});

describe('POST /api/inscription: themes and yearly commitment (issue 11)', () => {
  it('given themes and a commitment, then they are kept in the proposed profile', async () => {
    const response = await signup()(postForm(withCommitment()), { ip: '203.0.113.9' });
    expect(response.status).toBe(303);
    const [row] = await database().db.query<{ profile: Record<string, unknown> }>('SELECT profile FROM applications');
    expect(row!.profile).toMatchObject({
      themes: ['gender_equality', 'business_creation'],
      yearlyInterventions: 6,
      schoolPeriodsOnly: true,
    });
  });

  it('given generated unknown themes or a yearly volume out of 1–50, then 422 with the French message of that field and nothing written', async () => {
    const unknownTheme = fc.string({ minLength: 1, maxLength: 20 }).filter((t) => !(t in THEMES));
    const wrongVolume = fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 51 }), fc.constant('six'), fc.constant('2.5'));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          unknownTheme.map((t) => ({ themes: ['gender_equality', t] })),
          wrongVolume.map((v) => ({ yearlyInterventions: v })),
        ),
        async (wrong) => {
          const response = await signup()(postJson(withCommitment(wrong)), { ip: '203.0.113.9' });
          expect(response.status).toBe(422);
          const { errors } = (await response.json()) as { errors: Record<string, string> };
          if ('themes' in wrong)
            expect(errors).toEqual({ themes: expect.stringMatching(/^Thèmes : choisissez une valeur parmi job_gender_mix, /) });
          else
            expect(errors).toEqual({
              yearlyInterventions: 'Engagement annuel : nombre entier d’interventions par année scolaire, de 1 à 50.',
            });
          expect(await count('applications')).toBe(0);
          await database().db.query('DELETE FROM rate_limits');
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('POST /api/inscription: companies and structures (issue 11)', () => {
  /** A company's signup: its name may hold digits and « & », with a SIRET (valid key) and a size band. */
  const asCompany = (overrides: Record<string, unknown> = {}) =>
    makeApplicationInput({
      type: 'company',
      displayName: 'Verrerie 3B & Fils',
      jobTitle: 'Verrerie industrielle',
      siret: '912 004 587 00016',
      sizeBand: 'medium',
      ...overrides,
    });
  const profileOf = async () =>
    (
      await database().db.query<{ profile: Record<string, unknown> }>('SELECT profile FROM applications WHERE email = $1', [
        'camille.rousseau@example.org',
      ])
    )[0]?.profile;

  it('given a company with its SIRET and size band, then the proposed profile keeps them (spaces removed) and no company of its own', async () => {
    expect(isValidSiret('91200458700016')).toBe(true);
    const response = await signup()(postJson(asCompany({ company: '59/ailleurs' })));
    expect(response.status).toBe(202);
    expect(await profileOf()).toMatchObject({
      type: 'company',
      displayName: 'Verrerie 3B & Fils',
      siret: '91200458700016',
      sizeBand: 'medium',
    });
    expect(await profileOf()).not.toHaveProperty('company');
  });

  it('given a person, then the company fields their form also shows are dropped, digits in the name refused, and an existing company kept', async () => {
    const company = await insertAmbassador(database().db, { type: 'company', displayName: 'Acme Logistique', slug: 'acme-logistique' });
    const digits = await signup()(postJson(makeApplicationInput({ displayName: 'Camille 2000' })));
    expect(digits.status).toBe(422);
    expect(((await digits.json()) as { errors: object }).errors).toEqual({
      displayName: 'Nom affiché : lettres seulement, sans chiffres, adresse web ni retour à la ligne.',
    });
    const response = await signup()(postJson(makeApplicationInput({ siret: '12345678901237', sizeBand: 'large', company: company.path })));
    expect(response.status).toBe(202);
    const profile = await profileOf();
    expect(profile).toMatchObject({ type: 'professional', company: '59/acme-logistique' });
    expect(profile).not.toHaveProperty('siret');
    expect(profile).not.toHaveProperty('sizeBand');
  });

  it('given generated wrong SIRETs, missing or unknown size bands, or a company that is not one, then 422 with that field’s French message and nothing written', async () => {
    await insertAmbassador(database().db, { displayName: 'Dominique B.', slug: 'dominique-b' });
    const wrongKey = fc
      .stringMatching(/^\d{14}$/)
      .filter((digits) => !isValidSiret(digits))
      .map((siret) => ({ field: 'siret', input: asCompany({ siret }) }));
    const notDigits = fc
      .oneof(
        fc.stringMatching(/^\d{1,13}$/),
        fc.stringMatching(/^\d{15,20}$/),
        fc.stringMatching(/^[\dA-Z-]{14}$/).filter((t) => /[A-Z-]/.test(t)),
      )
      .map((siret) => ({ field: 'siret', input: asCompany({ siret }) }));
    const noSiret = fc.constantFrom('', undefined).map((siret) => ({ field: 'siret', input: asCompany({ siret }) }));
    const wrongBand = fc
      .oneof(
        fc.constant(''),
        fc.string({ minLength: 1, maxLength: 12 }).filter((b) => !(b in SIZE_BANDS)),
      )
      .map((sizeBand) => ({ field: 'sizeBand', input: asCompany({ sizeBand }) }));
    const notACompany = fc
      .oneof(fc.constant('59/dominique-b'), fc.constant('59/nulle-part'), fc.string({ minLength: 1, maxLength: 30 }))
      .filter((company) => company.trim() !== '')
      .map((company) => ({ field: 'company', input: makeApplicationInput({ company }) }));
    await fc.assert(
      fc.asyncProperty(fc.oneof(wrongKey, notDigits, noSiret, wrongBand, notACompany), async ({ field, input }) => {
        await database().db.query('DELETE FROM rate_limits');
        const response = await signup()(postJson(input), { ip: '203.0.113.9' });
        expect(response.status).toBe(422);
        const { errors } = (await response.json()) as { errors: Record<string, string> };
        expect(Object.keys(errors)).toEqual([field]);
        expect(errors[field]).toMatch(
          field === 'siret'
            ? /^SIRET : /
            : field === 'sizeBand'
              ? /^Effectif : /
              : /^Entreprise ambassadrice : choisissez-la dans la liste/,
        );
        expect(await count('applications', "WHERE email = 'camille.rousseau@example.org'")).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it('given a wrong SIRET posted without JavaScript, then the form comes back with the message next to the SIRET field', async () => {
    const response = await signup()(postForm(asCompany({ siret: '91200458700017' })));
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(fieldErrors(html)).toEqual({
      siret:
        'SIRET : 14 chiffres dont le dernier est une clé de contrôle ; vérifiez-le sur l’avis de situation Sirene ou un justificatif de l’entreprise.',
    });
    expect(parseHtml(html).querySelector('input#siret')?.getAttribute('aria-invalid')).toBe('true');
    expect(await count('applications')).toBe(0);
  });
});

describe('GET and POST /api/inscription/confirmer', () => {
  it('given the emailed link, then GET only shows a button and POST confirms', async () => {
    await signup()(postJson(makeApplicationInput()));
    const [mail] = await database().db.query<{ text: string }>('SELECT text FROM outbox');
    const link = /https:\/\/\S+jeton=[\w-]+/.exec(mail!.text)![0];
    const confirm = confirmApplicationHandler(async () => deps);
    const page = await confirm(new Request(link));
    expect(page.status).toBe(200);
    const shown = parseHtml(await page.text());
    expect(shown.querySelector('main button')?.text).toBe('Confirmer mon adresse');
    expect(shown.querySelector('main form')?.getAttribute('action')).toBe('/api/inscription/confirmer');
    expect(shown.querySelector('main form input[name="jeton"]')?.getAttribute('value')).toBe(new URL(link).searchParams.get('jeton'));
    expect((await database().db.query<{ status: string }>('SELECT status FROM applications'))[0]!.status).toBe('submitted');
    const token = new URL(link).searchParams.get('jeton')!;
    const post = () =>
      confirm(
        new Request(`${SITE}/api/inscription/confirmer`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: SITE },
          body: new URLSearchParams({ jeton: token }),
        }),
      );
    const done = await post();
    expect(await done.text()).toContain('Adresse confirmée');
    expect((await database().db.query<{ status: string }>('SELECT status FROM applications'))[0]!.status).toBe('confirmed');
    const again = await post();
    expect(again.status).toBe(410);
    expect(await again.text()).toContain('Ce lien a déjà servi');
  });
});

describe('pages of the signup functions without JavaScript', () => {
  it('given a link that is not valid, then the page says so, echoes nothing of it and offers a new one', async () => {
    const confirm = confirmApplicationHandler(async () => deps);
    const response = await confirm(new Request(`${SITE}/api/inscription/confirmer?jeton=%22%3E%3Cscript%3Ex%3C%2Fscript%3E`));
    expect(response.status).toBe(410);
    const html = await response.text();
    expect(titleOf(html)).toMatch(/^Confirmation impossible/);
    expect(mainText(html)).toContain('Ce lien n’est pas valide.');
    expect(parseHtml(html).querySelector('main form')?.getAttribute('action')).toBe('/api/inscription/nouveau-lien');
    expect(parseHtml(html).querySelector('main script')).toBeNull();
  });

  it('given a form posted from elsewhere, then a page says why it is refused', async () => {
    const request = new Request(`${SITE}/api/inscription`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://ailleurs.example.com' },
      body: new URLSearchParams({ email: 'x@example.org' }),
    });
    const response = await signup()(request);
    expect(response.status).toBe(403);
    const html = await response.text();
    expect(titleOf(html)).toMatch(/^Envoi refusé/);
    expect(mainText(html)).toContain('Le formulaire doit être envoyé depuis le site du réseau.');
  });

  it('given a new link asked, then the answer is the same whether or not the address is known', async () => {
    const ask = newConfirmationLinkHandler(async () => deps);
    const post = (email: string) =>
      ask(
        new Request(`${SITE}/api/inscription/nouveau-lien`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: SITE },
          body: new URLSearchParams({ email }),
        }),
      );
    const texts = await Promise.all(
      [post('inconnue@example.org'), post('autre@example.org')].map(async (r) => mainText(await (await r).text())),
    );
    expect(texts[0]).toContain('Si une inscription attend sa confirmation avec cette adresse');
    expect(texts[0]).toBe(texts[1]);
  });
});

describe('GET /api/dev/courriels', () => {
  it('given a configured mail provider or a remote database, then the mailbox does not exist; locally it lists the outbox', async () => {
    const { devMailboxHandler } = await import('../src/server/handlers/dev-mailbox.ts');
    await signup()(postJson(makeApplicationInput()));
    const closed = devMailboxHandler({ enabled: () => false, db: async () => database().db });
    expect((await closed(new Request(`${SITE}/api/dev/courriels`))).status).toBe(404);
    const open = devMailboxHandler({ enabled: () => true, db: async () => database().db });
    const page = await (await open(new Request(`${SITE}/api/dev/courriels`))).text();
    expect(page).toContain('Confirmez votre inscription comme ambassadeur');
    expect(page).toMatch(/<a href="https:\/\/ambassadeurs\.example\.org\/api\/inscription\/confirmer\?jeton=[\w-]+">/);
  });
});
