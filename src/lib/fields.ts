/**
 * Field rules shared by the content schemas (build), the signup form (browser) and the
 * functions (server). Browser-safe: no reference data here, only shapes and messages.
 */
import { z } from 'astro/zod';
import { codesOf, type Vocabulary } from './vocabularies.ts';

/** A select from a vocabulary, with a message that lists what is accepted. */
export function oneOf<V extends Vocabulary>(vocabulary: V, what: string) {
  const codes = codesOf(vocabulary);
  return z.enum(codes, { error: `${what} : choisissez une valeur parmi ${codes.join(', ')}.` });
}

export function someOf<V extends Vocabulary>(vocabulary: V, what: string) {
  return z
    .array(oneOf(vocabulary, what), { error: `${what} : choisissez au moins une valeur.` })
    .min(1, { error: `${what} : choisissez au moins une valeur.` })
    .refine((values) => new Set(values).size === values.length, { error: `${what} : une valeur est en double.` });
}

/** Several values of a vocabulary, none required (an unknown one is named in the message). */
export function anyOf<V extends Vocabulary>(vocabulary: V, what: string) {
  return z
    .array(oneOf(vocabulary, what), { error: `${what} : liste de valeurs attendue.` })
    .refine((values) => new Set(values).size === values.length, { error: `${what} : une valeur est en double.` });
}

/** The yearly commitment (issue 11): interventions offered per school year. */
export const YEARLY_INTERVENTIONS = { min: 1, max: 50 } as const;
const YEARLY_MESSAGE = `Engagement annuel : nombre entier d’interventions par année scolaire, de ${YEARLY_INTERVENTIONS.min} à ${YEARLY_INTERVENTIONS.max}.`;
export const yearlyInterventions = z.coerce
  .number({ error: YEARLY_MESSAGE })
  .int({ error: YEARLY_MESSAGE })
  .min(YEARLY_INTERVENTIONS.min, { error: YEARLY_MESSAGE })
  .max(YEARLY_INTERVENTIONS.max, { error: YEARLY_MESSAGE });

/**
 * A SIRET (14 digits: the SIREN then the establishment's number) is valid when its Luhn key is;
 * La Poste's establishments (SIREN 356 000 000) use INSEE's documented exception instead: the
 * sum of the 14 digits is a multiple of 5. Spaces are allowed in what is typed, not stored.
 */
export function isValidSiret(value: string): boolean {
  const digits = value.replace(/\s/g, '');
  if (!/^\d{14}$/.test(digits)) return false;
  const values = [...digits].map(Number);
  if (digits.startsWith('356000000')) return values.reduce((sum, d) => sum + d, 0) % 5 === 0;
  const luhn = values.reduce((sum, d, i) => {
    const doubled = i % 2 === 0 ? d * 2 : d; // from the left, as 14 is even: every digit in an odd place from the right
    return sum + (doubled > 9 ? doubled - 9 : doubled);
  }, 0);
  return luhn % 10 === 0;
}

/** A SIRET as people read it: SIREN in three groups, then the establishment's five digits (« 912 004 587 00017 »). */
export function formatSiret(value: string): string {
  return value.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4');
}

const SIRET_MESSAGE =
  'SIRET : 14 chiffres dont le dernier est une clé de contrôle ; vérifiez-le sur l’avis de situation Sirene ou un justificatif de l’entreprise.';
export const siret = z
  .string({ error: SIRET_MESSAGE })
  .transform((value) => value.replace(/\s/g, ''))
  .refine(isValidSiret, { error: SIRET_MESSAGE });

export const EMAIL_PATTERN = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
export const PHONE_PATTERN = /(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}/;

/** Public text that must never carry a way to reach the person directly. */
export function publicText(min: number, max: number, what: string) {
  return z
    .string({ error: `${what} : texte attendu.` })
    .trim()
    .min(min, { error: `${what} : ${min} caractères au moins.` })
    .max(max, { error: `${what} : ${max} caractères au plus.` })
    .refine((text) => !EMAIL_PATTERN.test(text) && !PHONE_PATTERN.test(text), {
      error: `${what} : retirez l'adresse e-mail ou le numéro de téléphone. Les échanges passent par la messagerie de la plateforme, qui protège les coordonnées de chacun.`,
    });
}

/**
 * Digits, a web address (or what looks like a domain), control and invisible formatting
 * characters: none belongs in a name, and names are repeated in mails sent from the Région's
 * domain and in pages, where they could pass for a message from the Région.
 */
const NOT_IN_A_NAME = /[\d\p{Cc}\p{Cf}\p{Zl}\p{Zp}@/\\]|www\.|[\p{L}-]\.\p{L}{2,}/iu;

/** A person's name or a display name: letters, spaces and the marks names use (hyphen, apostrophe, initial's dot). */
export function isPlainName(text: string): boolean {
  return !NOT_IN_A_NAME.test(text);
}

/**
 * A company's or structure's name (issue 11) may hold digits and "&" (« Boulangeries Artésiennes 1905 »,
 * « Logistique Flandres & Ports »): its legal name is what people know. Still no web address,
 * no "@", no control or invisible character, for the same reason as a person's name.
 */
const NOT_IN_A_COMPANY_NAME = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}@/\\]|www\.|[\p{L}-]\.\p{L}{2,}/iu;

export function isPlainCompanyName(text: string): boolean {
  return !NOT_IN_A_COMPANY_NAME.test(text);
}

export const companyNameMessage = (what: string) => ({
  error: `${what} : le nom de l’entreprise ou de la structure, sans adresse web, arobase ni retour à la ligne.`,
});

export const plainNameMessage = (what: string) => ({
  error: `${what} : lettres seulement, sans chiffres, adresse web ni retour à la ligne.`,
});

/** An optional field left empty in a form arrives as "": treat it as not given. */
export function blankAsMissing<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema);
}

/**
 * Options of a `z.strictObject` read from an editor's file: a misspelt or unknown field is named,
 * with the fields the file may have, instead of zod's English message.
 */
export function knownFields(shape: Readonly<Record<string, unknown>>) {
  return {
    error: (issue: { code?: string; keys?: string[] }) =>
      issue.code === 'unrecognized_keys'
        ? `Champ inconnu : ${issue.keys!.map((k) => `« ${k} »`).join(', ')} (faute de frappe ?). Champs possibles : ${Object.keys(shape).join(', ')}.`
        : issue.code === 'invalid_type'
          ? 'Fichier illisible : une liste de champs « nom: valeur » est attendue.'
          : undefined,
  };
}
