/**
 * What the workflows know of a published profile without reading git (ambassadors.public):
 * enough to check a request against what the ambassador accepts and to suggest others.
 * Written with every change the workflows make to a profile file, and by the sync after
 * each deploy (CMS edits).
 */
import type { AmbassadorData } from '../lib/schemas.ts';
import { parsePoint } from '../lib/position.ts';

export interface PublicSnapshot {
  /** The ambassador's type (figures split by it). */
  type: string;
  displayName: string;
  jobTitle: string;
  sector: string;
  interventions: string[];
  publics: string[];
  modalities: string[];
  departments: string[];
  /** The yearly commitment (issue 11), when stated: the request workflows apply the volume. */
  yearlyInterventions?: number;
  schoolPeriodsOnly?: boolean;
  latitude: number;
  longitude: number;
}

export function publicSnapshot(profile: AmbassadorData): PublicSnapshot {
  const point = parsePoint(profile.position);
  return {
    type: profile.type,
    displayName: profile.displayName,
    jobTitle: profile.jobTitle,
    sector: profile.sector,
    interventions: [...profile.interventions],
    publics: [...profile.publics],
    modalities: [...profile.modalities],
    departments: [...profile.departments],
    ...(profile.yearlyInterventions !== undefined ? { yearlyInterventions: profile.yearlyInterventions } : {}),
    ...(profile.schoolPeriodsOnly ? { schoolPeriodsOnly: true } : {}),
    latitude: point?.latitude ?? 0,
    longitude: point?.longitude ?? 0,
  };
}
