/**
 * W1 up to the confirmed address, against the embedded Postgres: what is written, which
 * mail leaves, and that a refused or repeated signup writes nothing more.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  confirmApplication,
  purgeUnconfirmedApplications,
  resendConfirmationLink,
  submitApplication,
  type SignupDeps,
} from '../src/server/workflows/signup.ts';
import { makeApplicationInput, makeSettings } from './fixtures.ts';
import { manualClock, useTestDatabase } from './support/database.ts';

const database = useTestDatabase();
beforeEach(async () => {
  await database().db.query('DELETE FROM applications; DELETE FROM outbox; DELETE FROM link_tokens; DELETE FROM audit_events');
});

function deps(clock = manualClock()): SignupDeps & { clock: ReturnType<typeof manualClock> } {
  return { db: database().db, clock, settings: makeSettings(), siteUrl: 'https://ambassadeurs.example.org' };
}

const count = async (table: string) => Number((await database().db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);
const outbox = () =>
  database().db.query<{ recipient: string; template: string; subject: string; text: string; html: string }>(
    'SELECT * FROM outbox ORDER BY created_at',
  );
const linkIn = (text: string) => /https:\/\/ambassadeurs\.example\.org\/api\/inscription\/confirmer\?jeton=([\w-]{43})/.exec(text)?.[1];

describe('signup', () => {
  it('given a complete form, then the application, its consent and one confirmation mail are written together', async () => {
    expect(await submitApplication(deps(), makeApplicationInput())).toEqual({ ok: true });
    const [application] = await database().db.query<{ status: string; meets_minors: boolean; profile: { displayName: string } }>(
      'SELECT * FROM applications',
    );
    expect(application).toMatchObject({ status: 'submitted', meets_minors: true, profile: { displayName: 'Camille R.' } });
    expect(await database().db.query('SELECT document, version FROM consents')).toEqual([{ document: 'charter', version: '2.1' }]);
    const mails = await outbox();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      recipient: 'camille.rousseau@example.org',
      template: 'confirm_application',
      subject: 'Confirmez votre inscription comme ambassadeur',
    });
    // Greeted without the first name typed: the address is not confirmed yet.
    expect(mails[0]!.text.startsWith('Bonjour,')).toBe(true);
    expect(mails[0]!.text).not.toContain('Camille');
    expect(mails[0]!.text).toContain('valable 12 heures');
    expect(mails[0]!.text).toContain('Région Hauts-de-France');
    expect(linkIn(mails[0]!.text)).toBeDefined();
    const trail = JSON.stringify(await database().db.query('SELECT actor, action, subject FROM audit_events'));
    expect(trail).toContain('application_submitted');
    expect(trail).not.toContain('camille');
  });

  it('given wrong fields, then each gets its French message and nothing is written', async () => {
    const result = await submitApplication(
      deps(),
      makeApplicationInput({
        email: 'pas-une-adresse',
        interventions: [],
        charterAccepted: undefined,
        presentation: 'Appelez-moi au 06 12 34 56 78 pour en savoir plus.',
      }),
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        email: 'Adresse e-mail : vérifiez-la (elle s’écrit avec une arobase puis un domaine).',
        interventions: 'Interventions : choisissez au moins une valeur.',
        charterAccepted: 'Charte : vous devez accepter la charte pour devenir ambassadeur.',
        presentation: expect.stringContaining("retirez l'adresse e-mail ou le numéro de téléphone"),
      },
    });
    expect([await count('applications'), await count('outbox'), await count('link_tokens')]).toEqual([0, 0, 0]);
  });

  it('given a commune outside the Région, then the server refuses it even though the form accepted its shape', async () => {
    const result = await submitApplication(deps(), makeApplicationInput({ homeCommune: '13055', position: '' }));
    expect(result).toEqual({
      ok: false,
      errors: { homeCommune: expect.stringContaining("Marseille n'est pas dans la Région Hauts-de-France") },
    });
    expect(await count('applications')).toBe(0);
  });

  it('given the same address twice, then the answer is the same, no second application exists and the person is told by mail', async () => {
    expect(await submitApplication(deps(), makeApplicationInput())).toEqual({ ok: true });
    expect(await submitApplication(deps(), makeApplicationInput({ email: 'Camille.Rousseau@example.org' }))).toEqual({ ok: true });
    expect(await count('applications')).toBe(1);
    expect((await outbox()).map((m) => m.template)).toEqual(['confirm_application', 'application_already_open']);
  });

  it('given the emailed link, when posted, then the application is confirmed once; a second use and an expired link say why', async () => {
    const d = deps();
    await submitApplication(d, makeApplicationInput());
    const token = linkIn((await outbox())[0]!.text)!;
    expect(await confirmApplication(d, token)).toMatchObject({ ok: true });
    expect((await database().db.query<{ status: string }>('SELECT status FROM applications'))[0]!.status).toBe('confirmed');
    expect(await confirmApplication(d, token)).toEqual({ ok: false, reason: 'used' });

    await submitApplication(d, makeApplicationInput({ email: 'autre@example.org' }));
    const late = linkIn((await outbox()).at(-1)!.text)!;
    d.clock.advance(12 * 3_600_000 + 1);
    expect(await confirmApplication(d, late)).toEqual({ ok: false, reason: 'expired' });
  });

  it('given an expired link, when a new one is asked, then a new mail leaves only for a pending application', async () => {
    const d = deps();
    await submitApplication(d, makeApplicationInput());
    await resendConfirmationLink(d, 'CAMILLE.ROUSSEAU@example.org');
    await resendConfirmationLink(d, 'inconnu@example.org');
    expect((await outbox()).map((m) => m.template)).toEqual(['confirm_application', 'confirm_application']);
  });

  it('given an application never confirmed, then it is purged after 7 days with its consent and links', async () => {
    const d = deps();
    await submitApplication(d, makeApplicationInput());
    d.clock.advance(7 * 86_400_000 - 1);
    expect(await purgeUnconfirmedApplications(d)).toBe(0);
    d.clock.advance(2);
    expect(await purgeUnconfirmedApplications(d)).toBe(1);
    expect([await count('applications'), await count('consents'), await count('link_tokens')]).toEqual([0, 0, 0]);
  });
});

describe('signup with a zone of intervention (issue 11)', () => {
  it('given a commune and a radius, then the profile keeps them with the départements they cover', async () => {
    const input = makeApplicationInput({ zoneKind: 'commune_radius', departments: [], zoneCommune: 'Arras 62000', zoneRadiusKm: '60' });
    expect(await submitApplication(deps(), input)).toEqual({ ok: true });
    const [row] = await database().db.query<{ profile: Record<string, unknown> }>('SELECT profile FROM applications');
    expect(row!.profile).toMatchObject({
      zoneKind: 'commune_radius',
      zoneCommune: '62041',
      zoneRadiusKm: 60,
      departments: ['59', '62', '80'],
    });
    expect(row!.profile).not.toHaveProperty('employmentAreas');
  });

  it('given employment areas or the whole Région, then the départements stored are those the zone covers', async () => {
    const areas = makeApplicationInput({ zoneKind: 'employment_areas', departments: ['02'], employmentAreas: ['bassin-du-littoral-demo'] });
    expect(await submitApplication(deps(), areas)).toEqual({ ok: true });
    const region = makeApplicationInput({ email: 'autre@example.org', zoneKind: 'region', departments: [], zoneCommune: 'texte oublié' });
    expect(await submitApplication(deps(), region)).toEqual({ ok: true });
    const rows = await database().db.query<{ profile: Record<string, unknown> }>(
      'SELECT profile FROM applications ORDER BY created_at, email',
    );
    const byKind = Object.fromEntries(rows.map((r) => [r.profile.zoneKind as string, r.profile]));
    expect(byKind.employment_areas).toMatchObject({ employmentAreas: ['bassin-du-littoral-demo'], departments: ['59', '62'] });
    expect(byKind.region).toMatchObject({ departments: ['02', '59', '60', '62', '80'] });
    expect(byKind.region).not.toHaveProperty('zoneCommune');
  });

  it.each([
    [{ zoneRadiusKm: '150' }, 'zoneRadiusKm', 'Rayon : nombre entier de kilomètres, entre 1 et 100.'],
    [{ zoneRadiusKm: '0' }, 'zoneRadiusKm', 'Rayon : nombre entier de kilomètres, entre 1 et 100.'],
    [{ zoneRadiusKm: 'dix' }, 'zoneRadiusKm', 'Rayon : nombre entier de kilomètres, entre 1 et 100.'],
    [{ zoneCommune: 'Nulle-Part 62999' }, 'zoneCommune', 'Commune du rayon : commune introuvable dans la Région'],
    [{ zoneCommune: 'Marseille 13001' }, 'zoneCommune', 'Commune du rayon : commune introuvable dans la Région'],
    [{ zoneKind: 'employment_areas', employmentAreas: ['bassin-inconnu'] }, 'employmentAreas', "Bassins d'emploi : choisissez parmi"],
    [{ zoneKind: 'employment_areas', employmentAreas: [] }, 'employmentAreas', "Bassins d'emploi : choisissez au moins"],
    [{ zoneKind: 'partout' }, 'zoneKind', "Zone d'intervention : choisissez une valeur parmi"],
    [{ zoneKind: 'departments', departments: [] }, 'departments', "Départements d'intervention : choisissez au moins un département."],
  ])('given %o, then the message next to %s and nothing is written', async (overrides, field, message) => {
    const input = makeApplicationInput({ zoneKind: 'commune_radius', zoneCommune: 'Lille 59000', zoneRadiusKm: '15', ...overrides });
    const result = await submitApplication(deps(), input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[field]).toContain(message);
    expect([await count('applications'), await count('outbox'), await count('link_tokens')]).toEqual([0, 0, 0]);
  });
});

describe('signup without JavaScript', () => {
  it('given a commune typed by name and postal code, then the server finds its code', async () => {
    const input = makeApplicationInput({ homeCommune: '', position: '', communeSearch: '62500 Saint-Omer' });
    expect(await submitApplication(deps(), input)).toEqual({ ok: true });
    const [row] = await database().db.query<{ profile: { homeCommune: string } }>('SELECT profile FROM applications');
    expect(row!.profile.homeCommune).toBe('62765');
  });

  it('given an ambiguous or unknown commune name, then the message asks for the postal code', async () => {
    const result = await submitApplication(deps(), makeApplicationInput({ homeCommune: '', position: '', communeSearch: 'Nulle-Part' }));
    expect(result).toEqual({
      ok: false,
      errors: { homeCommune: 'Commune : choisissez votre commune dans la liste proposée, ou indiquez son nom et son code postal.' },
    });
  });
});

describe('signup races', () => {
  it('given the same address submitted twice at the same instant, then one application is kept and both get the same answer', async () => {
    const results = await Promise.all([
      submitApplication(deps(), makeApplicationInput()),
      submitApplication(deps(), makeApplicationInput()),
    ]);
    expect(results).toEqual([{ ok: true }, { ok: true }]);
    expect(await count('applications')).toBe(1);
  });
});
