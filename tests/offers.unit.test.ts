import { describe, expect, it } from 'vitest';
import { isExpired, offerSchema, parseDay } from '../src/lib/offers.ts';

const offer = {
  title: 'Découvrir le métier de boulanger',
  company: '59/fournil-du-nord-demo',
  jobTitle: 'Boulanger',
  sector: 'G',
  durationDays: 3,
  periods: [{ start: '2027-02-08', end: '2027-02-12' }],
  places: 2,
  publics: ['middle_school'],
  commune: '59350',
  agreements: ['school'],
  description: 'Pétrir, façonner et cuire le pain avec l’équipe du fournil, dès 6 heures du matin.',
};

const messages = (data: unknown) => {
  const result = offerSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('mini-stage offer schema', () => {
  it('accepts a well-formed offer', () => {
    expect(messages(offer)).toEqual([]);
  });

  it('refuses impossible dates, a period ending before it starts or shorter than the stage, each on its field', () => {
    expect(messages({ ...offer, periods: [{ start: '2027-02-30', end: '2027-03-05' }] })).toEqual([
      'periods.0.start: « 2027-02-30 » : ce jour n’existe pas.',
    ]);
    expect(messages({ ...offer, periods: [{ start: '2027-02-12', end: '2027-02-08' }] })).toEqual([
      'periods.0.end: Fin de période : elle doit venir après le premier jour.',
    ]);
    expect(messages({ ...offer, durationDays: 5, periods: [{ start: '2027-02-08', end: '2027-02-10' }] })).toEqual([
      'periods.0.end: Période : 3 jour(s), plus courte que la durée du stage (5 jours).',
    ]);
  });

  it('refuses a duration outside 3 to 5 days, an unknown public and a phone number in the text', () => {
    expect(messages({ ...offer, durationDays: 6 })[0]).toMatch(/^durationDays: Durée : 5 jours au plus/);
    expect(messages({ ...offer, publics: ['adults'] })[0]).toMatch(/^publics.0: Public : choisissez/);
    expect(messages({ ...offer, description: 'Appelez le 03 22 11 22 33 pour venir au fournil.' })[0]).toMatch(/^description: .*téléphone/);
  });

  it('expires once its last period is over', () => {
    expect(isExpired(offer, '2027-02-12')).toBe(false);
    expect(isExpired(offer, '2027-02-13')).toBe(true);
    expect(parseDay('2028-02-29')).toBeDefined();
    expect(parseDay('2027-02-29')).toBeUndefined();
  });
});
