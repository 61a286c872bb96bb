/**
 * The feedback survey's fields (brief F7), read by its form (src/views/requests/FeedbackPage.tsx)
 * and by the check of what is sent (src/server/workflows/requests/feedback.ts).
 */
import type { FieldSpec } from './field.ts';

export const FEEDBACK_FIELDS = {
  satisfaction: {
    name: 'satisfaction',
    label: 'Votre satisfaction, de 1 (pas du tout satisfait) à 5 (très satisfait)',
    shortLabel: 'Satisfaction',
    required: true,
    min: 1,
    max: 5,
  },
  youngPeopleReached: {
    name: 'youngPeopleReached',
    label: 'Nombre de jeunes rencontrés (facultatif)',
    shortLabel: 'Jeunes rencontrés',
    type: 'number',
    min: 0,
    max: 2000,
  },
  comment: { name: 'comment', label: 'Un commentaire (facultatif)', shortLabel: 'Commentaire', maxLength: 1000 },
} as const satisfies Record<string, FieldSpec>;
