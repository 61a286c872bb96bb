/**
 * The map's static data file: one point per commune (ambassadors are placed at their
 * commune's centre, never at an address), with its number of ambassadors.
 * Brief §6 allows 12 compressed bytes per ambassador, so the file is columnar: communes
 * sorted by latitude, coordinates in thousandths of a degree (about 100 m, plenty for a
 * commune centre) stored as differences from the previous commune, codes and names
 * joined in one string each. Shared by the build (encode) and the browser (decode).
 */
import type { Ambassador } from './directory.ts';
import type { Offer } from './offer-directory.ts';

export interface MapCommune {
  code: string;
  name: string;
  latitude: number;
  longitude: number;
  count: number;
}

export interface MapFile {
  /** INSEE codes, 5 characters each, concatenated. */
  codes: string;
  /** Commune names joined with "|". */
  names: string;
  /** Latitude × 1000, each as the difference from the previous one. */
  lat: number[];
  /** Longitude × 1000, each as the difference from the previous one. */
  lon: number[];
  counts: number[];
}

export function communesOf(ambassadors: readonly Ambassador[]): MapCommune[] {
  const byCode = new Map<string, MapCommune>();
  for (const a of ambassadors) {
    const existing = byCode.get(a.homeCommune);
    if (existing) existing.count += 1;
    else
      byCode.set(a.homeCommune, {
        code: a.homeCommune,
        name: a.homeCommuneName,
        latitude: a.location.latitude,
        longitude: a.location.longitude,
        count: 1,
      });
  }
  return [...byCode.values()];
}

/**
 * The offers' map file (/stages/carte.json, issue 11): the same columns, one point per commune
 * holding current mini-stage offers, with their number. Offers whose commune has no known centre
 * are left out (listed, never placed at a guessed position).
 */
export function offerCommunesOf(offers: readonly Offer[]): MapCommune[] {
  const byCode = new Map<string, MapCommune>();
  for (const o of offers) {
    if (!o.location) continue;
    const existing = byCode.get(o.commune);
    if (existing) existing.count += 1;
    else
      byCode.set(o.commune, {
        code: o.commune,
        name: o.communeName,
        latitude: o.location.latitude,
        longitude: o.location.longitude,
        count: 1,
      });
  }
  return [...byCode.values()];
}

export function encodeMapFile(communes: readonly MapCommune[]): MapFile {
  const rows = communes
    .map((c) => ({ ...c, lat: Math.round(c.latitude * 1000), lon: Math.round(c.longitude * 1000) }))
    .sort((a, b) => a.lat - b.lat || a.lon - b.lon);
  return {
    codes: rows.map((r) => r.code).join(''),
    names: rows.map((r) => r.name).join('|'),
    lat: differences(rows.map((r) => r.lat)),
    lon: differences(rows.map((r) => r.lon)),
    counts: rows.map((r) => r.count),
  };
}

export function decodeMapFile(file: MapFile): MapCommune[] {
  const names = file.names.split('|');
  let lat = 0;
  let lon = 0;
  return file.counts.map((count, i) => {
    lat += file.lat[i]!;
    lon += file.lon[i]!;
    return { code: file.codes.slice(i * 5, i * 5 + 5), name: names[i]!, latitude: lat / 1000, longitude: lon / 1000, count };
  });
}

function differences(values: number[]): number[] {
  return values.map((value, i) => (i === 0 ? value : value - values[i - 1]!));
}
