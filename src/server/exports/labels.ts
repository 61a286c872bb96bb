/**
 * French labels of the codes the exports show. The request form's vocabularies of individual
 * requesters (age bracket, situation, declared sex) are written here until they are in
 * src/lib/vocabularies.ts with the form that asks them (issue E, item 6); then import them.
 * The age bracket and sex codes are those migration 0009 allows.
 */
import { labelOf } from '../../views/referents/applications.ts';

export const AGE_BRACKETS = {
  under_16: 'Moins de 16 ans',
  '16_17': '16-17 ans',
  '18_25': '18-25 ans',
  '26_50': '26-50 ans',
  over_50: 'Plus de 50 ans',
};

export const SITUATIONS = {
  pupil: 'Scolaire',
  apprentice: 'Apprenti',
  student: 'Étudiant du supérieur',
  job_seeker: 'Demandeur d’emploi',
  employed: 'En emploi',
  other: 'Autre',
};

export const SEXES = { female: 'Femme', male: 'Homme', undisclosed: 'Ne souhaite pas répondre' };

/** The label of a code (the code itself when unknown), empty for none. */
export const label = (vocabulary: Readonly<Record<string, string>>, code: string | null) =>
  code === null ? '' : labelOf(vocabulary, code);
