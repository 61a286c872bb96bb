/**
 * Applying for a mini-stage offer (issue 11, part 5): a pupil's school or family asks a company
 * or structure for dates inside one of the offer's periods, names the pupil's level and who signs
 * the agreement, and gives an adult to reach during the stage for a pupil under 16. The form's
 * specs (label, hint, limits, written once), its schema, and the rules that need the offer and
 * the day: dates inside one period, exactly the offer's length, not in the past; a level among
 * the offer's publics; an agreement the offer accepts. Messages are French and name their field.
 */
import { z } from 'astro/zod';
import { blankAsMissing, isPlainName, plainNameMessage } from './fields.ts';
import { shortLabelOf, type FieldSpec } from './forms/field.ts';
import { REQUEST_FIELDS } from './forms/request.ts';
import { daysBetween, parseDay, type OfferData } from './offers.ts';
import { formatParisDay } from './paris-time.ts';
import { unknownFieldsMessage } from './request.ts';
import { AGREEMENT_ISSUERS, LEVELS, OFFER_PUBLICS, codesOf, type Level, type OfferPublic } from './vocabularies.ts';

/** Who applies for the pupil. */
export const MINISTAGE_REQUESTERS = {
  school: 'L’établissement scolaire de l’élève (professeur, CPE, psychologue de l’Éducation nationale…)',
  family: 'La famille de l’élève (parent ou responsable légal)',
} as const;
export type MinistageRequester = keyof typeof MINISTAGE_REQUESTERS;

/** Whether the pupil is under 16 on the first day of the stage. */
export const UNDER_16_ANSWERS = { oui: 'Oui, moins de 16 ans', non: 'Non, 16 ans ou plus' } as const;

/** W2 for an application: confirmed by its requester, then answered by the company, then held. */
export const MINISTAGE_STATUSES = {
  awaiting_requester_confirmation: 'En attente de la confirmation du demandeur',
  pending: 'Transmise à l’entreprise, en attente de sa réponse',
  accepted: 'Acceptée',
  declined: 'Déclinée',
  cancelled: 'Annulée',
  expired: 'Expirée sans réponse',
  done: 'Stage réalisé',
} as const;
export type MinistageStatus = keyof typeof MINISTAGE_STATUSES;
export const OPEN_MINISTAGE_STATUSES: readonly MinistageStatus[] = ['awaiting_requester_confirmation', 'pending', 'accepted'];

/** The public a level belongs to (« other » fits every offer). */
export const LEVEL_PUBLIC: Record<Level, OfferPublic | null> = {
  college_6_5: 'middle_school',
  college_4_3: 'middle_school',
  lycee_seconde: 'high_school',
  lycee_premiere_terminale: 'high_school',
  voie_pro_cap_bac_pro: 'high_school',
  post_bac_bts_but: 'higher_education',
  licence: 'higher_education',
  master_plus: 'higher_education',
  other: null,
};

export const MINISTAGE_FIELDS = {
  requesterKind: { name: 'requesterKind', label: 'Qui fait la demande ?', shortLabel: 'Qui fait la demande', required: true },
  name: { ...REQUEST_FIELDS.name, label: 'Votre nom (transmis à l’entreprise)' },
  email: {
    ...REQUEST_FIELDS.email,
    hint: 'Jamais montrée à l’entreprise : elle sert à confirmer la candidature et à vous transmettre sa réponse.',
  },
  organisationName: {
    name: 'organisationName',
    label: 'Établissement scolaire de l’élève',
    shortLabel: 'Établissement',
    hint: 'Obligatoire si l’établissement fait la demande ; facultatif pour une famille.',
    minLength: 2,
    maxLength: 120,
    autoComplete: 'organization',
  },
  level: { name: 'level', label: 'Niveau de l’élève', shortLabel: 'Niveau de l’élève', required: true },
  startDay: {
    name: 'startDay',
    label: 'Premier jour du stage',
    shortLabel: 'Premier jour',
    type: 'date',
    required: true,
    hint: 'Au format AAAA-MM-JJ si votre navigateur ne propose pas de calendrier.',
  },
  endDay: {
    name: 'endDay',
    label: 'Dernier jour du stage',
    shortLabel: 'Dernier jour',
    type: 'date',
    required: true,
  },
  agreementIssuer: {
    name: 'agreementIssuer',
    label: 'Qui signe la convention de stage ?',
    shortLabel: 'Convention',
    required: true,
  },
  under16: { name: 'under16', label: 'L’élève aura-t-il moins de 16 ans le premier jour ?', shortLabel: 'Moins de 16 ans', required: true },
  adultName: {
    name: 'adultName',
    label: 'Adulte à joindre pendant le stage (élève de moins de 16 ans)',
    shortLabel: 'Adulte à joindre',
    hint: 'Un parent, un responsable légal ou le professeur référent. Son nom et son téléphone ne sont montrés à l’entreprise qu’une fois la candidature acceptée.',
    minLength: 2,
    maxLength: 80,
  },
  adultPhone: {
    name: 'adultPhone',
    label: 'Téléphone de cet adulte',
    shortLabel: 'Téléphone de l’adulte',
    hint: 'Par exemple 06 12 34 56 78.',
    type: 'tel',
    maxLength: 20,
    autoComplete: 'tel',
  },
  message: {
    name: 'message',
    label: 'Votre message à l’entreprise (facultatif)',
    shortLabel: 'Message',
    hint: 'Ce qui motive l’élève, ses questions, une contrainte d’horaires.',
    maxLength: 1000,
  },
} as const satisfies Record<string, FieldSpec>;

const F = MINISTAGE_FIELDS;
const label = shortLabelOf;
const listed = <V extends Record<string, string>>(vocabulary: V, spec: FieldSpec) =>
  z.enum(codesOf(vocabulary), { error: `${label(spec)} : choisissez une réponse dans la liste.` });
const text = (spec: FieldSpec) =>
  z
    .string({ error: `${label(spec)} : champ obligatoire.` })
    .trim()
    .min(spec.minLength ?? 1, { error: `${label(spec)} : ${spec.minLength ?? 1} caractères au moins.` })
    .max(spec.maxLength!, { error: `${label(spec)} : ${spec.maxLength} caractères au plus.` });
const day = (spec: FieldSpec) =>
  z
    .string({ error: `${label(spec)} : date attendue.` })
    .trim()
    .refine((value) => parseDay(value) !== undefined, {
      error: `${label(spec)} : date attendue au format AAAA-MM-JJ, par exemple 2027-02-08 (un jour qui existe).`,
    });
/** A French phone number: 10 digits, or +33 and 9 digits, spaces, dots and dashes allowed. */
const PHONE = /^(?:0|\+33 ?)[1-9](?:[ .-]?\d{2}){4}$/;

export const ministageSchema = z
  .strictObject(
    {
      requesterKind: listed(MINISTAGE_REQUESTERS, F.requesterKind),
      name: text(F.name).refine(isPlainName, plainNameMessage(label(F.name))),
      email: z.email({ error: `${label(F.email)} : vérifiez-la (elle s’écrit avec une arobase puis un domaine).` }).max(F.email.maxLength),
      organisationName: blankAsMissing(text(F.organisationName).optional()),
      level: listed(LEVELS, F.level),
      startDay: day(F.startDay),
      endDay: day(F.endDay),
      agreementIssuer: listed(AGREEMENT_ISSUERS, F.agreementIssuer),
      under16: listed(UNDER_16_ANSWERS, F.under16),
      adultName: blankAsMissing(
        text(F.adultName)
          .refine(isPlainName, plainNameMessage(label(F.adultName)))
          .optional(),
      ),
      adultPhone: blankAsMissing(
        z
          .string()
          .trim()
          .regex(PHONE, { error: `${label(F.adultPhone)} : numéro français attendu, par exemple 06 12 34 56 78.` })
          .optional(),
      ),
      message: blankAsMissing(text(F.message).optional()),
    },
    unknownFieldsMessage,
  )
  .superRefine((a, ctx) => {
    const need = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: [field], message });
    if (a.requesterKind === 'school' && !a.organisationName)
      need('organisationName', `${label(F.organisationName)} : champ obligatoire quand l’établissement fait la demande.`);
    if (a.under16 === 'oui') {
      if (!a.adultName) need('adultName', `${label(F.adultName)} : champ obligatoire pour un élève de moins de 16 ans.`);
      if (!a.adultPhone) need('adultPhone', `${label(F.adultPhone)} : champ obligatoire pour un élève de moins de 16 ans.`);
    }
  });

export type MinistageInput = z.output<typeof ministageSchema>;

export type OfferTerms = Pick<OfferData, 'periods' | 'durationDays' | 'publics' | 'agreements'>;

/** The period of the offer the dates fall in, both days inside it; undefined when none. */
export function periodOf(offer: Pick<OfferData, 'periods'>, start: string, end: string) {
  return offer.periods.find((p) => p.start <= start && end <= p.end);
}

/**
 * What depends on the offer and on the day (`today`, "AAAA-MM-JJ" in Paris): a French message by
 * each field to correct, none when the application fits the offer.
 */
export function offerErrors(offer: OfferTerms, a: MinistageInput, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (a.startDay <= today) errors.startDay = `${label(F.startDay)} : choisissez un jour à venir, à partir de demain.`;
  if (a.endDay < a.startDay) errors.endDay = `${label(F.endDay)} : il vient après le premier jour.`;
  else if (daysBetween(a.startDay, a.endDay) !== offer.durationDays)
    errors.endDay = `${label(F.endDay)} : le stage dure ${offer.durationDays} jours, premier et dernier compris (ici ${daysBetween(a.startDay, a.endDay)}).`;
  else if (!periodOf(offer, a.startDay, a.endDay))
    errors.startDay = `${label(F.startDay)} : les dates doivent tenir dans une des périodes d’accueil de l’offre.`;
  const levelPublic = LEVEL_PUBLIC[a.level];
  if (levelPublic && !offer.publics.includes(levelPublic))
    errors.level = `${label(F.level)} : cette offre s’adresse aux ${offer.publics.map((p) => OFFER_PUBLICS[p].toLowerCase()).join(', ')}.`;
  if (!offer.agreements.includes(a.agreementIssuer))
    errors.agreementIssuer = `${label(F.agreementIssuer)} : choisissez parmi les conventions que l’entreprise accepte.`;
  return errors;
}

const longDay = (value: string) => formatParisDay(parseDay(value)!);
/** « du lundi 8 février 2027 au vendredi 12 février 2027 »: a stage's dates, as its mails and pages say them. */
export const stageDates = (s: { startDay: string; endDay: string }) => `du ${longDay(s.startDay)} au ${longDay(s.endDay)}`;
