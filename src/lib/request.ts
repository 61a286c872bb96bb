/**
 * A request for an intervention (brief F5): the schema of the form, shared by the page that
 * shows it and the function that receives it. What depends on the ambassador (what they
 * accept) and on the clock (future slots) is checked by the workflow.
 */
import { z } from 'astro/zod';
import { EMAIL_PATTERN, PHONE_PATTERN, blankAsMissing, isPlainName, oneOf, plainNameMessage } from './fields.ts';
import { shortLabelOf, type FieldSpec } from './forms/field.ts';
import { REQUEST_FIELDS as F } from './forms/request.ts';
import { LOCAL_DATE_TIME } from './paris-time.ts';
import {
  INTERVENTIONS,
  LEVELS,
  MODALITIES,
  PUBLICS,
  REQUESTER_KINDS,
  SEXES,
  SITUATIONS,
  THEMES,
  codesOf,
  type AgeBracket,
  type Situation,
  type Sex,
  type Vocabulary,
} from './vocabularies.ts';

const text = (min: number, max: number, what: string) =>
  z
    .string({ error: `${what} : champ obligatoire.` })
    .trim()
    .min(min, { error: min <= 1 ? `${what} : champ obligatoire.` : `${what} : ${min} caractères au moins.` })
    .max(max, { error: `${what} : ${max} caractères au plus.` });

/** A text field with the limits of its spec, named in its messages by its short label. */
const textOf = (spec: FieldSpec) => text(spec.minLength ?? 1, spec.maxLength!, shortLabelOf(spec));

/** A choice in a list, named in its message by the field's short label (the codes mean nothing to a person). */
const listed = <V extends Vocabulary>(vocabulary: V, spec: FieldSpec) =>
  z.enum(codesOf(vocabulary), { error: `${shortLabelOf(spec)} : choisissez une réponse dans la liste.` });

const slot = (spec: FieldSpec) =>
  z
    .string({ error: `${shortLabelOf(spec)} : date et heure attendues.` })
    .regex(LOCAL_DATE_TIME, { error: `${shortLabelOf(spec)} : date et heure attendues (jour/mois/année et heure).` });

/** Durations offered, in minutes. */
export const DURATIONS = {
  '30': '30 minutes',
  '60': '1 heure',
  '90': '1 h 30',
  '120': '2 heures',
  '180': '3 heures',
  '240': 'Une demi-journée',
  '420': 'Une journée',
} as const;

/**
 * The fields of a request but the ambassador: who asks, what, for whom, when. A need sent to
 * several ambassadors (src/lib/need.ts) asks the same.
 */
export const requestFields = {
  requesterKind: oneOf(REQUESTER_KINDS, shortLabelOf(F.requesterKind)),
  name: textOf(F.name).refine(isPlainName, plainNameMessage(shortLabelOf(F.name))),
  email: z
    .email({ error: `${shortLabelOf(F.email)} : vérifiez-la (elle s’écrit avec une arobase puis un domaine).` })
    .max(F.email.maxLength),
  role: blankAsMissing(textOf(F.role).optional()),
  organisationName: blankAsMissing(textOf(F.organisationName).optional()),
  uai: blankAsMissing(
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^\d{7}[A-Z]$/, { error: `${shortLabelOf(F.uai)} : 7 chiffres et une lettre, par exemple 0590001A.` })
      .optional(),
  ),
  age: blankAsMissing(
    z.coerce
      .number({ error: `${shortLabelOf(F.age)} : nombre attendu.` })
      .int({ error: `${shortLabelOf(F.age)} : nombre entier attendu.` })
      .min(0)
      .max(F.age.max, { error: `${shortLabelOf(F.age)} : ${F.age.max} ans au plus.` })
      .optional(),
  ),
  situation: blankAsMissing(listed(SITUATIONS, F.situation).optional()),
  sex: blankAsMissing(listed(SEXES, F.sex).optional()),
  department: z
    .string({ error: `${shortLabelOf(F.department)} : choisissez le département où aurait lieu l’intervention.` })
    .regex(/^(\d{2}|2A|2B|97\d)$/, {
      error: `${shortLabelOf(F.department)} : choisissez le département où aurait lieu l’intervention.`,
    }),
  intervention: oneOf(INTERVENTIONS, shortLabelOf(F.intervention)),
  public: oneOf(PUBLICS, shortLabelOf(F.public)),
  level: blankAsMissing(listed(LEVELS, F.level).optional()),
  groupSize: z.coerce
    .number({ error: `${shortLabelOf(F.groupSize)} : nombre attendu.` })
    .int({ error: `${shortLabelOf(F.groupSize)} : nombre entier attendu.` })
    .min(F.groupSize.min, { error: `${shortLabelOf(F.groupSize)} : au moins ${F.groupSize.min}.` })
    .max(F.groupSize.max, { error: `${shortLabelOf(F.groupSize)} : ${F.groupSize.max} au plus.` }),
  modality: oneOf(MODALITIES, shortLabelOf(F.modality)),
  under16: blankAsMissing(z.literal('oui', { error: `${shortLabelOf(F.under16)} : case à cocher.` }).optional()),
  accompaniedBy: blankAsMissing(textOf(F.accompaniedBy).optional()),
  slot1: slot(F.slot1),
  slot2: blankAsMissing(slot(F.slot2).optional()),
  slot3: blankAsMissing(slot(F.slot3).optional()),
  durationMinutes: z.enum(Object.keys(DURATIONS) as [keyof typeof DURATIONS], {
    error: `${shortLabelOf(F.durationMinutes)} : choisissez une durée dans la liste.`,
  }),
  message: textOf(F.message),
};

/** A field the form never had: the page is out of date. */
export const unknownFieldsMessage = {
  error: (issue: { code: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys' ? `Champ inconnu : ${(issue.keys ?? []).join(', ')}. Rechargez la page du formulaire.` : undefined,
};

type RequestFieldsInput = z.output<z.ZodObject<typeof requestFields>>;

/** What depends on more than one field: an organisation's name and role, a school's UAI, an individual's age and situation, a company visit's escort, distinct slots. */
export function requestRules(r: RequestFieldsInput, ctx: z.RefinementCtx): void {
  const need = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: [field], message });
  if (r.requesterKind !== 'individual') {
    if (!r.organisationName) need('organisationName', `${shortLabelOf(F.organisationName)} : champ obligatoire.`);
    if (!r.role)
      need('role', `${shortLabelOf(F.role)} : champ obligatoire (par exemple professeure principale, conseiller d’orientation).`);
  }
  if (r.requesterKind === 'school' && !r.uai)
    need(
      'uai',
      `${shortLabelOf(F.uai)} : champ obligatoire pour un établissement scolaire (il figure sur ses courriers, par exemple 0590001A).`,
    );
  if (r.requesterKind === 'individual') {
    if (r.age === undefined) need('age', `${shortLabelOf(F.age)} : champ obligatoire pour une demande à titre personnel.`);
    else if (r.age < F.age.min)
      need(
        'age',
        `${shortLabelOf(F.age)} : il faut avoir ${F.age.min} ans ou plus. Demandez à un professeur ou à un conseiller de faire la demande avec vous.`,
      );
    if (!r.situation) need('situation', `${shortLabelOf(F.situation)} : champ obligatoire pour une demande à titre personnel.`);
  }
  const youngVisitors = r.public === 'middle_school' || r.under16 === 'oui' || (r.age !== undefined && r.age < 16);
  if (r.intervention === 'company_visit' && youngVisitors && !r.accompaniedBy) {
    need(
      'accompaniedBy',
      `${shortLabelOf(F.accompaniedBy)} : pour une visite d’entreprise avec des jeunes de moins de 16 ans, indiquez qui les accompagne.`,
    );
  }
  const slots = [r.slot1, r.slot2, r.slot3].filter(Boolean);
  if (new Set(slots).size !== slots.length) need('slot2', `${shortLabelOf(F.slot2)} : il est identique à un autre créneau.`);
}

export const requestSchema = z
  .strictObject(
    {
      /** "59/slug" of the profile. */
      ambassador: z
        .string({ error: 'Ambassadeur inconnu : revenez au profil.' })
        .regex(/^(\d{2}|2A|2B|97\d)\/[a-z0-9-]{1,90}$/, { error: 'Ambassadeur inconnu : revenez au profil.' }),
      ...requestFields,
      /** A request to one ambassador may be about a transversal theme (issue 11). */
      theme: blankAsMissing(listed(THEMES, F.theme).optional()),
      /** Where the intervention would take place, as typed (a name and postal code, or an INSEE code): the server resolves it (issue 11, zones). */
      commune: blankAsMissing(
        z
          .string()
          .trim()
          .max(F.commune.maxLength, { error: `${shortLabelOf(F.commune)} : ${F.commune.maxLength} caractères au plus.` })
          .optional(),
      ),
    },
    unknownFieldsMessage,
  )
  .superRefine(requestRules);

export type RequestInput = z.output<typeof requestSchema>;

/** The slots as typed, in order. */
export function slotsOf(r: Pick<RequestInput, 'slot1' | 'slot2' | 'slot3'>): string[] {
  return [r.slot1, r.slot2, r.slot3].filter((s): s is string => typeof s === 'string');
}

/** The age bracket an age is kept as (requests.requester_age_bracket). */
export function ageBracketOf(age: number): AgeBracket {
  if (age < 16) return 'under_16';
  if (age < 18) return '16_17';
  if (age <= 25) return '18_25';
  if (age <= 50) return '26_50';
  return 'over_50';
}

/**
 * What the network's statistics keep of an individual requester (the evaluation table), never
 * shown to the ambassador: the situation, the declared sex and the age bracket. Null for a
 * school or a structure, whatever was typed in those fields.
 */
export function requesterFacts(r: Pick<RequestInput, 'requesterKind' | 'age' | 'situation' | 'sex'>): {
  situation: Situation | null;
  sex: Sex | null;
  ageBracket: AgeBracket | null;
} {
  if (r.requesterKind !== 'individual') return { situation: null, sex: null, ageBracket: null };
  return { situation: r.situation ?? null, sex: r.sex ?? null, ageBracket: r.age === undefined ? null : ageBracketOf(r.age) };
}

/** A requester under 18 writing as an individual: contact details they type are masked. */
export function isMinorRequester(r: Pick<RequestInput, 'requesterKind' | 'age'>): boolean {
  return r.requesterKind === 'individual' && r.age !== undefined && r.age < 18;
}

const CONTACT = new RegExp(`${EMAIL_PATTERN.source}|${PHONE_PATTERN.source}`, 'g');

/** Every text of a request typed freely by the requester. */
const FREE_TEXTS = ['name', 'role', 'organisationName', 'accompaniedBy', 'message'] as const;

/** The request as stored and shown: for a requester under 18, contact details masked in every free text. */
export function withMinorContactsMasked(r: RequestInput): RequestInput {
  if (!isMinorRequester(r)) return r;
  const masked = { ...r };
  for (const key of FREE_TEXTS) {
    const value = r[key];
    if (typeof value === 'string') masked[key] = maskContacts(value);
  }
  return masked;
}

/** Replaces e-mail addresses and phone numbers in a text. */
export function maskContacts(text: string): string {
  return text.replace(CONTACT, '[coordonnées masquées]');
}

/** Who asks, as the ambassador's mails and agenda name them: « Louise Martin (Lycée Faidherbe) ». */
export function requesterLabel(name: string, organisation: string | null): string {
  return organisation ? `${name} (${organisation})` : name;
}
