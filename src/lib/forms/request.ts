/**
 * The request form's fields (brief F5): label, hint and limits of each, written once. The zod
 * schema (src/lib/request.ts) reads the limits and names its fields in its French messages by
 * their short label; the form (src/views/requests) renders the same specs.
 */
import type { FieldSpec } from './field.ts';

/** The longest message of a request or of its thread. */
export const MESSAGE_MAX = 2000;

const slot = (n: 1 | 2 | 3): FieldSpec => ({
  name: `slot${n}`,
  label: n === 1 ? 'Créneau 1' : `Créneau ${n} (facultatif)`,
  shortLabel: `Créneau ${n}`,
  type: 'datetime-local',
  required: n === 1,
});

export const REQUEST_FIELDS = {
  requesterKind: { name: 'requesterKind', label: 'Vous êtes' },
  name: {
    name: 'name',
    label: 'Votre nom (transmis à l’ambassadeur)',
    shortLabel: 'Votre nom',
    required: true,
    minLength: 2,
    maxLength: 80,
    autoComplete: 'name',
  },
  email: {
    name: 'email',
    label: 'Votre adresse e-mail',
    shortLabel: 'Adresse e-mail',
    hint: 'Jamais montrée à l’ambassadeur : elle sert à confirmer la demande et à vous prévenir de ses réponses.',
    type: 'email',
    required: true,
    maxLength: 254,
    autoComplete: 'email',
  },
  role: {
    name: 'role',
    label: 'Votre fonction (établissement ou structure)',
    shortLabel: 'Votre fonction',
    hint: 'Par exemple : professeure principale, conseiller d’orientation.',
    minLength: 2,
    maxLength: 80,
    autoComplete: 'organization-title',
  },
  organisationName: {
    name: 'organisationName',
    label: 'Nom de l’établissement ou de la structure',
    minLength: 2,
    maxLength: 120,
    autoComplete: 'organization',
  },
  uai: {
    name: 'uai',
    label: 'Code UAI de l’établissement scolaire',
    shortLabel: 'Code UAI',
    hint: '7 chiffres et une lettre, par exemple 0590001A.',
    maxLength: 8,
  },
  age: {
    name: 'age',
    label: 'Votre âge (demande à titre personnel)',
    shortLabel: 'Votre âge',
    hint: 'Il faut avoir 15 ans ou plus. Seule la tranche d’âge est conservée, pour les statistiques du réseau ; l’ambassadeur ne la voit pas.',
    type: 'number',
    min: 15,
    max: 120,
  },
  situation: {
    name: 'situation',
    label: 'Votre situation (demande à titre personnel)',
    shortLabel: 'Votre situation',
    hint: 'Pour les statistiques du réseau uniquement : elle n’est jamais montrée à l’ambassadeur.',
  },
  sex: {
    name: 'sex',
    label: 'Vous êtes (demande à titre personnel, facultatif)',
    shortLabel: 'Sexe',
    hint: 'Pour les statistiques du réseau uniquement (par exemple la part de femmes et d’hommes qui le sollicitent) : jamais montré à l’ambassadeur.',
  },
  department: {
    name: 'department',
    label: 'Département où aurait lieu l’intervention',
    shortLabel: 'Département',
    hint: 'Si l’ambassadeur ne peut pas venir, les ambassadeurs proposés à sa place interviennent d’abord dans ce département.',
  },
  commune: {
    name: 'commune',
    label: 'Commune où aurait lieu l’intervention (facultatif)',
    shortLabel: 'Commune',
    hint: 'Son nom et son code postal (« Arras 62000 ») ou son code INSEE : si l’ambassadeur ne peut pas venir, ceux proposés à sa place sont d’abord ceux dont la zone d’intervention couvre cette commune.',
    maxLength: 80,
  },
  intervention: { name: 'intervention', label: 'Type d’intervention' },
  public: { name: 'public', label: 'Public' },
  level: {
    name: 'level',
    label: 'Niveau ou classe (facultatif)',
    shortLabel: 'Niveau ou classe',
    hint: 'Pour un groupe de plusieurs niveaux, choisissez « Autre niveau, ou plusieurs niveaux mêlés ».',
  },
  theme: {
    name: 'theme',
    label: 'Thème transversal (facultatif)',
    shortLabel: 'Thème',
    hint: 'Si votre demande porte sur un thème plutôt que sur un métier, par exemple la mixité des métiers.',
  },
  groupSize: { name: 'groupSize', label: 'Nombre de participants', type: 'number', required: true, min: 1, max: 500 },
  modality: { name: 'modality', label: 'Modalité' },
  under16: { name: 'under16', label: 'Âge des participants', shortLabel: 'Participants de moins de 16 ans' },
  accompaniedBy: {
    name: 'accompaniedBy',
    label: 'Qui accompagne les jeunes ?',
    shortLabel: 'Accompagnement',
    hint: 'Obligatoire pour une visite d’entreprise avec des jeunes de moins de 16 ans.',
    minLength: 2,
    maxLength: 200,
  },
  slot1: slot(1),
  slot2: slot(2),
  slot3: slot(3),
  durationMinutes: { name: 'durationMinutes', label: 'Durée' },
  message: {
    name: 'message',
    label: 'Votre message',
    hint: 'Le contexte, ce que vous attendez, les questions des jeunes.',
    required: true,
    minLength: 20,
    maxLength: MESSAGE_MAX,
  },
} as const satisfies Record<string, FieldSpec>;

export type RequestFieldName = keyof typeof REQUEST_FIELDS;

/** The only choice of the "under 16" checkbox. */
export const UNDER_16_OPTION = { oui: 'Certains participants ont moins de 16 ans' } as const;

/** The thread's forms (src/views/requests/ThreadActions.tsx): each action gives `body` its own label. */
export const THREAD_FIELDS = {
  body: { name: 'body', label: 'Message', maxLength: MESSAGE_MAX, rows: 5 },
  slot: { name: 'slot', label: 'Créneau retenu', shortLabel: 'Créneau', required: true },
  slot1: REQUEST_FIELDS.slot1,
  slot2: REQUEST_FIELDS.slot2,
  slot3: REQUEST_FIELDS.slot3,
} as const satisfies Record<string, FieldSpec>;
