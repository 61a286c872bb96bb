/** Published ambassadors written straight into the embedded database (private record + public snapshot). */
import type { Queryable } from '../../src/server/db.ts';
import type { PublicSnapshot } from '../../src/server/directory-snapshot.ts';

let counter = 0;

export interface AmbassadorFixture {
  id: string;
  path: string;
  email: string;
}

export async function insertAmbassador(
  db: Queryable,
  overrides: Partial<PublicSnapshot> & { slug?: string; department?: string; paused?: boolean; capacity?: number; email?: string } = {},
): Promise<AmbassadorFixture> {
  counter += 1;
  const {
    slug = `ambassadeur-${counter}`,
    department = '59',
    paused = false,
    capacity = 4,
    email = `ambassadeur${counter}@example.org`,
    ...snapshot
  } = overrides;
  const publicData: PublicSnapshot = {
    type: 'professional',
    displayName: `Ambassadeur ${counter}`,
    jobTitle: 'Technicienne de maintenance',
    sector: 'I',
    interventions: ['classroom_talk', 'company_visit', 'remote_exchange'],
    publics: ['middle_school', 'high_school', 'adults_retraining'],
    modalities: ['in_person', 'remote'],
    departments: [department],
    latitude: 50.63,
    longitude: 3.05,
    ...snapshot,
  };
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO applications (status, email, first_name, last_name, profile, monthly_capacity, meets_minors, created_at, confirmed_at, decided_at)
     VALUES ('approved', $1, $2, 'Fixture', '{}'::jsonb, $3, true, now(), now(), now()) RETURNING id`,
    [email, publicData.displayName, capacity],
  );
  await db.query(
    'INSERT INTO ambassadors (id, department, slug, paused, public, published_at, updated_at) VALUES ($1, $2, $3, $4, $5, now(), now())',
    [row!.id, department, slug, paused, JSON.stringify(publicData)],
  );
  return { id: row!.id, path: `${department}/${slug}`, email };
}

/** A request form as a school would fill it, for the ambassador at `path`. */
export function makeRequestInput(path: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ambassador: path,
    requesterKind: 'school',
    name: 'Louise Martin',
    email: 'louise.martin@example.org',
    role: 'Professeure principale',
    organisationName: 'Lycée Faidherbe',
    uai: '0590117G',
    age: '',
    department: '59',
    intervention: 'classroom_talk',
    public: 'high_school',
    level: 'lycee_seconde',
    groupSize: '28',
    modality: 'in_person',
    accompaniedBy: '',
    slot1: '2026-11-20T14:00',
    slot2: '2026-11-24T10:00',
    slot3: '',
    durationMinutes: '90',
    message: 'Nous préparons les choix d’orientation de fin de seconde avec la classe.',
    ...overrides,
  };
}

/** A need as a school would describe it (« Je ne sais pas qui solliciter »): a request's fields without an ambassador, with a sector. */
export function makeNeedInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const request = makeRequestInput('');
  delete request.ambassador;
  return { ...request, sector: 'I', job: '', ...overrides };
}
