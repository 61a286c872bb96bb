/**
 * Attestations of engagement (issue F, part 5): the verification code as people read and type
 * it, and the period an ambassador asks for. Pure, shared by the views and the workflows; the code
 * is drawn with node:crypto in src/server/workflows/attestation/issue.ts.
 *
 * The code: 8 characters from an alphabet of 31 without I, L, O, 0 and 1 (they read alike), so
 * 31^8 ≈ 8.5 × 10^11 codes. Typed back in any case, with spaces or hyphens.
 */
import { z } from 'astro/zod';
import { fieldErrors } from './application.ts';
import { shortLabelOf } from './forms/field.ts';
import { ATTESTATION_FIELDS as F } from './forms/attestation.ts';
import { parseParisDateTime, toParisDateTime } from './paris-time.ts';
import { parsePeriod, schoolYearsBetween, type Period } from './period.ts';

export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;

/** The public page where an attestation is checked (a function: netlify/functions/attestation-verification.mts). */
export const VERIFICATION_PATH = '/attestation/verifier/';

const CODE = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);
/** Spaces (any), hyphens and dashes people put between the two halves, or copy with the code. */
const SEPARATORS = /[\s\-\u2010-\u2015\u2212]/gu;

/** The code as typed → its canonical form ("ABCD2345"); undefined when it cannot be a code. */
export function normaliseCode(input: unknown): string | undefined {
  if (typeof input !== 'string' || input.length > 64) return undefined;
  const code = input.replace(SEPARATORS, '').toUpperCase();
  return CODE.test(code) ? code : undefined;
}

/** "ABCD-2345": as printed, in two halves easy to read out. */
export const formatCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

/** What an attestation covers: [start, end) and the words printed for it. */
export interface AttestationPeriod {
  start: Date;
  end: Date;
  label: string;
}

/** The option of the period list that asks for two dates instead of a school year. */
export const OTHER_DATES = 'dates';

const longDate = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: 'numeric', month: 'long', year: 'numeric' });

/** "1er mars 2026", "15 novembre 2026": the day in Paris, as a French letter writes it. */
export function frenchDay(instant: Date): string {
  return longDate.format(instant).replace(/^1 /, '1er ');
}

/** The school years an ambassador may choose: from the one of their first intervention done to today's, newest first. */
export function schoolYearChoices(firstDone: Date, now: Date): Extract<Period, { kind: 'school_year' }>[] {
  return schoolYearsBetween(firstDone < now ? firstDone : now, now);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const FIRST_DAY = '2000-01-01';

const day = (spec: { label: string; shortLabel: string }) =>
  z
    .string()
    .trim()
    .optional()
    .refine((v) => v === undefined || v === '' || (ISO_DAY.test(v) && parseParisDateTime(`${v}T00:00`) !== undefined), {
      error: `${shortLabelOf(spec)} : une date réelle, par exemple 2026-03-01.`,
    });

const periodSchema = z.object({
  periode: z.string({ error: `${shortLabelOf(F.period)} : choisissez une année scolaire ou « D’autres dates ».` }).trim(),
  debut: day(F.from),
  fin: day(F.to),
});

const midnight = (isoDay: string) => parseParisDateTime(`${isoDay}T00:00`)!;
const nextDay = (isoDay: string) => {
  const d = new Date(`${isoDay}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

export type PeriodResult = { ok: true; period: AttestationPeriod } | { ok: false; errors: Record<string, string> };

/**
 * The period posted from the space: a school year that has begun (the current one ends today), or
 * two days, the first not after the second, the second not after today. A French message by field.
 */
export function readAttestationPeriod(input: unknown, now: Date): PeriodResult {
  const parsed = periodSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const { periode, debut = '', fin = '' } = parsed.data;
  if (periode === OTHER_DATES) return datesPeriod(debut, fin, now);
  const year = parsePeriod(periode);
  if (typeof year !== 'object' || year.kind !== 'school_year' || year.start > now) {
    return {
      ok: false,
      errors: { periode: `${shortLabelOf(F.period)} : choisissez une année scolaire de la liste ou « D’autres dates ».` },
    };
  }
  if (year.end <= now) return { ok: true, period: { start: year.start, end: year.end, label: year.label } };
  return { ok: true, period: { start: year.start, end: now, label: `${year.label}, jusqu’au ${frenchDay(now)}` } };
}

function datesPeriod(debut: string, fin: string, now: Date): PeriodResult {
  const errors: Record<string, string> = {};
  if (debut === '') errors.debut = `${shortLabelOf(F.from)} : indiquez le premier jour de la période.`;
  else if (debut < FIRST_DAY) errors.debut = `${shortLabelOf(F.from)} : le 1er janvier 2000 au plus tôt.`;
  const today = toParisDateTime(now).slice(0, 10);
  if (fin === '') errors.fin = `${shortLabelOf(F.to)} : indiquez le dernier jour de la période.`;
  else if (fin > today) errors.fin = `${shortLabelOf(F.to)} : aujourd’hui au plus tard.`;
  else if (debut !== '' && fin < debut) errors.fin = `${shortLabelOf(F.to)} : le même jour que la date de début, ou après.`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const start = midnight(debut);
  const end = midnight(nextDay(fin));
  return { ok: true, period: { start, end, label: `du ${frenchDay(start)} au ${frenchDay(midnight(fin))}` } };
}
