/** Companies and structures as ambassadors (issue 11, part 1): names, schema rules, the cross-file check, the demo. */
import { describe, expect, it } from 'vitest';
import { ContentError, toAmbassadors } from '../src/lib/directory.ts';
import { isPlainCompanyName, isPlainName, isValidSiret } from '../src/lib/fields.ts';
import { ambassadorSchema, settingsSchema, type AmbassadorData } from '../src/lib/schemas.ts';
import { COMPANIES } from '../src/lib/demo/companies.ts';
import { withSiretKey } from '../src/lib/demo/generate.ts';
import { readEmploymentAreas } from '../src/server/employment-areas.ts';
import { makeAmbassadorData, makeSettings } from './fixtures.ts';
import { readProfiles, readYamlFiles } from './support/content.ts';

const settings = makeSettings();

function company(overrides: Partial<AmbassadorData> = {}): AmbassadorData {
  return makeAmbassadorData({
    type: 'company',
    displayName: 'Verrerie 3B & Fils',
    jobTitle: 'Verrerie industrielle',
    organisation: undefined,
    siret: withSiretKey('9120045870001'),
    sizeBand: 'medium',
    ...overrides,
  });
}

const messagesOf = (input: unknown) =>
  ambassadorSchema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('a company’s name', () => {
  it('given digits and « & », then a company name is plain, a person’s is not', () => {
    for (const name of ['Boulangeries Artésiennes 1905', 'Logistique Flandres & Ports', 'Studio 59']) {
      expect(isPlainCompanyName(name), name).toBe(true);
      expect(isPlainName(name), name).toBe(name.includes('&') && !/\d/.test(name));
    }
  });

  it('given a web address, an at sign or a line break, then neither kind of name accepts it', () => {
    for (const name of ['Acme www.acme.fr', 'acme.com', 'Acme @ Lille', 'Acme\nLille', 'Acme\u200bLille']) {
      expect(isPlainCompanyName(name), name).toBe(false);
      expect(isPlainName(name), name).toBe(false);
    }
  });

  it('given the schema, then a company profile may hold digits in its name and a person’s may not', () => {
    expect(ambassadorSchema.safeParse(company()).success).toBe(true);
    expect(messagesOf(makeAmbassadorData({ displayName: 'Camille 2000' }))).toEqual([
      'displayName: Nom affiché : lettres seulement, sans chiffres, adresse web ni retour à la ligne.',
    ]);
  });
});

describe('the company rules of the profile schema', () => {
  it('given a company without SIRET or size band, then the SIRET field says what is missing', () => {
    expect(messagesOf(company({ siret: undefined }))).toEqual([
      'siret: Entreprise ou structure : indiquez son SIRET et sa tranche d’effectif.',
    ]);
    expect(messagesOf(company({ sizeBand: undefined }))).toHaveLength(1);
  });

  it('given a wrong key, then the French SIRET message', () => {
    const valid = withSiretKey('9120045870001');
    const wrong = `${valid.slice(0, 13)}${(Number(valid[13]) + 1) % 10}`;
    expect(isValidSiret(wrong)).toBe(false);
    expect(messagesOf(company({ siret: wrong }))[0]).toMatch(/^siret: SIRET : 14 chiffres dont le dernier est une clé de contrôle/);
  });

  it('given a person with a SIRET, a company naming a company, a confirmation without company, or a malformed id, then each is refused', () => {
    expect(messagesOf(makeAmbassadorData({ siret: withSiretKey('9120045870001') }))[0]).toMatch(
      /^siret: SIRET et tranche d’effectif : seulement/,
    );
    expect(messagesOf(company({ company: '59/acme' }))[0]).toMatch(/^company: Une entreprise ou structure ne peut pas/);
    expect(messagesOf(makeAmbassadorData({ companyConfirmedAt: new Date('2026-06-01') }))[0]).toMatch(/^companyConfirmedAt: /);
    expect(messagesOf(makeAmbassadorData({ company: 'acme logistique' }))[0]).toMatch(/^company: Entreprise ambassadrice : identifiant/);
  });
});

describe('a person’s company across files (build check)', () => {
  const acme = { id: '59/acme', data: company() };

  it('given a company that is not there, then the build error names the file and says how to fix it', () => {
    const run = () => toAmbassadors([{ id: '59/camille-r', data: makeAmbassadorData({ company: '59/nulle-part' }) }], settings);
    expect(run).toThrow(ContentError);
    expect(run).toThrow(/59\/camille-r\.yaml : l'entreprise « 59\/nulle-part » est introuvable/);
  });

  it('given a company id naming a person, then the build error says it is not a company', () => {
    const run = () =>
      toAmbassadors(
        [
          { id: '59/dominique-b', data: makeAmbassadorData({ displayName: 'Dominique B.' }) },
          { id: '59/camille-r', data: makeAmbassadorData({ company: '59/dominique-b' }) },
        ],
        settings,
      );
    expect(run).toThrow(/« 59\/dominique-b » n'est pas un profil « Entreprise ou structure »/);
  });

  it('given a confirmed member and a member not yet confirmed, then only the confirmed one is linked, both ways', () => {
    const all = toAmbassadors(
      [
        acme,
        { id: '59/camille-r', data: makeAmbassadorData({ company: '59/acme', companyConfirmedAt: new Date('2026-06-02') }) },
        { id: '59/dominique-b', data: makeAmbassadorData({ displayName: 'Dominique B.', company: '59/acme' }) },
      ],
      settings,
    );
    const byId = Object.fromEntries(all.map((a) => [a.id, a]));
    expect(byId['59/acme']!.members).toEqual([
      { name: 'Camille R.', jobTitle: 'Technicienne de maintenance', url: '/ambassadeurs/59/camille-r/' },
    ]);
    expect(byId['59/camille-r']!.companyLink).toEqual({ name: 'Verrerie 3B & Fils', url: '/ambassadeurs/59/acme/' });
    expect(byId['59/dominique-b']!.companyLink).toBeUndefined();
  });
});

describe('the demo network’s companies', () => {
  const regionSettings = settingsSchema.parse(readYamlFiles('settings')[0]);
  const profiles = readProfiles().map((p) => ({ id: p.id, data: ambassadorSchema.parse(p.data) }));
  const companies = profiles.filter((p) => p.data.type === 'company');

  it('given the curated content, then every département has a company or structure with a valid SIRET and a size band', () => {
    expect(new Set(companies.map((c) => c.id.split('/')[0]))).toEqual(new Set(regionSettings.departments));
    for (const c of companies) expect(isValidSiret(c.data.siret!) && c.data.sizeBand !== undefined, c.id).toBe(true);
    expect(companies).toHaveLength(COMPANIES.length);
  });

  it('given the curated content, then people name companies, most confirmed, some still waiting, and the build links them', () => {
    const members = profiles.filter((p) => p.data.company !== undefined);
    expect(members.filter((m) => m.data.companyConfirmedAt).length).toBeGreaterThanOrEqual(COMPANIES.length);
    expect(members.filter((m) => !m.data.companyConfirmedAt).length).toBeGreaterThan(0);
    const directory = toAmbassadors(profiles, regionSettings, readEmploymentAreas('src/content/employment-areas'));
    for (const c of directory.filter((a) => a.type === 'company')) expect(c.members?.length ?? 0, c.id).toBeGreaterThan(0);
  });
});
