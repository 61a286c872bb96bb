/**
 * The attestation's forms (issue F, part 5): the period an ambassador asks for, in their space
 * (src/views/attestation/AttestationFormPage.tsx), and the code a reader types on the public
 * verification page; read by the checks of src/lib/attestation.ts.
 */
import type { FieldSpec } from './field.ts';

export const ATTESTATION_FIELDS = {
  period: {
    name: 'periode',
    label: 'Période',
    hint: 'Une année scolaire (1er septembre – 31 août), ou « D’autres dates » et les deux dates ci-dessous.',
    required: true,
  },
  from: { name: 'debut', label: 'Du (d’autres dates)', shortLabel: 'Date de début', type: 'date' },
  to: { name: 'fin', label: 'Au (d’autres dates)', shortLabel: 'Date de fin', type: 'date' },
} as const satisfies Record<string, FieldSpec>;

export const VERIFICATION_FIELDS = {
  code: {
    name: 'code',
    label: 'Code de vérification',
    hint: '8 lettres et chiffres, imprimés au bas de l’attestation (par exemple ABCD-2345).',
    required: true,
    maxLength: 40,
    autoComplete: 'off',
  },
} as const satisfies Record<string, FieldSpec>;
