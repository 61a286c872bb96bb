/**
 * The fields of the public profile, as the signup correction form and "Gérer mon profil" show
 * them: the same labels, hints and limits as the signup page.
 */
import { checkboxGroup, inputField, selectField, textAreaField, type Errors } from './form.ts';
import { departmentChoices } from '../../lib/directory.ts';
import { INTERVENTIONS, MODALITIES, PUBLICS, SECTORS } from '../../lib/vocabularies.ts';

/** What a field holds: what was posted, else what is recorded. */
export interface FieldValues {
  text(name: string): string;
  list(name: string): readonly string[];
}

/** Reads a posted form (strings and lists of strings), falling back on recorded values. */
export function postedValues(posted: Readonly<Record<string, unknown>>, recorded: Readonly<Record<string, unknown>> = {}): FieldValues {
  const pick = (name: string) => (name in posted ? posted[name] : recorded[name]);
  return {
    text: (name) => {
      const value = pick(name);
      return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    },
    list: (name) => {
      const value = pick(name);
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    },
  };
}

export function publicProfileFields(values: FieldValues, errors: Errors, departments: readonly string[]): string {
  return [
    inputField({
      name: 'displayName',
      label: 'Nom affiché sur votre profil public',
      hint: 'Par exemple votre prénom et l’initiale de votre nom : « Camille R. ».',
      value: values.text('displayName'),
      errors,
      attributes: 'required maxlength="60"',
    }),
    inputField({
      name: 'jobTitle',
      label: 'Métier exercé ou formation suivie',
      value: values.text('jobTitle'),
      errors,
      attributes: 'required maxlength="100"',
    }),
    selectField({
      name: 'sector',
      label: 'Secteur',
      value: values.text('sector'),
      vocabulary: { '': 'Choisissez un secteur', ...SECTORS },
      errors,
    }),
    inputField({
      name: 'organisation',
      label: 'Employeur ou établissement (facultatif)',
      hint: 'Seulement si vous souhaitez qu’il apparaisse sur votre profil.',
      value: values.text('organisation'),
      errors,
      attributes: 'maxlength="100"',
    }),
    textAreaField({
      name: 'presentation',
      label: 'Présentation',
      hint: 'Ce que vous faites, ce que vous aimez : 600 caractères au plus, sans adresse ni téléphone.',
      value: values.text('presentation'),
      errors,
      maxLength: 600,
    }),
    textAreaField({ name: 'careerPath', label: 'Votre parcours', value: values.text('careerPath'), errors, maxLength: 1500 }),
    checkboxGroup({
      name: 'interventions',
      label: 'Ce que vous proposez',
      values: values.list('interventions'),
      vocabulary: INTERVENTIONS,
      errors,
    }),
    checkboxGroup({
      name: 'publics',
      label: 'Les publics que vous souhaitez rencontrer',
      values: values.list('publics'),
      vocabulary: PUBLICS,
      errors,
    }),
    checkboxGroup({ name: 'modalities', label: 'Comment', values: values.list('modalities'), vocabulary: MODALITIES, errors }),
    checkboxGroup({
      name: 'departments',
      label: 'Départements où vous pouvez intervenir',
      values: values.list('departments'),
      vocabulary: departmentChoices(departments),
      errors,
    }),
    inputField({
      name: 'monthlyCapacity',
      label: 'Nombre de demandes que vous pouvez accepter par mois',
      type: 'number',
      value: values.text('monthlyCapacity'),
      errors,
      attributes: 'inputmode="numeric" min="1" max="20" required',
    }),
  ].join('');
}
