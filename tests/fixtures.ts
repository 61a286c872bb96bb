/** Small fixture factories shared by the tests. */
import type { AmbassadorData, SettingsData } from '../src/lib/schemas.ts';
import type { Referent } from '../src/server/referents.ts';

export function makeSettings(overrides: Partial<SettingsData> = {}): SettingsData {
  return {
    regionName: 'Hauts-de-France',
    regionCode: '32',
    siteName: 'Réseau des ambassadeurs métiers',
    departments: ['02', '59', '60', '62', '80'],
    contactEmail: 'contact@example.org',
    mapTilesUrl: 'https://tiles.example.org/{z}/{x}/{y}.png',
    mapAttribution: '© Exemple',
    mapBounds: { south: 48.83, west: 1.37, north: 51.09, east: 4.26 },
    confirmationLinkHours: 12,
    answerDeadlineDays: 10,
    firstReminderDays: 3,
    secondReminderDays: 7,
    expiryAfterDeadlineDays: 5,
    closedRequestsKeptMonths: 12,
    abandonedMailKeptDays: 30,
    inactiveAmbassadorMonths: 24,
    inactivityNoticeDays: 30,
    ...overrides,
  };
}

/** Raw profile data as an editor would write it (before schema parsing). */
export function makeProfileInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'professional',
    displayName: 'Camille R.',
    jobTitle: 'Technicienne de maintenance',
    sector: 'I',
    presentation: 'Je répare et j’entretiens les machines d’une usine de verre depuis dix ans.',
    careerPath: 'Bac pro maintenance, puis BTS en alternance, et une première embauche dans l’entreprise qui m’a formée.',
    interventions: ['classroom_talk', 'company_visit'],
    publics: ['middle_school', 'high_school'],
    modalities: ['in_person'],
    departments: ['59'],
    homeCommune: '59350',
    position: '{"type":"Point","coordinates":[3.0468,50.6311]}',
    status: 'published',
    createdAt: '2026-01-15',
    updatedAt: '2026-06-01',
    ...overrides,
  };
}

export function makeAmbassadorData(overrides: Partial<AmbassadorData> = {}): AmbassadorData {
  return {
    ...(makeProfileInput() as unknown as AmbassadorData),
    createdAt: new Date('2026-01-15'),
    updatedAt: new Date('2026-06-01'),
    ...overrides,
  };
}

/** A complete signup form, as the browser posts it. */
export function makeApplicationInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'professional',
    firstName: 'Camille',
    lastName: 'Rousseau',
    email: 'camille.rousseau@example.org',
    phone: '',
    displayName: 'Camille R.',
    jobTitle: 'Technicienne de maintenance',
    sector: 'I',
    organisation: '',
    presentation: 'Je répare et j’entretiens les machines d’une usine de verre depuis dix ans.',
    careerPath: 'Bac pro maintenance, puis BTS en alternance, et une première embauche dans l’entreprise qui m’a formée.',
    interventions: ['classroom_talk', 'company_visit'],
    publics: ['high_school'],
    modalities: ['in_person'],
    departments: ['59'],
    homeCommune: '59350',
    position: '{"type":"Point","coordinates":[3.0468,50.6311]}',
    monthlyCapacity: '2',
    charterAccepted: 'oui',
    charterVersion: '2.1',
    ...overrides,
  };
}

/** Two referents: the Nord (59) and the Pas-de-Calais (62). */
export function makeReferents(): Referent[] {
  return [
    { name: 'Claire V.', role: 'Référente du Nord', email: 'claire@example.org', phone: '03 99 10 20 31', departments: ['59'], order: 1 },
    {
      name: 'Sophie D.',
      role: 'Référente du Pas-de-Calais',
      email: 'sophie@example.org',
      phone: '03 99 10 20 33',
      departments: ['62'],
      order: 2,
    },
  ];
}
