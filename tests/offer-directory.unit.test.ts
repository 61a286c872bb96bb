import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { generateOffers } from '../src/lib/demo/offers.ts';
import { ContentError, toAmbassadors, type Ambassador } from '../src/lib/directory.ts';
import {
  applyUrl,
  daysAsText,
  formatPeriod,
  offerYaml,
  offersOfCompany,
  parisDay,
  toOffers,
  type OfferEntry,
} from '../src/lib/offer-directory.ts';
import { isExpired, offerSchema, type OfferData } from '../src/lib/offers.ts';
import { fixtureCentre } from '../src/lib/zone.ts';
import { decodeMapFile, encodeMapFile, offerCommunesOf } from '../src/lib/map-data.ts';
import { makeAmbassadorData, makeSettings } from './fixtures.ts';
import { readProfiles, readYamlFiles } from './support/content.ts';
import { ambassadorSchema } from '../src/lib/schemas.ts';
import { readEmploymentAreas } from '../src/server/employment-areas.ts';

const settings = makeSettings();
const company = makeAmbassadorData({
  type: 'company',
  displayName: 'Fournil du Nord',
  jobTitle: 'Boulangerie artisanale',
  sector: 'G',
  siret: '73282932000074',
  sizeBand: 'small',
});
const ambassadors: Ambassador[] = toAmbassadors(
  [
    { id: '59/fournil-du-nord', data: company },
    { id: '59/camille-r-technicienne', data: makeAmbassadorData() },
  ],
  settings,
);

function offer(overrides: Partial<OfferData> = {}): OfferData {
  return offerSchema.parse({
    title: 'Découvrir le métier de boulanger',
    company: '59/fournil-du-nord',
    jobTitle: 'Boulanger',
    sector: 'G',
    durationDays: 3,
    periods: [
      { start: '2027-02-08', end: '2027-02-12' },
      { start: '2026-11-16', end: '2026-11-20' },
    ],
    places: 2,
    publics: ['middle_school'],
    commune: '59350',
    agreements: ['school', 'cma'],
    description: 'Pétrir, façonner et cuire le pain avec l’équipe du fournil.\n\nLe dernier jour, vente en boutique.',
    ...overrides,
  });
}
/** Astro's own YAML reader (js-yaml, through Astro; no types shipped): it reads an unquoted day as a Date. */
const { load } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };

const entry = (id: string, data: OfferData): OfferEntry => ({ id, data });
const TODAY = '2026-12-02';

describe('mini-stage offers as the pages see them', () => {
  it('given an offer of a company, then it links the company, keeps only the periods not over and splits the paragraphs', () => {
    const [o] = toOffers([entry('boulanger-lille', offer())], settings, ambassadors, TODAY);
    expect(o).toMatchObject({
      url: '/stages/boulanger-lille/',
      applyUrl: '/api/mini-stages?offre=boulanger-lille',
      company: { id: '59/fournil-du-nord', name: 'Fournil du Nord', url: '/ambassadeurs/59/fournil-du-nord/' },
      periods: [{ start: '2027-02-08', end: '2027-02-12' }],
      communeName: 'Lille',
      department: '59',
      paragraphs: ['Pétrir, façonner et cuire le pain avec l’équipe du fournil.', 'Le dernier jour, vente en boutique.'],
    });
    // In the company's own commune: the company's stored position (its commune's centre), never an address.
    expect(o!.location).toEqual(ambassadors.find((a) => a.id === '59/fournil-du-nord')!.location);
  });

  it('given an offer elsewhere than the company, then it is placed at the fixture centre of its commune, or off the map when unknown', () => {
    const amiens = toOffers([entry('a', offer({ commune: '80021' }))], settings, ambassadors, TODAY)[0]!;
    expect(amiens.location).toEqual(fixtureCentre('80021'));
    expect(amiens.location).toBeDefined();
    const unknown = toOffers([entry('b', offer({ commune: '59001' }))], settings, ambassadors, TODAY)[0]!;
    expect(unknown.location).toBe(fixtureCentre('59001'));
  });

  it('given an expired offer, then it is left out, even when its company has gone', () => {
    const old = offer({ periods: [{ start: '2026-11-16', end: '2026-11-20' }], company: '59/partie' });
    expect(isExpired(old, TODAY)).toBe(true);
    expect(toOffers([entry('ancienne', old), entry('actuelle', offer())], settings, ambassadors, TODAY).map((o) => o.id)).toEqual([
      'actuelle',
    ]);
    // The last day itself is still open.
    expect(toOffers([entry('dernier-jour', { ...old, company: '59/fournil-du-nord' })], settings, ambassadors, '2026-11-20')).toHaveLength(
      1,
    );
  });

  it('given an offer whose company is missing or is not a company, then the build stops with a French message naming the file', () => {
    expect(() => toOffers([entry('x', offer({ company: '59/inconnue' }))], settings, ambassadors, TODAY)).toThrow(
      /src\/content\/offers\/x\.yaml : l’entreprise « 59\/inconnue » n’a pas de profil publié/,
    );
    expect(() => toOffers([entry('y', offer({ company: '59/camille-r-technicienne' }))], settings, ambassadors, TODAY)).toThrow(
      /n’est pas un profil « Entreprise ou structure »/,
    );
    expect(() => toOffers([entry('z', offer({ commune: '75056' }))], settings, ambassadors, TODAY)).toThrow(ContentError);
    expect(() => toOffers([entry('page', offer())], settings, ambassadors, TODAY)).toThrow(/adresse réservée/);
  });

  it('given several offers, then they are sorted by their next period and a company finds its own', () => {
    const offers = toOffers(
      [entry('juin', offer({ periods: [{ start: '2027-06-14', end: '2027-06-18' }] })), entry('fevrier', offer())],
      settings,
      ambassadors,
      TODAY,
    );
    expect(offers.map((o) => o.id)).toEqual(['fevrier', 'juin']);
    expect(offersOfCompany(offers, '59/fournil-du-nord')).toHaveLength(2);
    expect(offersOfCompany(offers, '59/camille-r-technicienne')).toEqual([]);
  });

  it('formats periods in French, counts the Paris day and builds the apply link', () => {
    expect(formatPeriod({ start: '2027-02-08', end: '2027-02-12' })).toBe('du lundi 8 février au vendredi 12 février 2027');
    expect(formatPeriod({ start: '2026-12-28', end: '2027-01-01' })).toBe('du lundi 28 décembre 2026 au vendredi 1 janvier 2027');
    // 23:30 UTC on 1 December is already 2 December in Paris.
    expect(parisDay(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-02');
    expect(applyUrl('a b')).toBe('/api/mini-stages?offre=a%20b');
  });

  it('given a file the CMS wrote with unquoted days (read as dates by Astro), then the days are read back as the ones picked', () => {
    const read = load('periods:\n  - start: 2027-02-08\n    end: 2027-02-12\n');
    expect(daysAsText(read)).toEqual({ periods: [{ start: '2027-02-08', end: '2027-02-12' }] });
    expect(offerSchema.safeParse(daysAsText({ ...offer(), periods: (read as { periods: unknown }).periods })).success).toBe(true);
    const text = offerYaml(offer());
    expect(text).toContain('start: "2027-02-08"');
    expect(offerSchema.parse(load(text))).toEqual(offer());
    expect(offerSchema.parse(parse(text))).toEqual(offer());
  });
});

describe('demo offers', () => {
  const companies = [
    { id: '59/fournil-du-nord', data: company },
    { id: '80/atelier-picard', data: { ...company, jobTitle: 'Fonderie et usinage', sector: 'H' as const, homeCommune: '80021' } },
    { id: '59/camille-r', data: makeAmbassadorData() },
  ];

  it('given company profiles, then offers are spread over the companies only, valid, in their commune, none expired at the demo day', () => {
    const offers = generateOffers({ companies, count: 6, seed: 1 });
    expect(offers).toHaveLength(6);
    expect(new Set(offers.map((o) => o.data.company))).toEqual(new Set(['59/fournil-du-nord', '80/atelier-picard']));
    expect(new Set(offers.map((o) => o.path)).size).toBe(6);
    for (const o of offers) {
      expect(offerSchema.safeParse(o.data).success).toBe(true);
      expect(isExpired(o.data, TODAY)).toBe(false);
      expect(o.data.commune).toBe(companies.find((c) => c.id === o.data.company)!.data.homeCommune);
    }
    expect(offers.find((o) => o.data.company === '80/atelier-picard')!.data.sector).toBe('H');
    expect(generateOffers({ companies, count: 6, seed: 1 })).toEqual(offers);
  });

  it('given no company profile, then no offer', () => {
    expect(generateOffers({ companies: [companies[2]!], count: 5, seed: 1 })).toEqual([]);
  });
});

describe('curated demo offers (src/content/offers, written by npm run demo -- --curated)', () => {
  it('given the files, then 12 to 20 valid offers of company profiles over the 5 départements, some over several periods, none expired on 2026-12-02', () => {
    const files = readYamlFiles('offers');
    const curated = toAmbassadors(
      readProfiles().map((p) => ({ id: p.id, data: ambassadorSchema.parse(p.data) })),
      settings,
      readEmploymentAreas('src/content/employment-areas'),
    );
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(files.length).toBeLessThanOrEqual(20);
    const data = files.map((f) => offerSchema.parse(f));
    const offers = toOffers(
      data.map((d, i) => entry(`demo-${i}`, d)),
      settings,
      curated,
      TODAY,
    );
    expect(offers).toHaveLength(files.length);
    expect(new Set(offers.map((o) => o.department))).toEqual(new Set(settings.departments));
    expect(data.filter((d) => d.periods.length > 1).length).toBeGreaterThanOrEqual(3);
    // Every demo offer is on the map: its commune is its company's, whose position is stored.
    expect(offers.every((o) => o.location !== undefined)).toBe(true);
  });
});

describe('offers’ map file', () => {
  it('given offers, then one point per commune with a known centre, counting its offers; an offer without a centre is left off', () => {
    const offers = toOffers(
      [
        entry('a', offer()),
        entry('b', offer({ title: 'Une autre offre au fournil' })),
        entry('c', offer({ commune: '80021' })),
        entry('d', offer({ commune: '59001' })),
      ],
      settings,
      ambassadors,
      TODAY,
    );
    const communes = decodeMapFile(encodeMapFile(offerCommunesOf(offers)));
    expect(communes.map((c) => [c.code, c.count]).sort()).toEqual([
      ['59350', 2],
      ['80021', 1],
    ]);
  });
});
