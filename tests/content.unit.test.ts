/** The committed demo content: valid against the schemas and as rich as issue A asks. */
import { describe, expect, it } from 'vitest';
import { findCommune } from '../src/lib/geo.ts';
import { isWithin } from '../src/lib/position.ts';
import { ambassadorSchema, referentSchema, settingsSchema } from '../src/lib/schemas.ts';
import { AMBASSADOR_TYPES, SECTORS, codesOf } from '../src/lib/vocabularies.ts';
import { DEMO_COMMUNES } from '../src/lib/demo/communes.ts';
import { countFiles, readProfiles, readYamlFiles } from './support/content.ts';

const settings = settingsSchema.parse(readYamlFiles('settings')[0]);
const profiles = readProfiles().map((p) => ({ id: p.id, data: ambassadorSchema.parse(p.data) }));

describe('demo network', () => {
  it('given the curated profiles, then there are at least 300, over every département, type and sector', () => {
    expect(profiles.length).toBeGreaterThanOrEqual(300);
    expect(new Set(profiles.map((p) => p.id.split('/')[0]))).toEqual(new Set(settings.departments));
    expect(new Set(profiles.map((p) => p.data.type))).toEqual(new Set(codesOf(AMBASSADOR_TYPES)));
    expect(new Set(profiles.map((p) => p.data.sector))).toEqual(new Set(codesOf(SECTORS)));
  });

  it('given the hand-placed demo communes, then each is a real commune of the Région inside its bounds', () => {
    for (const c of DEMO_COMMUNES) {
      expect(settings.departments, c.code).toContain(findCommune(c.code)?.department);
      expect(isWithin(c, settings.mapBounds), c.code).toBe(true);
    }
  });

  it('given the referents, guides and FAQ, then there are enough of each, with example.org addresses only', () => {
    const referents = readYamlFiles('referents').map((r) => referentSchema.parse(r));
    expect(referents.length).toBeGreaterThanOrEqual(6);
    for (const r of referents) expect(r.email).toMatch(/@example\.org$/);
    for (const department of settings.departments) expect(referents.some((r) => r.departments.includes(department))).toBe(true);
    expect(countFiles('guides', '.md')).toBeGreaterThanOrEqual(6);
    expect(countFiles('faq', '.md')).toBeGreaterThanOrEqual(15);
  });
});
