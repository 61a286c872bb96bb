/**
 * Mini-stage offers (issue 11, part 5; Normandie's « mini-stages » of 3 to 5 days): one YAML file
 * per offer, `src/content/offers/<slug>.yaml`, published by a company or structure ambassador.
 * This module holds the schema (build, CMS drift test, functions) and the date rules; the pages,
 * the index and the applications build on it. Messages are in French: they reach editors.
 *
 * Dates are calendar days in Paris, "2027-02-08", as the CMS date picker writes them. An offer
 * expires once the last day of its last period has passed: it is then left out of the site.
 */
import { z } from 'astro/zod';
import { EMAIL_PATTERN, PHONE_PATTERN, knownFields, oneOf, someOf } from './fields.ts';
import { communeCode } from './schemas.ts';
import { ambassadorRef } from './events.ts';
import { AGREEMENT_ISSUERS, OFFER_PUBLICS, SECTORS } from './vocabularies.ts';

export const OFFER_DAYS = { min: 3, max: 5 } as const;
export const OFFER_PLACES = { min: 1, max: 30 } as const;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTC midnight of a calendar day "AAAA-MM-JJ", or undefined when it does not exist (2027-02-30). */
export function parseDay(value: string): Date | undefined {
  const m = DAY.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** Calendar days from `start` to `end`, both counted. */
export function daysBetween(start: string, end: string): number {
  return Math.round((parseDay(end)!.getTime() - parseDay(start)!.getTime()) / 86_400_000) + 1;
}

export const calendarDay = z
  .string({ error: 'Date : jour attendu au format AAAA-MM-JJ, par exemple 2027-02-08.' })
  .regex(DAY, { error: (issue) => `« ${String(issue.input)} » : jour attendu au format AAAA-MM-JJ, par exemple 2027-02-08.`, abort: true })
  .refine((value) => parseDay(value) !== undefined, { error: (issue) => `« ${String(issue.input)} » : ce jour n’existe pas.` });

const text = (what: string, min: number, max: number) =>
  z
    .string({ error: `${what} : texte attendu.` })
    .trim()
    .min(min, { error: `${what} : ${min} caractères au moins.` })
    .max(max, { error: `${what} : ${max} caractères au plus.` })
    .refine((value) => !EMAIL_PATTERN.test(value) && !PHONE_PATTERN.test(value), {
      error: `${what} : retirez l’adresse e-mail ou le numéro de téléphone ; les candidatures passent par le formulaire de la plateforme.`,
    });

const periodFields = {
  start: calendarDay.describe('Premier jour possible (AAAA-MM-JJ)'),
  end: calendarDay.describe('Dernier jour possible (AAAA-MM-JJ)'),
};
export const offerPeriod = z.strictObject(periodFields, knownFields(periodFields));

const offerFields = {
  title: text('Titre', 5, 120).describe('Titre de l’offre, par exemple « Découvrir le métier de boulanger »'),
  company: ambassadorRef.describe('Entreprise ou structure qui accueille : identifiant département/profil de son profil ambassadeur'),
  jobTitle: text('Métier', 2, 100).describe('Métier découvert pendant le stage'),
  sector: oneOf(SECTORS, 'Secteur').describe("Secteur d'activité (domaine du ROME, A à N)"),
  durationDays: z
    .number({ error: `Durée : nombre de jours attendu, de ${OFFER_DAYS.min} à ${OFFER_DAYS.max}.` })
    .int({ error: `Durée : nombre entier de jours, de ${OFFER_DAYS.min} à ${OFFER_DAYS.max}.` })
    .min(OFFER_DAYS.min, { error: `Durée : ${OFFER_DAYS.min} jours au moins (un mini-stage dure de 3 à 5 jours).` })
    .max(OFFER_DAYS.max, { error: `Durée : ${OFFER_DAYS.max} jours au plus (un mini-stage dure de 3 à 5 jours).` })
    .describe('Durée du stage en jours (3 à 5)'),
  periods: z
    .array(offerPeriod, { error: 'Périodes : liste de périodes attendue.' })
    .min(1, { error: 'Périodes : indiquez au moins une période d’accueil.' })
    .max(12, { error: 'Périodes : 12 au plus.' })
    .describe('Périodes pendant lesquelles un stage peut avoir lieu'),
  places: z
    .number({ error: `Places : nombre entier attendu, de ${OFFER_PLACES.min} à ${OFFER_PLACES.max}.` })
    .int({ error: `Places : nombre entier attendu, de ${OFFER_PLACES.min} à ${OFFER_PLACES.max}.` })
    .min(OFFER_PLACES.min, { error: `Places : ${OFFER_PLACES.min} au moins.` })
    .max(OFFER_PLACES.max, { error: `Places : ${OFFER_PLACES.max} au plus.` })
    .describe('Nombre d’élèves accueillis sur chaque période'),
  publics: someOf(OFFER_PUBLICS, 'Public').describe('À qui s’adresse le stage : collégiens, lycéens, étudiants du supérieur'),
  commune: communeCode.describe('Commune du lieu de stage (code INSEE) : seule sa position est publiée'),
  agreements: someOf(AGREEMENT_ISSUERS, 'Convention').describe('Conventions acceptées : qui peut signer la convention de stage'),
  conditions: text('Conditions', 5, 500)
    .optional()
    .describe('Conditions d’accueil, par exemple « chaussures de sécurité fournies », facultatif'),
  description: text('Description', 20, 1500).describe('Ce que l’élève verra et fera pendant le stage'),
};

/** The refinements run once every field is valid (zod skips them otherwise): each names the field to correct. */
export const offerSchema = z
  .strictObject(offerFields, knownFields(offerFields))
  .superRefine((offer, ctx) => {
    offer.periods.forEach((period, i) => {
      const [start, end] = [parseDay(period.start), parseDay(period.end)];
      if (start === undefined || end === undefined) return; // already named by the day's own check
      if (end < start) {
        ctx.addIssue({ code: 'custom', path: ['periods', i, 'end'], message: 'Fin de période : elle doit venir après le premier jour.' });
      } else if (daysBetween(period.start, period.end) < offer.durationDays) {
        ctx.addIssue({
          code: 'custom',
          path: ['periods', i, 'end'],
          message: `Période : ${daysBetween(period.start, period.end)} jour(s), plus courte que la durée du stage (${offer.durationDays} jours).`,
        });
      }
    });
  })
  .describe('Offre de mini-stage (3 à 5 jours) d’une entreprise ou structure ambassadrice');

export type OfferData = z.output<typeof offerSchema>;

/** The last day an offer can be held, "AAAA-MM-JJ". */
export function lastDayOf(offer: Pick<OfferData, 'periods'>): string {
  return offer.periods
    .map((p) => p.end)
    .sort()
    .at(-1)!;
}

/** Whether the offer's last period is over on `today` ("AAAA-MM-JJ" in Paris): it is then no longer published. */
export function isExpired(offer: Pick<OfferData, 'periods'>, today: string): boolean {
  return lastDayOf(offer) < today;
}
