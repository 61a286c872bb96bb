/**
 * The public profile's fields (signup, "Gérer mon profil", the referent's review): label,
 * hint and limits written once, read by the zod schemas (src/lib/application.ts,
 * src/lib/schemas.ts) and by the form (src/views/profile/ProfileFields.tsx).
 */
import type { FieldSpec } from './field.ts';

export const PROFILE_FIELDS = {
  displayName: {
    name: 'displayName',
    label: 'Nom affiché sur votre profil public',
    shortLabel: 'Nom affiché',
    hint: 'Par exemple votre prénom et l’initiale de votre nom : « Camille R. ».',
    required: true,
    minLength: 2,
    maxLength: 60,
  },
  jobTitle: {
    name: 'jobTitle',
    label: 'Métier exercé ou formation suivie',
    shortLabel: 'Métier ou formation',
    required: true,
    minLength: 2,
    maxLength: 100,
  },
  sector: { name: 'sector', label: 'Secteur', required: true },
  organisation: {
    name: 'organisation',
    label: 'Employeur ou établissement (facultatif)',
    shortLabel: 'Employeur ou établissement',
    hint: 'Seulement si vous souhaitez qu’il apparaisse sur votre profil.',
    minLength: 2,
    maxLength: 100,
  },
  presentation: {
    name: 'presentation',
    label: 'Présentation',
    hint: 'Ce que vous faites, ce que vous aimez : 600 caractères au plus, sans adresse ni téléphone.',
    required: true,
    minLength: 20,
    maxLength: 600,
    rows: 4,
  },
  careerPath: { name: 'careerPath', label: 'Votre parcours', shortLabel: 'Parcours', required: true, minLength: 20, maxLength: 1500 },
  interventions: { name: 'interventions', label: 'Ce que vous proposez', shortLabel: 'Interventions' },
  publics: { name: 'publics', label: 'Les publics que vous souhaitez rencontrer', shortLabel: 'Publics' },
  modalities: { name: 'modalities', label: 'Comment', shortLabel: 'Modalités' },
  departments: { name: 'departments', label: 'Départements où vous pouvez intervenir', shortLabel: 'Départements' },
  monthlyCapacity: {
    name: 'monthlyCapacity',
    label: 'Nombre de demandes que vous pouvez accepter par mois',
    shortLabel: 'Disponibilité',
    type: 'number',
    inputMode: 'numeric',
    required: true,
    min: 1,
    max: 20,
  },
} as const satisfies Record<string, FieldSpec>;
