/**
 * The referents' CSV exports against the embedded Postgres: the file's shape for French
 * spreadsheets, nothing personal in it, the referent's territory only (the whole Région for a
 * coordinator), the period, the session, the audit trail, and a body streamed in pieces.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fileSystemWriter } from '../src/server/content/writer.ts';
import type { AppDeps } from '../src/server/deps.ts';
import { BATCH_SIZE, csvFile } from '../src/server/exports/csv.ts';
import { referentPseudonym } from '../src/server/exports/scope.ts';
import { ambassadorsExportHandler, evaluationExportHandler, requestsExportHandler } from '../src/server/handlers/referent-exports.ts';
import { SESSION_COOKIE } from '../src/server/handlers/referents.ts';
import { SECURITY_HEADERS } from '../src/server/http.ts';
import type { Referent } from '../src/server/referents.ts';
import { openSession } from '../src/server/sessions.ts';
import type { RequestDeps } from '../src/server/workflows/requests/deps.ts';
import { makeReferents, makeSettings } from './fixtures.ts';
import { insertAmbassador } from './support/ambassadors.ts';
import { manualClock, useTestDatabase } from './support/database.ts';
import { SITE, get } from './support/http.ts';

const database = useTestDatabase();
const [claire, sophie] = makeReferents() as [Referent, Referent];
const anne = { ...claire, name: 'Anne R.', email: 'anne@example.org', departments: ['80'], coordinator: true } as Referent;
let deps: AppDeps & RequestDeps & { clock: ReturnType<typeof manualClock> };

beforeEach(async () => {
  await database().db.query(
    'DELETE FROM messages; DELETE FROM feedback; DELETE FROM requests; DELETE FROM requesters; DELETE FROM ambassadors; DELETE FROM applications; DELETE FROM sessions; DELETE FROM audit_events',
  );
  deps = {
    db: database().db,
    clock: manualClock('2026-11-02T09:00:00Z'),
    settings: makeSettings(),
    siteUrl: SITE,
    referents: [claire, sophie, anne],
    content: fileSystemWriter(mkdtempSync(join(tmpdir(), 'exports-'))),
  };
});

async function sessionOf(referent: Referent): Promise<string> {
  const value = await openSession(deps.db, deps.clock, { kind: 'referent', subject: referent.email, lifetimeMs: 3_600_000 });
  return `${SESSION_COOKIE}=${value}`;
}

/** Strings only a person's data holds: none may reach an export. */
const PERSONAL = {
  name: 'Zéphyrine Quasimodo',
  email: 'zephyrine.quasimodo@perso.example',
  role: 'Professeure principale Quasimodo',
  organisation: 'Collège Quasimodo-des-Prés',
  uai: '0599999Q',
  accompaniedBy: 'Accompagnée de M. Quasimodo',
  message: 'Rappelez-moi au 06 12 34 56 78, Quasimodo',
  comment: 'Avis libre de Quasimodo',
  thread: 'Message du fil de Quasimodo',
  ambassadorLastName: 'Quasimodo-Ambassadeur',
  ambassadorPhone: '06 98 76 54 32',
};

let counter = 0;
interface RequestFacts {
  ambassador: string;
  status?: string;
  department?: string;
  created?: string;
  sent?: string | null;
  answered?: string | null;
  start?: string | null;
  closed?: string | null;
  level?: string | null;
  kind?: string;
  groupSize?: number;
  ageBracket?: string | null;
  situation?: string | null;
  sex?: string | null;
  email?: string;
  publicCode?: string;
}

async function insertRequest(f: RequestFacts): Promise<string> {
  counter += 1;
  const [row] = await deps.db.query<{ id: string }>(
    `INSERT INTO requests (ambassador_id, status, requester_kind, requester_name, requester_email, requester_role, organisation_name, uai,
       intervention, public, level, group_size, modality, accompanied_by, duration_minutes, slots, requester_slots, accepted_start, message,
       created_at, sent_at, answered_at, closed_at, requester_department, requester_age_bracket, requester_situation, requester_sex)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'classroom_talk', $22, $9, $10, 'in_person', $11, 90, '[]', '[]', $12, $13,
       $14, $15, $16, $17, $18, $19, $20, $21) RETURNING id`,
    [
      f.ambassador,
      f.status ?? 'sent',
      f.kind ?? 'school',
      PERSONAL.name,
      f.email ?? `${counter}.${PERSONAL.email}`,
      PERSONAL.role,
      PERSONAL.organisation,
      PERSONAL.uai,
      f.level === undefined ? 'lycee_seconde' : f.level,
      f.groupSize ?? 28,
      PERSONAL.accompaniedBy,
      f.start ?? null,
      PERSONAL.message,
      f.created ?? '2025-10-01T08:00:00Z',
      f.sent === undefined ? (f.created ?? '2025-10-01T08:00:00Z') : f.sent,
      f.answered ?? null,
      f.closed ?? null,
      f.department ?? '59',
      f.ageBracket ?? null,
      f.situation ?? null,
      f.sex ?? null,
      f.publicCode ?? 'high_school',
    ],
  );
  return row!.id;
}

async function feedback(request: string, side: 'requester' | 'ambassador', satisfaction: number, young: number | null) {
  await deps.db.query(
    `INSERT INTO feedback (request_id, side, satisfaction, young_people_reached, comment, created_at) VALUES ($1, $2, $3, $4, $5, now())`,
    [request, side, satisfaction, young, PERSONAL.comment],
  );
}

async function ambassadorIn(department: string, overrides: Parameters<typeof insertAmbassador>[1] = {}) {
  const a = await insertAmbassador(deps.db, { department, ...overrides });
  await deps.db.query('UPDATE applications SET last_name = $2, phone = $3 WHERE id = $1', [
    a.id,
    PERSONAL.ambassadorLastName,
    PERSONAL.ambassadorPhone,
  ]);
  return a;
}

const requestsExport = (query = '', cookie?: string) =>
  requestsExportHandler(async () => deps)(get(`/api/referents/export/demandes.csv${query}`, cookie));
const evaluationExport = (query = '', cookie?: string) =>
  evaluationExportHandler(async () => deps)(get(`/api/referents/export/evaluation.csv${query}`, cookie));
const ambassadorsExport = (query = '', cookie?: string) =>
  ambassadorsExportHandler(async () => deps)(get(`/api/referents/export/ambassadeurs.csv${query}`, cookie));

/** The file's lines, after checking the BOM and the CRLF line ends; each line's cells (none of these tests' cells is quoted). */
async function csvOf(response: Response): Promise<{ text: string; header: string[]; rows: string[][] }> {
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
  expect(text.endsWith('\r\n')).toBe(true);
  const [header, ...rows] = text
    .slice(0, -2)
    .split('\r\n')
    .map((line) => line.split(';'));
  return { text, header: header!, rows };
}

const REQUEST_HEADERS = [
  'Créée le',
  'Envoyée à l’ambassadeur le',
  'Première réponse le',
  'Date de l’intervention',
  'Close le',
  'Statut',
  'Type d’intervention',
  'Public',
  'Niveau ou classe',
  'Thème transversal',
  'Nombre de participants',
  'Modalité',
  'Durée (minutes)',
  'Type de demandeur',
  'Tranche d’âge du demandeur',
  'Situation du demandeur',
  'Sexe déclaré du demandeur',
  'Département de l’intervention',
  'Type d’ambassadeur',
  'Secteur de l’ambassadeur',
  'Délai de première réponse (jours)',
  'Jeunes touchés (déclarés)',
  'Source du nombre de jeunes',
  'Satisfaction du demandeur (1 à 5)',
  'Satisfaction de l’ambassadeur (1 à 5)',
];
const cell = (header: string[], row: string[], name: string) => row[header.indexOf(name)];
const byCreation = (header: string[]) => (a: string[], b: string[]) =>
  cell(header, a, 'Créée le')!.localeCompare(cell(header, b, 'Créée le')!);

describe('requests export', () => {
  it('given requests of the territory, then one line each, French headers, Paris ISO dates, labels and the facts of each', async () => {
    const nord = await ambassadorIn('59', { type: 'student_apprentice', sector: 'H' });
    const done = await insertRequest({
      ambassador: nord.id,
      status: 'done',
      created: '2025-09-30T22:30:00Z',
      sent: '2025-10-01T08:00:00Z',
      answered: '2025-10-03T20:00:00Z',
      start: '2025-11-14T09:00:00Z',
      closed: '2025-11-15T09:00:00Z',
      kind: 'individual',
      groupSize: 1,
      ageBracket: '16_17',
      sex: 'female',
    });
    await database().db.query(`UPDATE requests SET theme = 'disability_employment' WHERE id = $1`, [done]);
    await feedback(done, 'requester', 5, 12);
    await feedback(done, 'ambassador', 4, 30);
    const doneWithoutFeedback = await insertRequest({
      ambassador: nord.id,
      status: 'done',
      created: '2025-10-05T08:00:00Z',
      groupSize: 24,
    });
    await feedback(doneWithoutFeedback, 'ambassador', 3, null);
    await insertRequest({ ambassador: nord.id, status: 'declined', created: '2025-10-06T08:00:00Z', answered: '2025-10-06T10:00:00Z' });

    const response = await requestsExport('', await sessionOf(claire));
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="demandes-59-toutes-periodes.csv"');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), name).toBe(value);
    const { header, rows } = await csvOf(response);
    expect(header).toEqual(REQUEST_HEADERS);
    expect(rows).toHaveLength(3);
    const [first, second, third] = rows.sort(byCreation(header)) as [string[], string[], string[]];
    expect(Object.fromEntries(header.map((h, i) => [h, first[i]]))).toEqual({
      'Créée le': '2025-10-01 00:30',
      'Envoyée à l’ambassadeur le': '2025-10-01 10:00',
      'Première réponse le': '2025-10-03 22:00',
      'Date de l’intervention': '2025-11-14 10:00',
      'Close le': '2025-11-15 10:00',
      Statut: 'Réalisée',
      'Type d’intervention': 'Intervention en classe',
      Public: 'Lycéens',
      'Niveau ou classe': 'Lycée général ou technologique : seconde',
      'Thème transversal': 'Handicap et emploi',
      'Nombre de participants': '1',
      Modalité: 'Présentiel',
      'Durée (minutes)': '90',
      'Type de demandeur': 'Particulier (15 ans ou plus)',
      'Tranche d’âge du demandeur': '16 à 17 ans',
      'Situation du demandeur': '',
      'Sexe déclaré du demandeur': 'Femme',
      'Département de l’intervention': '59',
      'Type d’ambassadeur': 'Lycéen, étudiant ou apprenti',
      'Secteur de l’ambassadeur': 'Industrie',
      'Délai de première réponse (jours)': '2,5',
      'Jeunes touchés (déclarés)': '12',
      'Source du nombre de jeunes': 'Demandeur',
      'Satisfaction du demandeur (1 à 5)': '5',
      'Satisfaction de l’ambassadeur (1 à 5)': '4',
    });
    // Without the requester's figure nor the ambassador's, the group size counts, and says so.
    expect([cell(header, second, 'Jeunes touchés (déclarés)'), cell(header, second, 'Source du nombre de jeunes')]).toEqual([
      '24',
      'Taille du groupe',
    ]);
    expect(cell(header, second, 'Satisfaction du demandeur (1 à 5)')).toBe('');
    // Not done: nobody was reached.
    expect([
      cell(header, third, 'Statut'),
      cell(header, third, 'Jeunes touchés (déclarés)'),
      cell(header, third, 'Délai de première réponse (jours)'),
    ]).toEqual(['Déclinée', '', '0,1']);
  });

  it('given personal data in every field that holds some, then none of it is in either export, and there is no UAI column', async () => {
    const nord = await ambassadorIn('59');
    const request = await insertRequest({ ambassador: nord.id, status: 'done' });
    await feedback(request, 'requester', 5, 20);
    await deps.db.query(
      `INSERT INTO messages (request_id, author, body, created_at, ambassador_id) VALUES ($1, 'requester', $2, now(), $3)`,
      [request, PERSONAL.thread, nord.id],
    );
    const cookie = await sessionOf(claire);
    for (const response of [await requestsExport('', cookie), await ambassadorsExport('', cookie)]) {
      const { text, header, rows } = await csvOf(response);
      expect(rows).toHaveLength(1);
      expect(header.join(' ')).not.toMatch(/UAI|nom du demandeur|courriel|téléphone|message/i);
      for (const [field, value] of Object.entries(PERSONAL)) expect(text, field).not.toContain(value);
      expect(text).not.toContain('Quasimodo');
      expect(text).not.toContain('@');
    }
  });

  it('given cells starting with = + - @ or a tab, then each gets a leading quote (no formula runs in the spreadsheet)', async () => {
    const texts = ['=1+1', '+33', '-2', '@SUM(A1)', '\tx'];
    const file = csvFile(
      'test',
      [{ header: 'Texte', cell: (t: string) => t }],
      (async function* () {
        yield texts;
      })(),
    );
    let text = '';
    const decoder = new TextDecoder();
    for await (const chunk of file) text += decoder.decode(chunk, { stream: true });
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines.slice(1).map((line) => line.replace(/^"|"$/g, ''))).toEqual(texts.map((t) => `'${t}`));
    const nord = await ambassadorIn('59', { displayName: '=HYPERLINK("https://piege.example")' });
    await insertRequest({ ambassador: nord.id, level: '=1+1 texte libre d’avant' });
    const cookie = await sessionOf(claire);
    const { header, rows } = await csvOf(await requestsExport('', cookie));
    // A level typed before it became a list is never exported.
    expect(cell(header, rows[0]!, 'Niveau ou classe')).toBe('');
    const ambassadors = await csvOf(await ambassadorsExport('', cookie));
    expect(ambassadors.rows[0]![0]).toBe(`"'=HYPERLINK(""https://piege.example"")"`);
  });

  it('given requests in several départements, then a referent gets the interventions in theirs, a coordinator the whole Région', async () => {
    const nord = await ambassadorIn('59');
    const pasDeCalais = await ambassadorIn('62');
    await insertRequest({ ambassador: nord.id, department: '59' });
    await insertRequest({ ambassador: pasDeCalais.id, department: '62' });
    // The territory is the intervention's département, not the ambassador's home.
    await insertRequest({ ambassador: nord.id, department: '62' });
    await insertRequest({ ambassador: nord.id, department: '80' });
    const departments = async (referent: Referent) => {
      const { header, rows } = await csvOf(await requestsExport('', await sessionOf(referent)));
      return rows.map((row) => cell(header, row, 'Département de l’intervention')).sort();
    };
    expect(await departments(claire)).toEqual(['59']);
    expect(await departments(sophie)).toEqual(['62', '62']);
    expect(await departments(anne)).toEqual(['59', '62', '62', '80']);
    const filename = (await requestsExport('', await sessionOf(anne))).headers.get('Content-Disposition');
    expect(filename).toBe('attachment; filename="demandes-02-59-60-62-80-toutes-periodes.csv"');
  });

  it('given a period, then only the requests sent in it (or created, when never sent); a malformed one is 400, an unknown one 404', async () => {
    const nord = await ambassadorIn('59');
    await insertRequest({ ambassador: nord.id, created: '2025-10-01T08:00:00Z' });
    await insertRequest({ ambassador: nord.id, created: '2025-08-31T21:00:00Z', sent: '2025-08-31T22:30:00Z' }); // 1 Sept, 00:30 in Paris
    await insertRequest({ ambassador: nord.id, status: 'expired', created: '2026-03-10T08:00:00Z', sent: null });
    await insertRequest({ ambassador: nord.id, created: '2026-09-15T08:00:00Z' });
    const cookie = await sessionOf(claire);
    const created = async (query: string) => {
      const { header, rows } = await csvOf(await requestsExport(query, cookie));
      return rows.map((row) => cell(header, row, 'Créée le')).sort();
    };
    expect(await created('?periode=2025-2026')).toEqual(['2025-08-31 23:00', '2025-10-01 10:00', '2026-03-10 09:00']);
    expect(await created('?periode=2026-03')).toEqual(['2026-03-10 09:00']);
    expect(await created('?periode=2024-2025')).toEqual([]);
    const named = await requestsExport('?periode=2026-03', cookie);
    expect(named.headers.get('Content-Disposition')).toBe('attachment; filename="demandes-59-2026-03.csv"');
    await named.body?.cancel();

    for (const malformed of ['2025', 'mars', '2025-13', '2025-2026-x']) {
      const response = await requestsExport(`?periode=${encodeURIComponent(malformed)}`, cookie);
      expect(response.status, malformed).toBe(400);
      expect(await response.text()).toContain('La période s’écrit comme une année scolaire');
    }
    for (const unknown of ['2025-2027', '1999-2000', '2100-01']) {
      expect((await requestsExport(`?periode=${unknown}`, cookie)).status, unknown).toBe(404);
      expect((await ambassadorsExport(`?periode=${unknown}`, cookie)).status, unknown).toBe(404);
    }
    expect((await ambassadorsExport('?periode=mars', cookie)).status).toBe(400);
    // Neither a refused period nor anything else was exported.
    expect(await deps.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE subject LIKE '%periode=2025-2027%'`)).toEqual([{ n: 0 }]);
  });

  it('given no session or another method, then 401 or 405 and no audit event', async () => {
    for (const response of [await requestsExport(), await ambassadorsExport(), await requestsExport('', 'session_referent=inconnue')]) {
      expect(response.status).toBe(401);
      expect(response.headers.get('Content-Type')).toContain('text/html');
    }
    const post = new Request(`${SITE}/api/referents/export/demandes.csv`, { method: 'POST', headers: { Cookie: await sessionOf(claire) } });
    expect((await requestsExportHandler(async () => deps)(post)).status).toBe(405);
    expect(await deps.db.query('SELECT * FROM audit_events')).toEqual([]);
  });

  it('given an export, then the audit trail says who (pseudonymously), what, when, which départements and period', async () => {
    const cookie = await sessionOf(claire);
    await (await requestsExport('?periode=2025-2026', cookie)).arrayBuffer();
    await (await ambassadorsExport('', await sessionOf(anne))).arrayBuffer();
    const events = await deps.db.query<{ at: Date; actor: string; action: string; subject: string }>(
      'SELECT at, actor, action, subject FROM audit_events ORDER BY id',
    );
    expect(events).toEqual([
      {
        at: deps.clock.now(),
        actor: 'referent',
        action: 'export_requests',
        subject: `${referentPseudonym(claire)} departements=59 periode=2025-2026`,
      },
      {
        at: deps.clock.now(),
        actor: 'referent',
        action: 'export_ambassadors',
        subject: `${referentPseudonym(anne)} departements=02,59,60,62,80 periode=toutes`,
      },
    ]);
    expect(referentPseudonym(claire)).toMatch(/^referent-[0-9a-f]{16}$/);
    expect(referentPseudonym(claire)).not.toBe(referentPseudonym(sophie));
    expect(events.map((e) => e.subject).join(' ')).not.toContain('@');
  });

  it('given thousands of requests, then the body is a stream read batch by batch, with every request once', async () => {
    const nord = await ambassadorIn('59');
    const count = 4_500; // more than two batches of 2,000
    await deps.db.query(
      `INSERT INTO requests (ambassador_id, status, requester_kind, requester_name, requester_email, intervention, public, group_size, modality,
         duration_minutes, slots, requester_slots, message, created_at, sent_at, requester_department)
       SELECT $1, 'declined', 'school', 'Nom', 'n' || i || '@example.org', 'forum', 'students', i, 'remote', 60, '[]', '[]', 'Texte',
         timestamptz '2025-10-01 08:00Z' + i * interval '1 minute', timestamptz '2025-10-01 08:00Z' + i * interval '1 minute', '59'
       FROM generate_series(1, $2::int) AS i`,
      [nord.id, count],
    );
    const response = await requestsExport('', await sessionOf(claire));
    expect(response.body).toBeInstanceOf(ReadableStream);
    const reader = response.body!.getReader();
    const chunks: Uint8Array[] = [];
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
    // Several pieces per batch read from the database, none holding much of the file.
    expect(chunks.length).toBeGreaterThan(Math.ceil(count / BATCH_SIZE));
    const total = chunks.reduce((sum, c) => sum + c.byteLength, 0);
    expect(Math.max(...chunks.map((c) => c.byteLength))).toBeLessThan(total / 10);
    const { header, rows } = await csvOf(new Response(new Blob(chunks as BlobPart[])));
    expect(rows).toHaveLength(count);
    // In order of creation, each once.
    const sizes = rows.map((row) => Number(cell(header, row, 'Nombre de participants')));
    expect(sizes).toEqual(Array.from({ length: count }, (_, i) => i + 1));

    // A client that leaves after the first piece: the reading stops and its connection is free
    // again (the test database has one: a held one would block the next query).
    const left = (await requestsExport('', await sessionOf(claire))).body!.getReader();
    expect((await left.read()).done).toBe(false);
    await left.cancel();
    expect(await deps.db.query('SELECT count(*)::int AS n FROM requests')).toEqual([{ n: count }]);
  });
});

describe('ambassadors export', () => {
  it('given ambassadors and their requests, then one line each in the territory, public name, status and activity, all time or in a period', async () => {
    const first = await ambassadorIn('59', { slug: 'a-premiere', displayName: 'Camille R.', type: 'professional', sector: 'J' });
    await ambassadorIn('59', { slug: 'b-seconde', displayName: 'Lou B.', paused: true, sector: 'A' });
    await ambassadorIn('62', { slug: 'c-ailleurs', displayName: 'Sam P.' });
    await deps.db.query(
      `UPDATE ambassadors SET published_at = '2024-09-10T10:00:00Z', last_active_at = '2026-01-15T10:00:00Z' WHERE id = $1`,
      [first.id],
    );
    await insertRequest({ ambassador: first.id, status: 'done', created: '2025-10-01T08:00:00Z', start: '2025-11-01T09:00:00Z' });
    await insertRequest({ ambassador: first.id, status: 'cancelled', created: '2025-10-02T08:00:00Z', start: '2025-11-02T09:00:00Z' });
    await insertRequest({ ambassador: first.id, status: 'declined', created: '2025-10-03T08:00:00Z' });
    await insertRequest({ ambassador: first.id, status: 'sent', created: '2026-10-03T08:00:00Z' });
    // Never sent: not received.
    await insertRequest({ ambassador: first.id, status: 'awaiting_requester_confirmation', created: '2026-10-04T08:00:00Z', sent: null });

    const cookie = await sessionOf(claire);
    const all = await ambassadorsExport('', cookie);
    expect(all.headers.get('Content-Disposition')).toBe('attachment; filename="ambassadeurs-59-toutes-periodes.csv"');
    const { header, rows } = await csvOf(all);
    expect(header).toEqual([
      'Nom affiché',
      'Type d’ambassadeur',
      'Secteur',
      'Département',
      'Statut du profil',
      'Publié le',
      'Demandes reçues',
      'Demandes acceptées',
      'Interventions réalisées',
      'Dernière activité',
    ]);
    expect(rows).toEqual([
      ['Camille R.', 'Professionnel ou professionnelle', 'Santé', '59', 'Disponible', '2024-09-10', '4', '2', '1', '2026-01-15'],
      [
        'Lou B.',
        'Professionnel ou professionnelle',
        'Agriculture et pêche, espaces naturels et espaces verts, soins aux animaux',
        '59',
        'En pause',
        expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        '0',
        '0',
        '0',
        expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      ],
    ]);
    const year = await csvOf(await ambassadorsExport('?periode=2025-2026', cookie));
    expect(year.rows.map((row) => row.slice(6, 9))).toEqual([
      ['3', '2', '1'],
      ['0', '0', '0'],
    ]);
    const coordinator = await csvOf(await ambassadorsExport('', await sessionOf(anne)));
    expect(coordinator.rows.map((row) => `${row[3]} ${row[0]}`)).toEqual(['59 Camille R.', '59 Lou B.', '62 Sam P.']);
  });
});

describe('evaluation table export', () => {
  it('given requests sent by individuals and groups, then requests and distinct requesters by school year, age, situation and sex, or public and level', async () => {
    const nord = await ambassadorIn('59');
    const teen = { kind: 'individual', ageBracket: '16_17', situation: 'pupil', sex: 'female', groupSize: 1, level: null };
    // The same person twice in a cell: two requests, one requester.
    await insertRequest({ ambassador: nord.id, status: 'done', created: '2025-10-01T08:00:00Z', email: 'meme@perso.example', ...teen });
    await insertRequest({ ambassador: nord.id, status: 'declined', created: '2026-02-01T08:00:00Z', email: 'meme@perso.example', ...teen });
    await insertRequest({ ambassador: nord.id, created: '2025-11-01T08:00:00Z', ...teen, sex: 'undisclosed' });
    await insertRequest({ ambassador: nord.id, created: '2025-11-02T08:00:00Z', ...teen, ageBracket: null, situation: null, sex: null });
    await insertRequest({ ambassador: nord.id, created: '2025-11-03T08:00:00Z', level: 'lycee_seconde' });
    await insertRequest({ ambassador: nord.id, created: '2025-11-04T08:00:00Z', level: 'lycee_seconde' });
    await insertRequest({ ambassador: nord.id, created: '2025-11-05T08:00:00Z', level: null, publicCode: 'young_neet', kind: 'structure' });
    // The school year starts on 1 September in Paris (31 August, 22:30 UTC).
    await insertRequest({ ambassador: nord.id, created: '2025-08-31T20:00:00Z', sent: '2025-08-31T21:30:00Z', level: 'college_4_3' });
    await insertRequest({ ambassador: nord.id, created: '2025-08-31T22:00:00Z', sent: '2025-08-31T22:30:00Z', level: 'college_4_3' });
    // Never sent, or elsewhere: not counted.
    await insertRequest({ ambassador: nord.id, status: 'expired', created: '2025-12-01T08:00:00Z', sent: null, ...teen });
    await insertRequest({ ambassador: nord.id, created: '2025-12-02T08:00:00Z', department: '62', ...teen });

    const cookie = await sessionOf(claire);
    const response = await evaluationExport('', cookie);
    expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="evaluation-59-toutes-periodes.csv"');
    const { text, header, rows } = await csvOf(response);
    expect(header).toEqual([
      'Année scolaire',
      'Demandeur',
      'Tranche d’âge',
      'Situation',
      'Sexe déclaré',
      'Public',
      'Niveau ou classe',
      'Demandes envoyées',
      'Demandeurs distincts',
    ]);
    const group = 'Groupe (établissement ou structure)';
    expect(rows).toEqual([
      ['2024-2025', group, '', '', '', 'Lycéens', 'Collège : 4e ou 3e', '1', '1'],
      ['2025-2026', 'Particulier', '16 à 17 ans', 'Scolaire (collège ou lycée)', 'Femme', '', '', '2', '1'],
      ['2025-2026', 'Particulier', '16 à 17 ans', 'Scolaire (collège ou lycée)', 'Ne souhaite pas répondre', '', '', '1', '1'],
      ['2025-2026', 'Particulier', 'Non précisée', 'Non précisée', 'Non précisé', '', '', '1', '1'],
      ['2025-2026', group, '', '', '', 'Lycéens', 'Collège : 4e ou 3e', '1', '1'],
      ['2025-2026', group, '', '', '', 'Lycéens', 'Lycée général ou technologique : seconde', '2', '2'],
      ['2025-2026', group, '', '', '', 'Jeunes sans solution', 'Non précisé', '1', '1'],
    ]);
    expect(text).not.toContain('@');
    expect(text).not.toContain('Quasimodo');

    const year = await csvOf(await evaluationExport('?periode=2024-2025', cookie));
    expect(year.rows).toEqual([['2024-2025', group, '', '', '', 'Lycéens', 'Collège : 4e ou 3e', '1', '1']]);
    expect((await evaluationExport('?periode=2025', cookie)).status).toBe(400);
    expect((await evaluationExport('')).status).toBe(401);
    expect(await deps.db.query(`SELECT action FROM audit_events ORDER BY id`)).toEqual([
      { action: 'export_evaluation' },
      { action: 'export_evaluation' },
    ]);
  });
});
