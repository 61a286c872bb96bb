/**
 * Zones of intervention (issue 11): what a zone covers, its bounds and messages, the demo
 * fixture of commune centres and the seeded employment areas against the reference data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEMO_COMMUNES } from '../src/lib/demo/communes.ts';
import { findCommune } from '../src/lib/geo.ts';
import { distanceKm } from '../src/lib/position.ts';
import { ambassadorSchema, employmentAreaSchema } from '../src/lib/schemas.ts';
import { RADIUS_MESSAGE } from '../src/lib/zone-limits.ts';
import { centreLookup, communeOfTyped, covers, fixtureCentre, resolveZone, zoneInWords, type ZoneContext } from '../src/lib/zone.ts';
import { readEmploymentAreas } from '../src/server/employment-areas.ts';
import { zoneCoverage } from '../src/server/directory-snapshot.ts';
import { makeSettings } from './fixtures.ts';

const REGION = ['02', '59', '60', '62', '80'];
const areas = readEmploymentAreas('src/content/employment-areas');
const ctx: ZoneContext = { regionDepartments: REGION, regionName: 'Hauts-de-France', employmentAreas: areas, centreOf: centreLookup() };

describe('the demo fixture of commune centres', () => {
  it('given the fixture, then it holds exactly the positions of the demo communes, each a real commune of the Région', () => {
    const json = JSON.parse(readFileSync('src/content/reference/commune-centres-demo.json', 'utf8')) as {
      about: string;
      centres: Record<string, number[]>;
    };
    expect(json.about).toMatch(/^DEMO FIXTURE/);
    expect(json.centres).toEqual(Object.fromEntries(DEMO_COMMUNES.map((c) => [c.code, [c.longitude, c.latitude]])));
    for (const code of Object.keys(json.centres)) expect(REGION).toContain(findCommune(code)?.department);
  });

  it('given a commune absent from the fixture, then it has no centre rather than an invented one', () => {
    expect(findCommune('59001')).toBeDefined();
    expect(fixtureCentre('59001')).toBeUndefined();
    expect(resolveZone({ zoneKind: 'commune_radius', departments: [], zoneCommune: '59001', zoneRadiusKm: 10 }, ctx)).toEqual({
      ok: false,
      errors: { zoneCommune: expect.stringContaining("le centre de Abancourt n'est pas connu") },
    });
  });

  it('given the profile’s own stored centre for its home commune, then a radius around it is allowed', () => {
    const own = { ...ctx, centreOf: centreLookup({ code: '59001', position: { latitude: 50.236, longitude: 3.207 } }) };
    const result = resolveZone({ zoneKind: 'commune_radius', departments: [], zoneCommune: '59001', zoneRadiusKm: 10 }, own);
    expect(result.ok && result.coverage.communes).toEqual(expect.arrayContaining(['59001', '59122']));
  });
});

describe('the seeded employment areas', () => {
  it('given the seed files, then each is valid, named as a demo seed, and its communes are real communes of the Région with a known centre', () => {
    const files = readdirSync('src/content/employment-areas').filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const area = employmentAreaSchema.parse(parse(readFileSync(`src/content/employment-areas/${file}`, 'utf8')));
      expect(area.name).toContain('démonstration');
      for (const code of area.communes) {
        expect(REGION).toContain(findCommune(code)?.department);
        expect(fixtureCentre(code)).toBeDefined();
      }
    }
  });

  it('given a postal code instead of an INSEE code, then the schema refuses it in French', () => {
    const result = employmentAreaSchema.safeParse({ name: 'Essai', communes: ['59000'] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toContain("n'est pas un code commune INSEE");
  });
});

describe('what a zone covers', () => {
  it('given the whole Région, then every département of the Région and no commune list', () => {
    expect(resolveZone({ zoneKind: 'region', departments: [] }, ctx)).toEqual({ ok: true, coverage: { departments: REGION } });
  });

  it('given départements, then those, and every commune of them is covered', () => {
    const result = resolveZone({ departments: ['62'] }, ctx);
    expect(result).toEqual({ ok: true, coverage: { departments: ['62'] } });
    expect(result.ok && covers(result.coverage, '62041')).toBe(true);
    expect(result.ok && covers(result.coverage, '59350')).toBe(false);
  });

  it('given 15 km around Lille, then Roubaix and Tourcoing are covered, Arras and Douai are not', () => {
    expect(distanceKm(fixtureCentre('59350')!, fixtureCentre('62041')!)).toBeGreaterThan(40);
    const result = resolveZone({ zoneKind: 'commune_radius', departments: [], zoneCommune: '59350', zoneRadiusKm: 15 }, ctx);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.coverage.departments).toEqual(['59']);
    expect(result.coverage.communes).toEqual(expect.arrayContaining(['59350', '59512', '59599', '59009']));
    expect(result.coverage.communes).not.toContain('62041');
    expect(result.coverage.communes).not.toContain('59178');
  });

  it('given 60 km around Arras, then the zone crosses into the Nord and the Somme', () => {
    const result = resolveZone({ zoneKind: 'commune_radius', departments: [], zoneCommune: '62041', zoneRadiusKm: 60 }, ctx);
    expect(result.ok && result.coverage.departments).toEqual(['59', '62', '80']);
  });

  it.each([[0], [101], [2.5], [-3], [undefined]])('given a radius of %s km, then the French message and no coverage', (radius) => {
    expect(resolveZone({ zoneKind: 'commune_radius', departments: [], zoneCommune: '59350', zoneRadiusKm: radius }, ctx)).toEqual({
      ok: false,
      errors: { zoneRadiusKm: RADIUS_MESSAGE },
    });
  });

  it('given an unknown or out-of-Région commune, then its own message', () => {
    expect(resolveZone({ zoneKind: 'commune_radius', departments: [], zoneCommune: '99999', zoneRadiusKm: 5 }, ctx)).toMatchObject({
      ok: false,
      errors: { zoneCommune: expect.stringContaining('code INSEE inconnu') },
    });
    expect(resolveZone({ zoneKind: 'commune_radius', departments: [], zoneCommune: '13055', zoneRadiusKm: 5 }, ctx)).toMatchObject({
      ok: false,
      errors: { zoneCommune: expect.stringContaining("Marseille n'est pas dans la Région") },
    });
  });

  it('given employment areas, then their communes and départements; an unknown area or none is refused', () => {
    const result = resolveZone({ zoneKind: 'employment_areas', departments: [], employmentAreas: ['bassin-de-l-artois-demo'] }, ctx);
    expect(result.ok && result.coverage).toEqual({ departments: ['62'], communes: expect.arrayContaining(['62498', '62041']) });
    expect(resolveZone({ zoneKind: 'employment_areas', departments: [], employmentAreas: ['bassin-inconnu'] }, ctx)).toMatchObject({
      ok: false,
      errors: { employmentAreas: expect.stringContaining('parmi les bassins proposés') },
    });
    expect(resolveZone({ zoneKind: 'employment_areas', departments: [], employmentAreas: [] }, ctx)).toMatchObject({ ok: false });
  });

  it('given a commune typed by name and postal code or by INSEE code, then its code; an unknown one, nothing', () => {
    expect(communeOfTyped('Arras 62000', REGION)).toBe('62041');
    expect(communeOfTyped('59350', REGION)).toBe('59350');
    expect(communeOfTyped('Nulle-Part 62999', REGION)).toBeUndefined();
  });
});

describe('the zone in words and in the content schema', () => {
  const names = {
    department: (c: string) => `dép. ${c}`,
    area: (id: string) => areas.find((a) => a.id === id)!.name,
    regionName: 'Hauts-de-France',
  };

  it('given each kind, then a French sentence', () => {
    expect(zoneInWords({ zoneKind: 'region', departments: REGION }, names)).toBe('toute la Région Hauts-de-France');
    expect(zoneInWords({ zoneKind: 'commune_radius', departments: ['62'], zoneCommune: '62041', zoneRadiusKm: 20 }, names)).toBe(
      'dans un rayon de 20 km autour de Arras',
    );
    expect(zoneInWords({ departments: ['59', '62'] }, names)).toBe('dép. 59, dép. 62');
    expect(zoneInWords({ zoneKind: 'employment_areas', departments: ['80'], employmentAreas: ['bassin-d-amiens-demo'] }, names)).toBe(
      "le bassin d'emploi Amiénois (bassin de démonstration)",
    );
  });

  it('given a profile file with a radius zone, then the schema checks the radius and the snapshot stores the covered communes', () => {
    const file = parse(readFileSync('src/content/ambassadors/59/aicha-l-pilote-de-ligne-de-production-agroalimentaire.yaml', 'utf8'));
    const bad = ambassadorSchema.safeParse({ ...file, zoneKind: 'commune_radius', zoneCommune: '59606', zoneRadiusKm: 150 });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.message)).toContain(RADIUS_MESSAGE);
    const missing = ambassadorSchema.safeParse({ ...file, zoneKind: 'commune_radius' });
    expect(missing.success).toBe(false);
    const good = ambassadorSchema.parse({ ...file, zoneKind: 'commune_radius', zoneCommune: '59606', zoneRadiusKm: 10 });
    expect(zoneCoverage(good, makeSettings())).toEqual({ departments: ['59'], communes: expect.arrayContaining(['59606', '59172']) });
  });
});
