/**
 * An application to become an ambassador (brief F3, W1): the one schema shared by the
 * signup form in the browser and by the signup function. Browser-safe: the server adds
 * the checks against the national reference data (commune and département codes).
 */
import { z } from 'astro/zod';
import {
  anyOf,
  blankAsMissing,
  isPlainCompanyName,
  isPlainName,
  oneOf,
  plainNameMessage,
  publicText,
  siret,
  someOf,
  yearlyInterventions,
} from './fields.ts';
import { AMBASSADOR_TYPES, INTERVENTIONS, MODALITIES, PUBLICS, SECTORS, SIZE_BANDS, THEMES, ZONE_KINDS } from './vocabularies.ts';
import { RADIUS_KM, RADIUS_MESSAGE } from './zone-limits.ts';
import { shortLabelOf, summaryLabels, textLimits } from './forms/field.ts';
import { PROFILE_FIELDS as P } from './forms/profile.ts';
import { SIGNUP_FIELDS as S } from './forms/signup.ts';

/** Fields that hold several values (repeated keys in a form post). */
const LIST_FIELDS = ['interventions', 'publics', 'modalities', 'themes', 'departments', 'employmentAreas'] as const;

const required = (what: string) => ({ error: `${what} : champ obligatoire.` });
const PHONE_MESSAGE = `${shortLabelOf(S.phone)} : 10 chiffres, par exemple 06 12 34 56 78.`;
const POSITION_MESSAGE = `${shortLabelOf(S.homeCommune)} : position invalide. Choisissez de nouveau votre commune dans la liste.`;

const COMMUNE_MESSAGE = `${shortLabelOf(S.homeCommune)} : choisissez votre commune dans la liste proposée, ou indiquez son nom et son code postal.`;

const COMPANY_MESSAGE = `${shortLabelOf(P.company)} : choisissez-la dans la liste ; si elle n’y est pas, laissez le champ vide.`;

export const applicationSchema = z.strictObject(
  {
    type: oneOf(AMBASSADOR_TYPES, shortLabelOf(S.type)),
    firstName: z
      .string(required(S.firstName.label))
      .trim()
      .min(1, required(S.firstName.label))
      .max(S.firstName.maxLength, { error: `${S.firstName.label} : ${S.firstName.maxLength} caractères au plus.` })
      .refine(isPlainName, plainNameMessage(S.firstName.label)),
    lastName: z
      .string(required(S.lastName.label))
      .trim()
      .min(1, required(S.lastName.label))
      .max(S.lastName.maxLength, { error: `${S.lastName.label} : ${S.lastName.maxLength} caractères au plus.` })
      .refine(isPlainName, plainNameMessage(S.lastName.label)),
    email: z.email({ error: `${S.email.label} : vérifiez-la (elle s’écrit avec une arobase puis un domaine).` }).max(S.email.maxLength),
    phone: blankAsMissing(
      z
        .string({ error: PHONE_MESSAGE })
        .trim()
        .regex(/^(?:\+33 ?|0)[1-9](?:[ .]?\d{2}){4}$/, { error: PHONE_MESSAGE })
        .optional(),
    ),
    // Letters only for a person (companyFields checks it with the type); a company's name may hold digits.
    displayName: publicText(...textLimits(P.displayName)).refine(isPlainCompanyName, {
      error: `${shortLabelOf(P.displayName)} : sans adresse web, arobase ni retour à la ligne.`,
    }),
    jobTitle: publicText(...textLimits(P.jobTitle)),
    sector: oneOf(SECTORS, 'Secteur'),
    organisation: blankAsMissing(publicText(...textLimits(P.organisation)).optional()),
    /** Issue 11: a company's SIRET (key checked) and size band; a person's company (the id of its profile). */
    siret: blankAsMissing(siret.optional()),
    sizeBand: blankAsMissing(oneOf(SIZE_BANDS, shortLabelOf(P.sizeBand)).optional()),
    company: blankAsMissing(
      z
        .string({ error: COMPANY_MESSAGE })
        .regex(/^(\d{2}|2A|2B|97\d)\/[a-z0-9-]{1,80}$/, { error: COMPANY_MESSAGE })
        .optional(),
    ),
    presentation: publicText(...textLimits(P.presentation)),
    careerPath: publicText(...textLimits(P.careerPath)),
    interventions: someOf(INTERVENTIONS, 'Interventions'),
    publics: someOf(PUBLICS, 'Publics'),
    modalities: someOf(MODALITIES, 'Modalités'),
    /** Optional: none ticked is an empty list, kept out of the profile. */
    themes: anyOf(THEMES, shortLabelOf(P.themes))
      .optional()
      .transform((themes) => (themes && themes.length > 0 ? themes : undefined)),
    /** The zone of intervention (issue 11); the server resolves it (src/lib/zone.ts): at least one département for that kind. */
    zoneKind: blankAsMissing(oneOf(ZONE_KINDS, "Zone d'intervention").default('departments')),
    departments: z.array(z.string().regex(/^(\d{2}|2A|2B|97\d)$/, { error: 'Département : code attendu, par exemple 59.' }), {
      error: "Départements d'intervention : choisissez au moins un département.",
    }),
    /** The commune at the centre of a radius: its INSEE code, or its name and postal code (looked up by the server). */
    zoneCommune: blankAsMissing(z.string().trim().max(80, { error: 'Commune du rayon : 80 caractères au plus.' }).optional()),
    zoneRadiusKm: blankAsMissing(
      z.coerce
        .number({ error: RADIUS_MESSAGE })
        .int({ error: RADIUS_MESSAGE })
        .min(RADIUS_KM.min, { error: RADIUS_MESSAGE })
        .max(RADIUS_KM.max, { error: RADIUS_MESSAGE })
        .optional(),
    ),
    employmentAreas: z.array(z.string().max(100)).default([]),
    homeCommune: z.string({ error: COMMUNE_MESSAGE }).regex(/^\d[\dAB]\d{3}$/, { error: COMMUNE_MESSAGE }),
    /** What the person typed to find the commune; without JavaScript the server looks it up. */
    communeSearch: z.string().max(S.communeSearch.maxLength).optional(),
    /** The commune's centre from the national Geo API, when it could be reached; else the referent places it. */
    position: blankAsMissing(z.string({ error: POSITION_MESSAGE }).startsWith('{', { error: POSITION_MESSAGE }).optional()),
    monthlyCapacity: z.coerce
      .number({ error: 'Disponibilité : nombre de demandes par mois attendu.' })
      .int({ error: 'Disponibilité : nombre entier attendu.' })
      .min(P.monthlyCapacity.min, { error: `Disponibilité : au moins ${P.monthlyCapacity.min} demande par mois.` })
      .max(P.monthlyCapacity.max, { error: `Disponibilité : ${P.monthlyCapacity.max} demandes par mois au plus.` }),
    yearlyInterventions: blankAsMissing(yearlyInterventions.optional()),
    /** A checkbox: "oui" when ticked, absent otherwise. */
    schoolPeriodsOnly: z
      .literal('oui', { error: `${shortLabelOf(P.schoolPeriodsOnly)} : cochez la case ou laissez-la vide.` })
      .optional()
      .transform((ticked) => (ticked === 'oui' ? true : undefined)),
    charterAccepted: z.literal('oui', {
      error: `${shortLabelOf(S.charterAccepted)} : vous devez accepter la charte pour devenir ambassadeur.`,
    }),
    charterVersion: z
      .string({ error: 'Version de la charte inconnue : rechargez la page.' })
      .regex(/^\d+(\.\d+)?$/, { error: 'Version de la charte inconnue : rechargez la page.' }),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `Champ inconnu : ${issue.keys.join(', ')}. Rechargez la page du formulaire.` : undefined,
  },
);

export type ApplicationInput = z.input<typeof applicationSchema>;
export type Application = z.output<typeof applicationSchema>;

type KindFields = Pick<Application, 'type' | 'displayName' | 'siret' | 'sizeBand' | 'company'>;

/**
 * What depends on the kind of ambassador (issue 11), checked once the fields are read: a company
 * or structure must give its SIRET and size band (and names no company); a person's name has
 * letters only, and the company fields a person's form also shows (it works without JavaScript)
 * are dropped. `companies`: the ids of the company profiles a person may name.
 */
export function companyFields<T extends KindFields>(
  application: T,
  companies: ReadonlySet<string>,
): { ok: true; fields: T } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (application.type === 'company') {
    if (application.siret === undefined) errors.siret = `${shortLabelOf(P.siret)} : indiquez le SIRET de l’établissement (14 chiffres).`;
    if (application.sizeBand === undefined) errors.sizeBand = `${shortLabelOf(P.sizeBand)} : choisissez la tranche d’effectif.`;
    if (Object.keys(errors).length > 0) return { ok: false, errors };
    return { ok: true, fields: { ...application, company: undefined } };
  }
  if (!isPlainName(application.displayName)) errors.displayName = plainNameMessage(shortLabelOf(P.displayName)).error;
  if (application.company !== undefined && !companies.has(application.company)) errors.company = COMPANY_MESSAGE;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, fields: { ...application, siret: undefined, sizeBand: undefined } };
}

/** Publics that are minors: meeting them requires the criminal-record check. */
export function meetsMinors(application: Pick<Application, 'publics'>): boolean {
  return application.publics.some((p) => p === 'middle_school' || p === 'high_school' || p === 'apprentices');
}

/** One French message per field, keyed by field name (the form shows each next to its field). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'formulaire');
    errors[field] ??= issue.message;
  }
  return errors;
}

/** Turns a posted form into the object the schema reads (lists from repeated keys). */
export function formToObject(form: FormData | URLSearchParams, listFields: readonly string[] = LIST_FIELDS): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    const values = form.getAll(key).filter((v): v is string => typeof v === 'string');
    object[key] = listFields.includes(key) ? values : values[0];
  }
  for (const key of listFields) object[key] ??= [];
  return object;
}

/** The fields of an application: the signup-only ones and the public profile's (what is typed to find the commune is not kept). */
const { communeSearch: _typed, ...APPLICATION_FIELDS } = { ...S, ...P };

/** The name of each field as the form shows it, for messages listed away from the field. */
export const APPLICATION_FIELD_LABELS: Record<string, string> = summaryLabels(APPLICATION_FIELDS);
