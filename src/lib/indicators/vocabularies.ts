/**
 * Codes of the individual requester's answers the evaluation table counts (figure 20): the request
 * form's vocabularies, and "unknown" for a request made before the question was asked, or left
 * unanswered.
 */
export { AGE_BRACKETS, SITUATIONS } from '../vocabularies.ts';

/** Declared sex as the figures head their columns (the form's labels are for one person). */
export const SEXES = {
  female: 'Femmes',
  male: 'Hommes',
  undisclosed: 'Non précisé',
} as const;

/** A code the figures could not read (no answer, or a request older than the question). */
export const UNKNOWN = 'unknown';
export const UNKNOWN_LABEL = 'Non précisé';
