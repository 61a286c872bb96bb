/**
 * The ambassador's private contact details as their space changes them: the signup's fields
 * (src/lib/forms/signup.ts), read by the same schema rules, with what the space adds.
 */
import type { FieldSpec } from './field.ts';
import { SIGNUP_FIELDS as S } from './signup.ts';

export const CONTACT_FIELDS = {
  email: {
    ...S.email,
    label: 'Nouvelle adresse e-mail',
    shortLabel: S.email.label,
    hint: 'Nous y envoyons un lien : l’adresse change quand vous l’ouvrez.',
  },
  phone: { ...S.phone, hint: `${S.phone.hint} Videz le champ pour le retirer.` },
} as const satisfies Record<string, FieldSpec>;
