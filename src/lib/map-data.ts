/**
 * The map's static data file: one point per commune (ambassadors are placed at their
 * commune's centre, never at an address), with its number of ambassadors.
 * Coordinates are integers in 1/10,000 of a degree (about 10 m), which keeps the file
 * small: brief §6 allows 12 compressed bytes per ambassador.
 */
import type { Ambassador } from './directory.ts';

/** [INSEE code, commune name, latitude × 10⁴, longitude × 10⁴, number of ambassadors] */
export type MapCommune = [code: string, name: string, latE4: number, lonE4: number, count: number];

export interface MapData {
  communes: MapCommune[];
}

export function buildMapData(ambassadors: readonly Ambassador[]): MapData {
  const byCommune = new Map<string, MapCommune>();
  for (const a of ambassadors) {
    const existing = byCommune.get(a.homeCommune);
    if (existing) existing[4] += 1;
    else
      byCommune.set(a.homeCommune, [
        a.homeCommune,
        a.homeCommuneName,
        Math.round(a.location.latitude * 1e4),
        Math.round(a.location.longitude * 1e4),
        1,
      ]);
  }
  return { communes: [...byCommune.values()].sort((x, y) => (x[0] < y[0] ? -1 : 1)) };
}
