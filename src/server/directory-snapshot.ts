/**
 * What the workflows know of a published profile without reading git (ambassadors.public):
 * enough to check a request against what the ambassador accepts and to suggest others.
 * Written with every change the workflows make to a profile file, and by the sync after
 * each deploy (CMS edits).
 */
import type { AmbassadorData } from '../lib/schemas.ts';
import { parsePoint } from '../lib/position.ts';
import { resolveZone, type ZoneCoverage } from '../lib/zone.ts';
import { zoneContext } from './employment-areas.ts';
import { loadSettings } from './settings.ts';

export interface PublicSnapshot {
  /** The ambassador's type (figures split by it). */
  type: string;
  displayName: string;
  jobTitle: string;
  sector: string;
  interventions: string[];
  publics: string[];
  modalities: string[];
  /** The transversal themes (issue 11), when any: the dashboard counts ambassadors by them. */
  themes?: string[];
  /** The départements the zone of intervention covers (issue 11: all of them for the Région, those of a radius or of employment areas). */
  departments: string[];
  /** The communes (INSEE codes) a radius or employment areas cover, computed when the profile is saved; absent: all communes of `departments`. */
  zoneCommunes?: string[];
  /** The yearly commitment (issue 11), when stated: the request workflows apply the volume. */
  yearlyInterventions?: number;
  schoolPeriodsOnly?: boolean;
  /** Issue 11: the company (profile id) this person names, confirmed or not (its account's deletion unlinks them). */
  company?: string;
  /** Issue 11: the company (profile id) that confirmed this person as its member; a company entrusts its requests to them. */
  memberOf?: string;
  latitude: number;
  longitude: number;
}

export function publicSnapshot(profile: AmbassadorData): PublicSnapshot {
  const point = parsePoint(profile.position);
  const coverage = zoneCoverage(profile);
  return {
    type: profile.type,
    displayName: profile.displayName,
    jobTitle: profile.jobTitle,
    sector: profile.sector,
    interventions: [...profile.interventions],
    publics: [...profile.publics],
    modalities: [...profile.modalities],
    ...(profile.themes?.length ? { themes: [...profile.themes] } : {}),
    departments: coverage.departments,
    ...(coverage.communes ? { zoneCommunes: coverage.communes } : {}),
    ...(profile.yearlyInterventions !== undefined ? { yearlyInterventions: profile.yearlyInterventions } : {}),
    ...(profile.schoolPeriodsOnly ? { schoolPeriodsOnly: true } : {}),
    ...(profile.company ? { company: profile.company } : {}),
    ...(profile.company && profile.companyConfirmedAt ? { memberOf: profile.company } : {}),
    latitude: point?.latitude ?? 0,
    longitude: point?.longitude ?? 0,
  };
}

/** What the profile's zone covers; a zone the reference data refuses (a CMS slip) falls back to the départements written. */
export function zoneCoverage(
  profile: AmbassadorData,
  settings: { departments: readonly string[]; regionName: string } = loadSettings(),
): ZoneCoverage {
  const home = { code: profile.homeCommune, position: parsePoint(profile.position) };
  const resolved = resolveZone(profile, zoneContext(settings, home));
  return resolved.ok ? resolved.coverage : { departments: [...profile.departments] };
}
