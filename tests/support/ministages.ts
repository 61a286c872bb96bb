/** Mini-stage offers written as files in a temporary folder, a company ambassador, and an application as a school fills it. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { Queryable } from '../../src/server/db.ts';
import { readOffers, type Offer } from '../../src/server/offers.ts';
import { insertAmbassador, type AmbassadorFixture } from './ambassadors.ts';

/** A company or structure ambassador, as the offers name it ("59/slug"). */
export function insertCompany(db: Queryable, slug = 'fournil-du-nord', email = `contact@${slug}.example`): Promise<AmbassadorFixture> {
  return insertAmbassador(db, { slug, email, type: 'company', displayName: 'Le Fournil du Nord', jobTitle: 'Boulangerie' });
}

export function makeOffer(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Découvrir le métier de boulanger',
    company: '59/fournil-du-nord',
    jobTitle: 'Boulanger',
    sector: 'G',
    durationDays: 3,
    periods: [
      { start: '2027-02-08', end: '2027-02-12' },
      { start: '2027-04-12', end: '2027-04-16' },
    ],
    places: 1,
    publics: ['middle_school'],
    commune: '59350',
    agreements: ['school', 'cma'],
    description: 'Pétrir, façonner et cuire le pain avec l’équipe du fournil, dès 6 heures du matin.',
    ...overrides,
  };
}

/** Writes each offer (id → data) in a new temporary folder and reads them back as the functions do. */
export function offersIn(offers: Record<string, Record<string, unknown>>): Offer[] {
  const dir = mkdtempSync(join(tmpdir(), 'offres-'));
  for (const [id, data] of Object.entries(offers)) {
    const file = join(dir, `${id}.yaml`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, stringify(data));
  }
  return readOffers(dir);
}

/** An application as a collège fills it for a pupil under 16. */
export function makeMinistageInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    requesterKind: 'school',
    name: 'Louise Martin',
    email: 'louise.martin@example.org',
    organisationName: 'Collège Jean Macé',
    level: 'college_4_3',
    startDay: '2027-02-09',
    endDay: '2027-02-11',
    agreementIssuer: 'school',
    under16: 'oui',
    adultName: 'Paul Durand',
    adultPhone: '06 12 34 56 78',
    message: 'Élève de troisième très motivée par les métiers de bouche.',
    ...overrides,
  };
}
