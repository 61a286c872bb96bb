/**
 * Zone of intervention (issue 11): the whole Région, départements, a commune and a radius,
 * or employment areas. A zone is resolved once, when the profile is saved, into what it covers:
 * the départements (stored in the profile's `departments`, as before, so facets, routing and
 * the dashboard keep their queries) and, for a radius or employment areas, the communes
 * (stored in the table ambassador_zone_communes). Server-side only (reads the reference data).
 */
import { findCommune, searchCommunes } from './geo.ts';
import { distanceKm, type LatLon } from './position.ts';
import { ZONE_KINDS, type ZoneKind } from './vocabularies.ts';
import centresFixture from '../content/reference/commune-centres-demo.json' with { type: 'json' };

import { RADIUS_KM, RADIUS_MESSAGE } from './zone-limits.ts';

/** The zone fields of a profile (all optional: without `zoneKind`, the zone is its départements, as before issue 11). */
export interface ZoneFields {
  zoneKind?: ZoneKind | undefined;
  departments: readonly string[];
  zoneCommune?: string | undefined;
  zoneRadiusKm?: number | undefined;
  employmentAreas?: readonly string[] | undefined;
}

export interface EmploymentArea {
  id: string;
  name: string;
  communes: readonly string[];
}

export interface ZoneContext {
  /** The Région's départements (settings). */
  regionDepartments: readonly string[];
  regionName: string;
  employmentAreas: readonly EmploymentArea[];
  /** Centres known for sure: the home commune's stored position (Geo API at signup) and the demo fixture. */
  centreOf: (code: string) => LatLon | undefined;
}

export interface ZoneCoverage {
  departments: string[];
  /** Undefined: every commune of `departments`. */
  communes?: string[];
}

export type ZoneResult = { ok: true; coverage: ZoneCoverage } | { ok: false; errors: Record<string, string> };

const fixture = centresFixture as unknown as { centres: Record<string, [number, number]> };

/** The centre of a demo commune from the shipped fixture (never an invented one); undefined when unknown. */
export function fixtureCentre(code: string): LatLon | undefined {
  const c = fixture.centres[code];
  return c && { longitude: c[0], latitude: c[1] };
}

/** Codes of the communes whose centre the fixture knows. */
export function knownCentreCodes(): string[] {
  return Object.keys(fixture.centres);
}

/** A centre lookup trying the profile's own stored position for its home commune first. */
export function centreLookup(home?: { code: string; position: LatLon | undefined }): (code: string) => LatLon | undefined {
  return (code) => (home && home.code === code && home.position) || fixtureCentre(code);
}

/** What the zone covers, or a French message per field (`zoneCommune`, `zoneRadiusKm`, `employmentAreas`, `departments`). */
export function resolveZone(zone: ZoneFields, ctx: ZoneContext): ZoneResult {
  const kind = zone.zoneKind ?? 'departments';
  const inRegion = (code: string) => ctx.regionDepartments.includes(code);
  switch (kind) {
    case 'region':
      return { ok: true, coverage: { departments: [...ctx.regionDepartments] } };
    case 'departments': {
      if (zone.departments.length === 0)
        return { ok: false, errors: { departments: "Départements d'intervention : choisissez au moins un département." } };
      if (!zone.departments.every(inRegion))
        return {
          ok: false,
          errors: {
            departments: `Départements d'intervention : choisissez parmi ceux de la Région (${ctx.regionDepartments.join(', ')}).`,
          },
        };
      return { ok: true, coverage: { departments: [...new Set(zone.departments)] } };
    }
    case 'commune_radius': {
      const errors: Record<string, string> = {};
      const radius = zone.zoneRadiusKm;
      if (radius === undefined || !Number.isInteger(radius) || radius < RADIUS_KM.min || radius > RADIUS_KM.max)
        errors.zoneRadiusKm = RADIUS_MESSAGE;
      const commune = zone.zoneCommune ? findCommune(zone.zoneCommune) : undefined;
      const centre = commune && ctx.centreOf(commune.code);
      if (!commune) errors.zoneCommune = 'Commune du rayon : code INSEE inconnu (5 caractères, par exemple 59350 pour Lille).';
      else if (!inRegion(commune.department))
        errors.zoneCommune = `Commune du rayon : ${commune.name} n'est pas dans la Région ${ctx.regionName}.`;
      else if (!centre)
        errors.zoneCommune = `Commune du rayon : le centre de ${commune.name} n'est pas connu de la plateforme. Choisissez votre commune de rattachement, ou des départements ou des bassins d'emploi.`;
      if (Object.keys(errors).length > 0 || !commune || !centre || radius === undefined) return { ok: false, errors };
      const communes = new Set([commune.code]);
      for (const code of knownCentreCodes()) {
        const other = ctx.centreOf(code);
        const found = findCommune(code);
        if (other && found && inRegion(found.department) && distanceKm(centre, other) <= radius) communes.add(code);
      }
      return { ok: true, coverage: coverageOfCommunes([...communes]) };
    }
    case 'employment_areas': {
      const chosen = zone.employmentAreas ?? [];
      const areas = chosen.map((id) => ctx.employmentAreas.find((a) => a.id === id));
      if (chosen.length === 0) return { ok: false, errors: { employmentAreas: "Bassins d'emploi : choisissez au moins un bassin." } };
      if (areas.some((a) => a === undefined))
        return { ok: false, errors: { employmentAreas: "Bassins d'emploi : choisissez parmi les bassins proposés dans la liste." } };
      return { ok: true, coverage: coverageOfCommunes([...new Set(areas.flatMap((a) => a!.communes))]) };
    }
  }
}

function coverageOfCommunes(codes: string[]): ZoneCoverage {
  const communes = codes.sort();
  const departments = [...new Set(communes.map((c) => findCommune(c)?.department).filter((d): d is string => d !== undefined))].sort();
  return { departments, communes };
}

/** Does the coverage include this commune? */
export function covers(coverage: ZoneCoverage, communeCode: string): boolean {
  if (coverage.communes) return coverage.communes.includes(communeCode);
  const commune = findCommune(communeCode);
  return commune !== undefined && coverage.departments.includes(commune.department);
}

/** The zone in words for the public profile, after « Zone d’intervention : », e.g. « dans un rayon de 20 km autour de Arras ». */
export function zoneInWords(
  zone: ZoneFields,
  names: { department: (code: string) => string; area: (id: string) => string; regionName: string },
): string {
  switch (zone.zoneKind ?? 'departments') {
    case 'region':
      return `toute la Région ${names.regionName}`;
    case 'commune_radius': {
      const commune = zone.zoneCommune ? findCommune(zone.zoneCommune) : undefined;
      return `dans un rayon de ${zone.zoneRadiusKm} km autour de ${commune?.name ?? zone.zoneCommune}`;
    }
    case 'employment_areas': {
      const list = (zone.employmentAreas ?? []).map(names.area);
      return `${list.length > 1 ? "les bassins d'emploi" : "le bassin d'emploi"} ${list.join(', ')}`;
    }
    default:
      return zone.departments.map(names.department).join(', ');
  }
}

export { ZONE_KINDS };

/** A commune as typed: its INSEE code, or its name and postal code, among the given départements (undefined elsewhere). */
export function communeOfTyped(text: string | undefined, regionDepartments: readonly string[]): string | undefined {
  if (!text) return undefined;
  const trimmed = text.trim();
  const byCode = findCommune(trimmed);
  if (byCode) return regionDepartments.includes(byCode.department) ? trimmed : undefined;
  const found = searchCommunes(trimmed, regionDepartments);
  return found.length === 1 ? found[0]!.code : undefined;
}

/** The zone as stored in the profile: only the fields of its kind, and the départements it covers. */
export function zoneProfileFields(
  zone: ZoneFields,
  coverage: ZoneCoverage,
): {
  zoneKind?: ZoneKind;
  zoneCommune?: string | undefined;
  zoneRadiusKm?: number | undefined;
  employmentAreas?: string[];
  departments: string[];
} {
  switch (zone.zoneKind ?? 'departments') {
    case 'region':
      return { zoneKind: 'region', departments: coverage.departments };
    case 'commune_radius':
      return {
        zoneKind: 'commune_radius',
        zoneCommune: zone.zoneCommune,
        zoneRadiusKm: zone.zoneRadiusKm,
        departments: coverage.departments,
      };
    case 'employment_areas':
      return { zoneKind: 'employment_areas', employmentAreas: [...(zone.employmentAreas ?? [])], departments: coverage.departments };
    default:
      return { departments: coverage.departments };
  }
}
