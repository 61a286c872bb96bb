import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { toAmbassadors } from '../src/lib/directory.ts';
import { generateProfiles } from '../src/lib/demo/generate.ts';
import { communesOf, decodeMapFile, encodeMapFile } from '../src/lib/map-data.ts';
import { makeSettings } from './fixtures.ts';

const settings = makeSettings();

function ambassadors(count: number, communes: 'curated' | 'synthetic') {
  const profiles = generateProfiles({
    count,
    seed: 3,
    communes,
    departments: settings.departments,
    bounds: settings.mapBounds,
    today: new Date('2026-11-01'),
  });
  return toAmbassadors(
    profiles.map((p) => ({ id: p.path.replace(/\.yaml$/, ''), data: p.data })),
    settings,
  );
}

describe('map data file', () => {
  it('given ambassadors sharing communes, when encoded then decoded, then each commune comes back once with its count and centre', () => {
    const list = ambassadors(300, 'curated');
    const decoded = decodeMapFile(JSON.parse(JSON.stringify(encodeMapFile(communesOf(list)))));
    expect(decoded.reduce((sum, c) => sum + c.count, 0)).toBe(300);
    expect(new Set(decoded.map((c) => c.code)).size).toBe(decoded.length);
    for (const c of decoded) {
      const here = list.filter((a) => a.homeCommune === c.code);
      expect(c.count).toBe(here.length);
      expect(c.name).toBe(here[0]!.homeCommuneName);
      expect(Math.abs(c.latitude - here[0]!.location.latitude)).toBeLessThan(0.00051); // half of the 0.001° step
      expect(Math.abs(c.longitude - here[0]!.location.longitude)).toBeLessThan(0.00051); // half of the 0.001° step
    }
  });

  it.each([
    [320, 'curated'],
    [1000, 'synthetic'],
    [10000, 'synthetic'],
  ] as const)('given %i ambassadors (%s communes), then the compressed file takes at most 12 bytes per ambassador', (count, communes) => {
    const file = JSON.stringify(encodeMapFile(communesOf(ambassadors(count, communes))));
    expect(gzipSync(file).length / count).toBeLessThanOrEqual(12);
  });
});
