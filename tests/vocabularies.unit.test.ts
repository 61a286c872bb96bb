import { describe, expect, it } from 'vitest';
import { ambassadorSchema } from '../src/lib/schemas.ts';
import { FACETS, INTERVENTIONS, MODALITIES, PUBLICS, SECTORS, THEMES, codesOf, optionsOf } from '../src/lib/vocabularies.ts';

describe('vocabularies', () => {
  it('given the ROME, then the sectors are its 14 domains A to N', () => {
    expect(codesOf(SECTORS)).toEqual('ABCDEFGHIJKLMN'.split(''));
  });

  it('given the issue, then interventions, publics and modalities have the agreed French labels', () => {
    expect(Object.values(INTERVENTIONS)).toEqual([
      'Intervention en classe',
      'Forum / salon',
      "Visite d'entreprise",
      'Stage de découverte',
      'Témoignage individuel',
      'Échange à distance',
    ]);
    expect(Object.keys(PUBLICS)).toHaveLength(9);
    expect(Object.values(MODALITIES)).toEqual(['Présentiel', 'Distanciel']);
  });

  it('given a vocabulary, then the schema enum and the options are built from it in the same order', () => {
    expect(ambassadorSchema.shape.sector.options).toEqual(codesOf(SECTORS));
    expect(optionsOf(MODALITIES)).toEqual([
      { value: 'in_person', label: 'Présentiel' },
      { value: 'remote', label: 'Distanciel' },
    ]);
  });

  it('given the directory facets, then each uses a vocabulary the profile schema knows', () => {
    const fields = {
      secteur: 'sector',
      type: 'type',
      intervention: 'interventions',
      public: 'publics',
      modalite: 'modalities',
      theme: 'themes',
    } as const;
    for (const facet of FACETS) expect(ambassadorSchema.shape).toHaveProperty(fields[facet.name]);
  });

  it("given the transversal themes, then they are the four Orient'Est names, optional on a profile, and an unknown one is refused in French", () => {
    expect(Object.values(THEMES)).toEqual(['Mixité des métiers', 'Égalité femmes-hommes', 'Handicap et emploi', 'Création d’activité']);
    expect(ambassadorSchema.shape.themes.safeParse(undefined).success).toBe(true);
    const wrong = ambassadorSchema.shape.themes.safeParse(['apprenticeship']);
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.message).toMatch(/^Thèmes : choisissez une valeur parmi job_gender_mix/);
  });
});
