/**
 * A small network written straight into the embedded database, whose figures are computed by
 * hand in tests/indicators.integration.test.ts: five ambassadors (Nord, Pas-de-Calais), twelve
 * requests over two school years, feedback and applications. The clock stands at 15 June 2026,
 * 12:00 in Paris (school year 2025-2026). Requests are inserted as rows: the triggers of
 * migration 0009 fill their facts (first sending, answer, escalation, ambassador, requester).
 */
import type { Queryable } from '../../src/server/db.ts';
import { insertAmbassador } from './ambassadors.ts';

export const NOW = '2026-06-15T10:00:00Z';

interface AmbassadorSpec {
  department: string;
  sector: string;
  type: string;
  departments: string[];
  publishedAt: string;
  paused?: boolean;
}

async function ambassador(db: Queryable, spec: AmbassadorSpec): Promise<string> {
  const { id } = await insertAmbassador(db, {
    department: spec.department,
    sector: spec.sector,
    type: spec.type,
    departments: spec.departments,
    paused: spec.paused ?? false,
  });
  await db.query('UPDATE ambassadors SET published_at = $2 WHERE id = $1', [id, spec.publishedAt]);
  return id;
}

export interface RequestSpec {
  ambassador: string;
  department: string;
  status: string;
  email: string;
  kind?: 'school' | 'individual';
  public?: string;
  level?: string | null;
  groupSize?: number;
  duration?: number;
  createdAt?: string;
  sentAt?: string;
  answeredAt?: string;
  escalatedAt?: string;
  closedAt?: string;
  acceptedStart?: string;
  awaiting?: 'ambassador' | 'requester';
  sex?: string;
  age?: string;
  situation?: string;
  /** The INSEE code of the intervention's commune, when the requester gave it. */
  commune?: string;
}

export async function insertRequest(db: Queryable, r: RequestSpec): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO requests (ambassador_id, status, awaiting, requester_kind, requester_name, requester_email, intervention, public, level,
       group_size, modality, duration_minutes, slots, requester_slots, message, created_at, sent_at, answered_at, escalated_at, closed_at,
       accepted_start, requester_department, requester_sex, requester_age_bracket, requester_situation, requester_commune)
     VALUES ($1, $2, $3, $4, 'Demandeur', $5, 'classroom_talk', $6, $7, $8, 'in_person', $9, '[]', '[]', 'Bonjour', $10, $11, $12, $13,
       $14, $15, $16, $17, $18, $19, $20) RETURNING id`,
    [
      r.ambassador,
      r.status,
      r.awaiting ?? 'ambassador',
      r.kind ?? 'school',
      r.email,
      r.public ?? (r.kind === 'individual' ? 'adults_retraining' : 'high_school'),
      r.level ?? null,
      r.groupSize ?? (r.kind === 'individual' ? 1 : 28),
      r.duration ?? 60,
      r.createdAt ?? r.sentAt,
      r.sentAt ?? null,
      r.answeredAt ?? null,
      r.escalatedAt ?? null,
      r.closedAt ?? null,
      r.acceptedStart ?? null,
      r.department,
      r.sex ?? null,
      r.age ?? null,
      r.situation ?? null,
      r.commune ?? null,
    ],
  );
  return row!.id;
}

async function feedback(db: Queryable, requestId: string, side: 'requester' | 'ambassador', satisfaction: number, young: number | null) {
  await db.query(
    `INSERT INTO feedback (request_id, side, satisfaction, young_people_reached, comment, created_at) VALUES ($1, $2, $3, $4, 'Merci', $5)`,
    [requestId, side, satisfaction, young, NOW],
  );
}

async function application(
  db: Queryable,
  a: { status: string; commune: string; createdAt: string; confirmedAt?: string; decidedAt?: string },
) {
  await db.query(
    `INSERT INTO applications (status, email, first_name, last_name, profile, monthly_capacity, meets_minors, created_at, confirmed_at, decided_at)
     VALUES ($1, $2, 'Camille', 'Candidate', $3, 2, false, $4, $5, $6)`,
    [
      a.status,
      `candidat-${Math.random()}@example.org`,
      { homeCommune: a.commune },
      a.createdAt,
      a.confirmedAt ?? null,
      a.decidedAt ?? null,
    ],
  );
}

export async function clearFigures(db: Queryable): Promise<void> {
  await db.query(
    'DELETE FROM feedback; DELETE FROM messages; DELETE FROM requests; DELETE FROM requesters; DELETE FROM ambassadors; DELETE FROM ambassador_departures; DELETE FROM applications; DELETE FROM outbox; DELETE FROM link_tokens; DELETE FROM sessions',
  );
}

export interface Dataset {
  ambassadors: Record<'a1' | 'a2' | 'a3' | 'a4' | 'a5', string>;
  requests: Record<string, string>;
}

export async function insertDataset(db: Queryable): Promise<Dataset> {
  const a1 = await ambassador(db, {
    department: '59',
    sector: 'I',
    type: 'professional',
    departments: ['59', '62'],
    publishedAt: '2025-01-10T09:00:00Z',
  });
  const a2 = await ambassador(db, {
    department: '59',
    sector: 'H',
    type: 'student_apprentice',
    departments: ['59'],
    publishedAt: '2026-05-01T09:00:00Z',
    paused: true,
  });
  const a3 = await ambassador(db, {
    department: '62',
    sector: 'I',
    type: 'professional',
    departments: ['62'],
    publishedAt: '2024-06-01T09:00:00Z',
  });
  const a4 = await ambassador(db, {
    department: '59',
    sector: 'J',
    type: 'professional',
    departments: ['59'],
    publishedAt: '2025-03-01T09:00:00Z',
  });
  const a5 = await ambassador(db, {
    department: '62',
    sector: 'F',
    type: 'vae',
    departments: ['62', '80'],
    publishedAt: '2025-09-15T09:00:00Z',
  });

  const school = { kind: 'school' as const };
  const requests: Record<string, string> = {};
  // Nord (59): done in time, with both sides' feedback.
  requests.r1 = await insertRequest(db, {
    ...school,
    ambassador: a1,
    department: '59',
    email: 'lycee@example.org',
    level: '2de',
    groupSize: 28,
    duration: 90,
    status: 'done',
    sentAt: '2025-10-01T08:00:00Z',
    answeredAt: '2025-10-03T08:00:00Z',
    acceptedStart: '2025-11-20T13:00:00Z',
    closedAt: '2025-11-20T16:00:00Z',
  });
  // Pas-de-Calais (62): declined 15 days later, no other request from this address.
  requests.r2 = await insertRequest(db, {
    ...school,
    ambassador: a1,
    department: '62',
    email: 'college@example.org',
    status: 'declined',
    sentAt: '2025-11-05T08:00:00Z',
    answeredAt: '2025-11-20T08:00:00Z',
    closedAt: '2025-11-20T08:00:00Z',
  });
  // Nord, one student (same address twice, her situation changed): done with the ambassador's score only, then expired after escalation.
  const student = { kind: 'individual' as const, email: 'etudiante@example.org', sex: 'female', age: '18_25' };
  requests.r3 = await insertRequest(db, {
    ...student,
    situation: 'higher_education_student',
    ambassador: a4,
    department: '59',
    duration: 60,
    status: 'done',
    sentAt: '2026-01-10T08:00:00Z',
    answeredAt: '2026-01-12T08:00:00Z',
    acceptedStart: '2026-02-01T09:00:00Z',
    closedAt: '2026-02-01T10:00:00Z',
  });
  requests.r4 = await insertRequest(db, {
    ...student,
    situation: 'job_seeker',
    ambassador: a4,
    department: '59',
    status: 'expired',
    sentAt: '2026-03-01T08:00:00Z',
    escalatedAt: '2026-03-11T08:00:00Z',
    closedAt: '2026-03-16T08:00:00Z',
  });
  // Nord: waiting for 5 days (after the first reminder, not yet due).
  requests.r5 = await insertRequest(db, {
    ...school,
    ambassador: a1,
    department: '59',
    email: 'lycee@example.org',
    public: 'middle_school',
    level: '3e',
    groupSize: 25,
    status: 'sent',
    sentAt: '2026-06-10T08:00:00Z',
  });
  // Nord, a pupil: declined by the paused ambassador, then accepted by another (so not unmet), intervention to come.
  const pupil = {
    kind: 'individual' as const,
    email: 'eleve@example.org',
    sex: 'male',
    age: 'under_16',
    situation: 'pupil',
    public: 'middle_school',
  };
  requests.r6 = await insertRequest(db, {
    ...pupil,
    ambassador: a2,
    department: '59',
    status: 'declined',
    sentAt: '2026-02-01T08:00:00Z',
    answeredAt: '2026-02-04T08:00:00Z',
    closedAt: '2026-02-04T08:00:00Z',
  });
  requests.r7 = await insertRequest(db, {
    ...pupil,
    ambassador: a1,
    department: '59',
    status: 'accepted',
    sentAt: '2026-02-05T08:00:00Z',
    answeredAt: '2026-02-06T08:00:00Z',
    acceptedStart: '2026-06-20T12:00:00Z',
  });
  // Pas-de-Calais: no answer, escalated, reassigned to a5 who accepts; done, the ambassador's figure counts.
  requests.r8 = await insertRequest(db, {
    ...school,
    ambassador: a1,
    department: '62',
    email: 'lycee-arras@example.org',
    groupSize: 20,
    duration: 120,
    status: 'sent',
    sentAt: '2026-04-01T08:00:00Z',
    escalatedAt: '2026-04-11T08:00:00Z',
  });
  await db.query(`UPDATE requests SET ambassador_id = $2, sent_at = $3, escalated_at = NULL WHERE id = $1`, [
    requests.r8,
    a5,
    '2026-04-12T08:00:00Z',
  ]);
  await db.query(`UPDATE requests SET status = 'done', answered_at = $2, accepted_start = $3, closed_at = $4 WHERE id = $1`, [
    requests.r8,
    '2026-04-13T08:00:00Z',
    '2026-05-10T08:00:00Z',
    '2026-05-10T10:00:00Z',
  ]);
  // The previous school year, and a request never confirmed: in no figure of 2025-2026.
  requests.r9 = await insertRequest(db, {
    ...school,
    ambassador: a1,
    department: '59',
    email: 'lycee@example.org',
    status: 'done',
    sentAt: '2025-06-01T08:00:00Z',
    answeredAt: '2025-06-02T08:00:00Z',
    acceptedStart: '2025-06-20T08:00:00Z',
    closedAt: '2025-06-20T09:00:00Z',
  });
  requests.r10 = await insertRequest(db, {
    ...school,
    ambassador: a1,
    department: '59',
    email: 'autre@example.org',
    status: 'awaiting_requester_confirmation',
    createdAt: '2026-06-14T08:00:00Z',
  });
  // The pupil, the school year before: declined, and no other request of theirs accepted that year (r7 is the next year's).
  requests.r12 = await insertRequest(db, {
    ...pupil,
    ambassador: a1,
    department: '59',
    status: 'declined',
    sentAt: '2025-08-20T08:00:00Z',
    answeredAt: '2025-08-22T08:00:00Z',
    closedAt: '2025-08-22T08:00:00Z',
  });
  // Somme (80), only the coordinator sees it: cancelled by the requester the next day, without an answer.
  requests.r11 = await insertRequest(db, {
    ...school,
    ambassador: a5,
    department: '80',
    email: 'amiens@example.org',
    status: 'cancelled',
    sentAt: '2026-05-05T08:00:00Z',
    closedAt: '2026-05-06T08:00:00Z',
  });

  await feedback(db, requests.r1, 'requester', 5, 26);
  await feedback(db, requests.r1, 'ambassador', 4, 30);
  await feedback(db, requests.r3, 'ambassador', 3, null);
  await feedback(db, requests.r8, 'requester', 4, null);
  await feedback(db, requests.r8, 'ambassador', 5, 18);

  // Applications: two waiting in the Nord (13 and 44 days), one approved and one rejected there, one waiting in the Pas-de-Calais.
  await application(db, { status: 'confirmed', commune: '59350', createdAt: '2026-06-01T09:00:00Z', confirmedAt: '2026-06-02T10:00:00Z' });
  await application(db, { status: 'confirmed', commune: '59350', createdAt: '2026-05-01T09:00:00Z', confirmedAt: '2026-05-02T10:00:00Z' });
  await application(db, {
    status: 'approved',
    commune: '59350',
    createdAt: '2025-10-01T09:00:00Z',
    confirmedAt: '2025-10-02T10:00:00Z',
    decidedAt: '2025-10-06T10:00:00Z',
  });
  await application(db, {
    status: 'rejected',
    commune: '59350',
    createdAt: '2026-01-01T09:00:00Z',
    confirmedAt: '2026-01-03T10:00:00Z',
    decidedAt: '2026-01-13T10:00:00Z',
  });
  await application(db, { status: 'confirmed', commune: '62765', createdAt: '2026-06-13T09:00:00Z', confirmedAt: '2026-06-14T10:00:00Z' });

  return { ambassadors: { a1, a2, a3, a4, a5 }, requests };
}
