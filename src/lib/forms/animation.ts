/**
 * The fields of a message to ambassadors (issue F, part 2), read by its schema
 * (src/lib/animation.ts) and by the referents' form (src/views/referents/animation/).
 */
import type { FieldSpec } from './field.ts';

export const ANIMATION_FIELDS = {
  subject: {
    name: 'subject',
    label: 'Objet du message',
    shortLabel: 'Objet',
    required: true,
    minLength: 5,
    maxLength: 120,
  },
  body: {
    name: 'body',
    label: 'Message',
    hint: 'Texte simple : laissez une ligne vide entre deux paragraphes. Votre nom et votre fonction sont ajoutés à la fin, puis le lien de désabonnement.',
    required: true,
    minLength: 20,
    maxLength: 5000,
    rows: 12,
  },
  departments: {
    name: 'departments',
    label: 'Départements de rattachement des ambassadeurs',
    shortLabel: 'Départements',
    required: true,
  },
  sectors: {
    name: 'sectors',
    label: 'Secteurs (aucun coché : tous les secteurs)',
    shortLabel: 'Secteurs',
  },
  types: {
    name: 'types',
    label: 'Types d’ambassadeur (aucun coché : tous les types)',
    shortLabel: 'Types d’ambassadeur',
  },
  neverSolicited: {
    name: 'neverSolicited',
    label: 'Ambassadeurs jamais sollicités',
    shortLabel: 'Jamais sollicités',
    hint: 'Publiés depuis plus de 90 jours et sans aucune demande reçue dans les 12 derniers mois (la définition du tableau de bord).',
  },
} as const satisfies Record<string, FieldSpec>;

/** The form's lists (repeated keys). */
export const ANIMATION_LIST_FIELDS = ['departments', 'sectors', 'types'] as const;
