/**
 * Demo activity for `npm start`: two and a half school years of requests to the curated demo
 * ambassadors (statuses, answers, escalations, feedback, individual requesters with their
 * situation), so that the referents' dashboard, the exports and the key figures show something
 * from a fresh clone. Fixed seed and dates relative to `today`: the same network each run.
 * Written once, into an empty requests table; demo addresses only (example.org).
 */
import type { Db } from '../db.ts';
import type { PublicSnapshot } from '../directory-snapshot.ts';
import { seededRandom, type Random } from '../../lib/random.ts';
import type { Level, Situation } from '../../lib/vocabularies.ts';

const DAY = 86_400_000;
const REQUESTERS = 260;
const REQUESTS = 900;
/** How far back the demo goes: the start of the school year two years before `today`'s. */
const HISTORY_DAYS = 820;

const OPEN = ['awaiting_requester_confirmation', 'sent', 'accepted'];
const AGE_BRACKETS = ['16_17', '18_25', '18_25', '26_50', '26_50', 'over_50'] as const;
/** Situations plausible at each age (an individual requester is 15 or older). */
const SITUATIONS_AT: Record<(typeof AGE_BRACKETS)[number], readonly Situation[]> = {
  '16_17': ['pupil', 'pupil', 'apprentice'],
  '18_25': ['apprentice', 'higher_education_student', 'higher_education_student', 'job_seeker', 'employed', 'other'],
  '26_50': ['job_seeker', 'employed', 'employed', 'other'],
  over_50: ['job_seeker', 'employed', 'other'],
};
const SEXES = ['female', 'male', 'female', 'male', 'undisclosed'] as const;

/** An individual requester, the same in each of their requests. */
function person(requester: number) {
  const random = seededRandom(1000 + requester);
  const age = random.pick(AGE_BRACKETS);
  return { age, situation: random.pick(SITUATIONS_AT[age]), sex: random.pick(SEXES) };
}

/** Levels a group of that public may be in (src/lib/vocabularies.ts LEVELS); none for the others. */
const LEVELS_OF: Record<string, (Level | null)[]> = {
  middle_school: ['college_6_5', 'college_4_3', 'college_4_3'],
  high_school: ['lycee_seconde', 'lycee_premiere_terminale', 'voie_pro_cap_bac_pro'],
  apprentices: ['voie_pro_cap_bac_pro', 'post_bac_bts_but'],
  students: ['post_bac_bts_but', 'licence', 'master_plus'],
};

interface DemoAmbassador {
  id: string;
  public: PublicSnapshot;
}

export async function seedDemoActivity(db: Db, today: Date, seed = 2026): Promise<number> {
  const [{ n } = { n: 0 }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM requests');
  if (n > 0) return 0;
  const ambassadors = await db.query<DemoAmbassador>('SELECT id, public FROM ambassadors ORDER BY department, slug');
  if (ambassadors.length === 0) return 0;
  const random = seededRandom(seed);
  const rows = Array.from({ length: REQUESTS }, (_, i) => demoRequest(random, random.pick(ambassadors), i, today));
  // One open request per requester and ambassador (requests_one_open): a second one is left to expire.
  const open = new Set<string>();
  for (const { request } of rows) {
    if (!OPEN.includes(request.status)) continue;
    const pair = `${request.ambassador_id} ${request.requester_email}`;
    if (open.has(pair)) request.status = 'expired';
    open.add(pair);
  }
  await db.transaction(async (tx) => {
    // Profiles had been published before the activity began (the sync dates them today).
    await tx.query('UPDATE ambassadors SET published_at = $1, updated_at = $1', [new Date(today.getTime() - (HISTORY_DAYS + 30) * DAY)]);
    await tx.query(
      `INSERT INTO requests (ambassador_id, status, awaiting, requester_kind, requester_name, requester_email, requester_role, organisation_name, uai,
         requester_department, requester_situation, requester_sex, requester_age_bracket, intervention, public, level, group_size, modality,
         duration_minutes, slots, requester_slots, accepted_start, message, created_at, sent_at, answered_at, escalated_at, closed_at)
       SELECT ambassador_id, status, awaiting, requester_kind, requester_name, requester_email, requester_role, organisation_name, uai,
         requester_department, requester_situation, requester_sex, requester_age_bracket, intervention, public, level, group_size, modality,
         duration_minutes, slots, slots, accepted_start, message, created_at, sent_at, answered_at, escalated_at, closed_at
       FROM jsonb_to_recordset($1::jsonb) AS x(ambassador_id uuid, status text, awaiting text, requester_kind text, requester_name text,
         requester_email text, requester_role text, organisation_name text, uai text, requester_department text, requester_situation text,
         requester_sex text, requester_age_bracket text, intervention text, public text, level text, group_size int, modality text,
         duration_minutes int, slots jsonb, accepted_start timestamptz, message text, created_at timestamptz, sent_at timestamptz,
         answered_at timestamptz, escalated_at timestamptz, closed_at timestamptz)`,
      [JSON.stringify(rows.map((r) => r.request))],
    );
    const feedback = rows.flatMap((r) => r.feedback);
    await tx.query(
      `INSERT INTO feedback (request_id, side, satisfaction, young_people_reached, created_at)
       SELECT r.id, f.side, f.satisfaction, f.young, f.at FROM jsonb_to_recordset($1::jsonb) AS f(key text, side text, satisfaction int, young int, at timestamptz)
       JOIN requests r ON r.message = f.key`,
      [JSON.stringify(feedback)],
    );
  });
  return rows.length;
}

function demoRequest(random: Random, ambassador: DemoAmbassador, index: number, today: Date) {
  const p = ambassador.public;
  const requester = random.int(REQUESTERS);
  const individual = requester % 5 === 4;
  const school = !individual && requester % 3 !== 0;
  const created = new Date(today.getTime() - random.int(HISTORY_DAYS) * DAY - random.int(20) * 3_600_000);
  const ageDays = (today.getTime() - created.getTime()) / DAY;
  const sent = random.chance(0.96) ? new Date(created.getTime() + random.int(10) * 3_600_000) : null;
  const start = new Date(created.getTime() + (14 + random.int(40)) * DAY);
  start.setUTCHours(8 + random.int(8), 0, 0, 0);
  const answerDays = random.chance(0.75) ? random.int(6) + random.next() : 8 + random.int(12);
  const answered = sent && answerDays < ageDays ? new Date(sent.getTime() + answerDays * DAY) : null;
  const outcome = random.next();
  let status: string;
  if (!sent) status = ageDays > 2 ? 'expired' : 'awaiting_requester_confirmation';
  else if (!answered) status = ageDays > 15 ? 'expired' : 'sent';
  else if (outcome < 0.68) status = start < today ? 'done' : 'accepted';
  else if (outcome < 0.84) status = 'declined';
  else if (outcome < 0.92) status = 'cancelled';
  else status = ageDays > 15 ? 'expired' : 'sent';
  const escalated = sent && (answerDays >= 7 || status === 'expired') && random.chance(0.7) ? new Date(sent.getTime() + 7 * DAY) : null;
  const closedAt = (at: Date) => new Date(Math.min(at.getTime(), today.getTime()));
  const closed =
    status === 'done'
      ? closedAt(new Date(start.getTime() + DAY))
      : ['declined', 'cancelled'].includes(status)
        ? answered
        : status === 'expired'
          ? closedAt(new Date(created.getTime() + 15 * DAY))
          : null;
  const groupSize = individual ? 1 : 12 + random.int(24);
  const audience = random.pick(p.publics);
  const key = `Demande de démonstration n° ${index + 1} : présentation du métier et questions des jeunes.`;
  const feedback = [];
  if (status === 'done') {
    if (random.chance(0.6))
      feedback.push({
        key,
        side: 'requester',
        satisfaction: 3 + random.int(3),
        young: random.chance(0.5) ? groupSize - random.int(3) : null,
        at: closed,
      });
    if (random.chance(0.45)) feedback.push({ key, side: 'ambassador', satisfaction: 2 + random.int(4), young: null, at: closed });
  }
  return {
    request: {
      ambassador_id: ambassador.id,
      status,
      awaiting: 'ambassador',
      requester_kind: individual ? 'individual' : school ? 'school' : 'structure',
      requester_name: `Demandeur ${requester + 1}`,
      requester_email: `demandeur-${requester + 1}@example.org`,
      requester_role: individual ? null : school ? 'Professeur principal' : 'Conseillère en insertion',
      organisation_name: individual
        ? null
        : school
          ? `Lycée de démonstration ${requester % 40}`
          : `Mission locale de démonstration ${requester % 12}`,
      uai: school ? `0${String(590000 + (requester % 40)).padStart(6, '0')}A` : null,
      requester_department: random.pick(p.departments),
      requester_situation: individual ? person(requester).situation : null,
      requester_sex: individual ? person(requester).sex : null,
      requester_age_bracket: individual ? person(requester).age : null,
      intervention: random.pick(p.interventions),
      public: audience,
      level: individual ? null : random.pick(LEVELS_OF[audience] ?? [null]),
      group_size: groupSize,
      modality: random.pick(p.modalities),
      duration_minutes: random.pick([60, 90, 120, 120, 240]),
      slots: [start.toISOString()],
      accepted_start: ['accepted', 'done'].includes(status) || (status === 'cancelled' && random.chance(0.5)) ? start : null,
      message: key,
      created_at: created,
      sent_at: sent,
      answered_at: answered,
      escalated_at: escalated,
      closed_at: closed,
    },
    feedback,
  };
}
