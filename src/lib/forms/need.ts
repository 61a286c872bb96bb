/**
 * The fields a need adds to a request's (src/lib/forms/request.ts): which sector or which job,
 * since no ambassador is chosen. Every other field is the request form's, with its spec.
 */
import type { FieldSpec } from './field.ts';
import { REQUEST_FIELDS } from './request.ts';

export const NEED_FIELDS = {
  sector: {
    name: 'sector',
    label: 'Secteur d’activité',
    shortLabel: 'Secteur ou métier',
    hint: 'Choisissez un secteur, ou écrivez un métier dans le champ suivant (ou les deux).',
  },
  job: {
    name: 'job',
    label: 'Métier recherché (facultatif si vous choisissez un secteur)',
    shortLabel: 'Métier',
    hint: 'Par exemple : électricienne, infirmier, développeur. Il est cherché dans l’intitulé du métier des ambassadeurs.',
    minLength: 2,
    maxLength: 80,
  },
  department: {
    ...REQUEST_FIELDS.department,
    hint: 'Votre besoin est proposé aux ambassadeurs qui interviennent dans ce département.',
  },
} as const satisfies Record<string, FieldSpec>;

/** Every field of the need form, for the error summary. */
/** A need asks what a request asks, but the theme and the commune (issue 11: a request to one ambassador only). */
const { theme: _theme, commune: _commune, ...REQUEST_FIELDS_OF_A_NEED } = REQUEST_FIELDS;
export const NEED_FORM_FIELDS = { ...REQUEST_FIELDS_OF_A_NEED, ...NEED_FIELDS } as const satisfies Record<string, FieldSpec>;
