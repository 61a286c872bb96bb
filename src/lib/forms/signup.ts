/**
 * The signup-only fields (who the person is, how to reach them, where they live, the charter):
 * label, hint and limits written once, read by the application schema (src/lib/application.ts)
 * and by the form (src/views/signup/SignupForm.tsx). The public profile's fields are in profile.ts.
 */
import type { FieldSpec } from './field.ts';

export const SIGNUP_FIELDS = {
  type: { name: 'type', label: 'Vous êtes', shortLabel: 'Profil', required: true },
  firstName: { name: 'firstName', label: 'Prénom', required: true, maxLength: 60, autoComplete: 'given-name' },
  lastName: { name: 'lastName', label: 'Nom', required: true, maxLength: 60, autoComplete: 'family-name' },
  email: { name: 'email', label: 'Adresse e-mail', type: 'email', required: true, maxLength: 254, autoComplete: 'email' },
  phone: {
    name: 'phone',
    label: 'Téléphone (facultatif)',
    shortLabel: 'Téléphone',
    hint: 'Pour que le référent puisse vous joindre ; jamais publié.',
    type: 'tel',
    autoComplete: 'tel',
  },
  /** What the person types to find the commune; without JavaScript the server looks its code up. */
  communeSearch: {
    name: 'communeSearch',
    label: 'Votre commune de rattachement',
    shortLabel: 'Commune',
    hint: 'Seul le centre de la commune apparaît sur la carte, jamais votre adresse. Sans liste de choix, écrivez son nom et son code postal, par exemple « Arras 62000 ».',
    required: true,
    maxLength: 100,
    autoComplete: 'off',
  },
  /** The commune's code (INSEE), filled by the suggestion chosen or found by the server. */
  homeCommune: { name: 'homeCommune', label: 'Votre commune de rattachement', shortLabel: 'Commune' },
  charterAccepted: { name: 'charterAccepted', label: 'Votre engagement', shortLabel: 'Charte', required: true },
  charterVersion: { name: 'charterVersion', label: 'Version de la charte', shortLabel: 'Charte' },
} as const satisfies Record<string, FieldSpec>;

/** The name a field's messages start with: its short label, else its label. */
