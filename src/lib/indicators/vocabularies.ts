/**
 * Codes of the individual requester's answers the evaluation table counts (figure 20), with their
 * French labels. The request form's vocabularies (src/lib/vocabularies.ts, issue E) use the same
 * codes; "unknown" stands for a request made before the question was asked, or left unanswered.
 */

/** Age brackets of the Basse-Normandie evaluation table (the column requests.requester_age_bracket). */
export const AGE_BRACKETS = {
  under_16: 'Moins de 16 ans',
  '16_17': '16–17 ans',
  '18_25': '18–25 ans',
  '26_50': '26–50 ans',
  over_50: 'Plus de 50 ans',
} as const;

export const SITUATIONS = {
  pupil: 'Scolaire',
  apprentice: 'Apprenti',
  higher_education_student: 'Étudiant du supérieur',
  job_seeker: 'Demandeur d’emploi',
  employed: 'En emploi',
  other: 'Autre',
} as const;

/** Declared sex; the figures show "undisclosed" (and a question never asked) as « non précisé ». */
export const SEXES = {
  female: 'Femmes',
  male: 'Hommes',
  undisclosed: 'Non précisé',
} as const;

/** A code the figures could not read (no answer, or a request older than the question). */
export const UNKNOWN = 'unknown';
export const UNKNOWN_LABEL = 'Non précisé';
