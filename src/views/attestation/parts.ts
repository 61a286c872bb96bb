/** What the attestation's pages share: the shapes the workflows fill, and numbers as a French letter writes them. */
import { frenchNumber } from '../../lib/forms/field.ts';

/** One intervention done, as the attestation lists it (nothing about who asked). */
export interface InterventionDone {
  /** The accepted start. */
  at: Date;
  intervention: string;
  modality: string;
  public: string;
  level: string | null;
  /** Young people reached: the requester's figure, else the ambassador's, else the group size. */
  youngPeople: number;
  durationMinutes: number;
}

export interface AttestationTotals {
  interventions: number;
  minutes: number;
  youngPeople: number;
}

/** "1 h 30", "4 h", "45 min". */
export function hoursText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${frenchNumber(hours)} h` : `${frenchNumber(hours)} h ${String(rest).padStart(2, '0')}`;
}

export const plural = (n: number, one: string, many: string) => `${frenchNumber(n)} ${n > 1 ? many : one}`;
