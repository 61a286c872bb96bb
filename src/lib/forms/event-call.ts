/**
 * The referents' form of the call for ambassadors (issue 10): whom to invite to an event. Read by
 * its zod schema (src/server/workflows/event-call/audience.ts) and its view (src/views/event-call).
 * Names are those the address shows (?secteur=H&secteur=N).
 */
import type { FieldSpec } from './field.ts';

export const AUDIENCE_FIELDS = {
  sectors: { name: 'secteur', label: 'Secteurs', hint: 'Aucun coché : tous les secteurs.' },
  types: { name: 'type', label: 'Types d’ambassadeurs', hint: 'Aucun coché : tous les types.' },
  departments: {
    name: 'departement',
    label: 'Départements (domicile de l’ambassadeur)',
    shortLabel: 'Départements',
    hint: 'Aucun coché : tous vos départements.',
  },
} as const satisfies Record<string, FieldSpec>;

export const AUDIENCE_LIST_FIELDS: readonly string[] = Object.values(AUDIENCE_FIELDS).map((f) => f.name);

/** The two answers to an invitation, as the links and the form write them. */
export const ANSWERS = { oui: 'yes', non: 'no' } as const;
export type AnswerCode = keyof typeof ANSWERS;
