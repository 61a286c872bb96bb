/**
 * A commune centre, stored the way Decap's map widget writes it: a GeoJSON Point
 * as a string, e.g. '{"type":"Point","coordinates":[3.0468,50.6311]}' (longitude first).
 */
export interface LatLon {
  latitude: number;
  longitude: number;
}

export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

export function parsePoint(value: string): LatLon | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { type, coordinates } = parsed as { type?: unknown; coordinates?: unknown };
  if (type !== 'Point' || !Array.isArray(coordinates) || coordinates.length !== 2) return undefined;
  const [longitude, latitude] = coordinates;
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return undefined;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return undefined;
  return { latitude, longitude };
}

export function formatPoint({ latitude, longitude }: LatLon): string {
  return JSON.stringify({ type: 'Point', coordinates: [round(longitude), round(latitude)] });
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

export function isWithin({ latitude, longitude }: LatLon, b: Bounds): boolean {
  return latitude >= b.south && latitude <= b.north && longitude >= b.west && longitude <= b.east;
}

/** Great-circle distance between two points, in kilometres (haversine, Earth radius 6,371 km). */
export function distanceKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
