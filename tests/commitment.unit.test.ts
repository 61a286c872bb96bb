/**
 * Issue 11, parts 2 and 4: the yearly commitment as requesters read it, the profile schema's
 * limits for it and for themes, and the curated demo network's share of both (deterministic).
 */
import { describe, expect, it } from 'vitest';
import { commitmentSentence } from '../src/lib/commitment.ts';
import { generateProfiles } from '../src/lib/demo/generate.ts';
import { ambassadorSchema } from '../src/lib/schemas.ts';
import { THEMES } from '../src/lib/vocabularies.ts';

describe('commitment sentence', () => {
  it('given a volume, school periods only, both or neither, then the French sentence says exactly that', () => {
    expect(commitmentSentence({ yearlyInterventions: 6 })).toBe('Propose 6 interventions par année scolaire.');
    expect(commitmentSentence({ yearlyInterventions: 1 })).toBe('Propose 1 intervention par année scolaire.');
    expect(commitmentSentence({ yearlyInterventions: 6, schoolPeriodsOnly: true })).toBe(
      'Propose 6 interventions par année scolaire, pendant les périodes scolaires uniquement (hors vacances scolaires).',
    );
    expect(commitmentSentence({ schoolPeriodsOnly: true })).toBe(
      'Intervient pendant les périodes scolaires uniquement (hors vacances scolaires).',
    );
    expect(commitmentSentence({})).toBeUndefined();
  });
});

describe('profile schema', () => {
  it('given a yearly volume outside 1–50 or not whole, then the file is refused with the French message', () => {
    for (const wrong of [0, 51, 2.5, -3]) {
      const result = ambassadorSchema.shape.yearlyInterventions.safeParse(wrong);
      expect(result.success, String(wrong)).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('Engagement annuel : nombre entier d’interventions par année scolaire, de 1 à 50.');
    }
    expect(ambassadorSchema.shape.yearlyInterventions.safeParse(50).success).toBe(true);
    expect(ambassadorSchema.shape.themes.safeParse(['gender_equality', 'gender_equality']).success).toBe(false);
  });
});

describe('curated demo network', () => {
  const generate = () =>
    generateProfiles({
      count: 320,
      seed: 2026,
      communes: 'curated',
      departments: ['02', '59', '60', '62', '80'],
      bounds: { south: 48.8, west: 1.3, north: 51.1, east: 4.3 },
      today: new Date('2026-11-01T00:00:00Z'),
    });

  it('given the fixed seed, then the same profiles each time, some with themes and some with a yearly commitment, all valid', () => {
    const profiles = generate();
    expect(generate()).toEqual(profiles);
    const themed = profiles.filter((p) => p.data.themes);
    const committed = profiles.filter((p) => p.data.yearlyInterventions !== undefined);
    expect(themed.length).toBeGreaterThan(40);
    expect(themed.length).toBeLessThan(160);
    expect(committed.length).toBeGreaterThan(60);
    expect(new Set(themed.flatMap((p) => p.data.themes!))).toEqual(new Set(Object.keys(THEMES)));
    for (const p of committed) expect(p.data.yearlyInterventions).toBeGreaterThanOrEqual(3);
    expect(profiles.some((p) => p.data.schoolPeriodsOnly)).toBe(true);
  });
});
