/**
 * npm run bench:dashboard -- [--requests 100000] [--ambassadors N] [--runs 20] [--url postgres://…] [--keep] [--database NAME]
 * Issue E, item 10: seeds N requests (100,000 by default) over the ambassadors (N / 20, so 5,000
 * for 100,000) and four school years (2022-2023 to 2025-2026), then times both CSV exports end to
 * end through the real handler (and the evaluation table's), and the dashboard's views (p95 over --runs runs).
 *
 * The embedded Postgres (@netlify/database-dev) by default; with --url, a fresh database created
 * on that PostgreSQL server (the role needs CREATEDB), migrated, and dropped at the end; with --keep,
 * kept (its name is printed), and with --database NAME, that kept database is migrated and timed
 * again, without seeding it anew (back-to-back runs on the same data).
 * Each export is the deployed function: both are bundled as Netlify's build does
 * (@netlify/zip-it-and-ship-it), and each runs in a child process of its own, from its bundle,
 * without the TSX loader this script needs, so that its peak memory (the kernel's max RSS of that
 * process) is the function's, not the seeding's, the compiler's or the embedded database's.
 * The referents are those of src/content/referents (bundled with the functions): the Région's
 * coordinator and the referent of the Nord.
 * Targets on PostgreSQL: requests CSV of 100,000 rows ≤ 5 s and ≤ 250 MB; dashboard p95 ≤ 200 ms.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { schoolYear } from '../src/lib/period.ts';
import { seededRandom, type Random } from '../src/lib/random.ts';
import type { SettingsData } from '../src/lib/schemas.ts';
import {
  AMBASSADOR_TYPES,
  INTERVENTIONS,
  LEVELS,
  MODALITIES,
  PUBLICS,
  SECTORS,
  SITUATIONS,
  THEMES,
  codesOf,
} from '../src/lib/vocabularies.ts';
import { systemClock } from '../src/server/clock.ts';
import { migrationExecutor, poolDb, type Db } from '../src/server/db.ts';
import { dashboardChoice, dashboardFigures } from '../src/server/indicators/dashboard.ts';
import { openSession } from '../src/server/sessions.ts';
import { readSettings } from './settings.ts';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '100000' },
    ambassadors: { type: 'string' },
    runs: { type: 'string', default: '20' },
    url: { type: 'string' },
    keep: { type: 'boolean', default: false },
    database: { type: 'string' },
  },
});

const NOW = new Date('2026-06-15T09:00:00Z');
const FIRST_YEAR = 2022;
const YEARS = 4;
const DAY = 86_400_000;
const MIGRATIONS = new URL('../netlify/database/migrations/', import.meta.url).pathname;

/** Referents of src/content/referents: the coordinator (every département) and the Nord's. */
const COORDINATOR = { email: 'anne.roussel@example.org', scope: 'Région' };
const NORD = { email: 'claire.vandenberghe@example.org', scope: '59' };
const EXPORTS = {
  demandes: 'referent-export-requests',
  ambassadeurs: 'referent-export-ambassadors',
  evaluation: 'referent-export-evaluation',
} as const;

async function main() {
  const requests = Number(values.requests);
  const ambassadors = Number(values.ambassadors ?? Math.max(50, Math.round(requests / 20)));
  const runs = Number(values.runs);
  const settings = await readSettings();
  const database = await openDatabase(values.url);
  const results: string[][] = [];
  try {
    if (database.reused) console.log(`Base déjà remplie (${database.label})`);
    else {
      const t0 = performance.now();
      await seed(database.db, settings, { requests, ambassadors });
      console.log(
        `${requests} demandes et ${ambassadors} ambassadeurs insérés en ${seconds(performance.now() - t0)} s (${database.label})`,
      );
    }
    const bundles = await bundleExports();
    for (const [kind, referent] of [
      ['demandes', COORDINATOR],
      ['demandes', NORD],
      ['ambassadeurs', COORDINATOR],
      ['evaluation', COORDINATOR],
    ] as const) {
      const session = await openSession(database.db, systemClock, { kind: 'referent', subject: referent.email, lifetimeMs: 3_600_000 });
      const r = await runChild(bundles.files[kind], database.connection, `session_referent=${session}`);
      results.push([
        `export ${kind}.csv (${referent.scope})`,
        `${r.rows} lignes, ${(r.bytes / 1e6).toFixed(1)} Mo`,
        `${r.ms} ms`,
        `RSS max ${r.maxRssMb} Mo (pendant l’export ${r.peakRssMb} Mo, au repos ${r.baseRssMb} Mo), tas max ${r.peakHeapMb} Mo`,
      ]);
    }
    bundles.remove();
    results.push(...(await timeDashboard(database.db, settings, runs, NORD.scope)));
  } finally {
    await database.close();
  }
  printTable(['mesure', 'volume', 'durée', 'mémoire'], results);
}

/**
 * The dashboard's queries as one view runs them (src/server/indicators/dashboard.ts: the period
 * and département read, then every figure), for the whole Région and for one département over the
 * last school year, and for the Région over one month; p95 over `runs` runs after a warm-up.
 */
async function timeDashboard(db: Db, settings: SettingsData, runs: number, department: string): Promise<string[][]> {
  const year = schoolYear(FIRST_YEAR + YEARS - 1);
  const views: [string, readonly string[], string][] = [
    ['Région, année scolaire', settings.departments, year.key],
    [`${department}, année scolaire`, [department], year.key],
    ['Région, un mois', settings.departments, `${year.startYear + 1}-03`],
  ];
  const rows: string[][] = [];
  for (const [label, departments, periode] of views) {
    const view = async () => {
      const choice = await dashboardChoice(db, { departments }, { periode }, NOW);
      if (!choice.ok) throw new Error(`période ${periode} refusée`);
      return dashboardFigures(db, choice.scope, choice.period, settings, NOW);
    };
    await view(); // warm-up (plans, caches)
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await view();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const p95 = times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)]!;
    rows.push([
      `tableau de bord (${label})`,
      `${runs} passages, ${periode}`,
      `p95 ${Math.round(p95)} ms (médiane ${Math.round(times[Math.floor(times.length / 2)]!)} ms)`,
      '',
    ]);
  }
  return rows;
}

interface ChildResult {
  rows: number;
  bytes: number;
  ms: number;
  baseRssMb: number;
  peakRssMb: number;
  maxRssMb: number;
  peakHeapMb: number;
}

/** Both export functions bundled as Netlify's build does (netlify.toml's [functions] settings). */
async function bundleExports(): Promise<{ files: Record<keyof typeof EXPORTS, string>; remove: () => void }> {
  // Imported here, not at the top: the child processes load this file too, and must stay light.
  const { zipFunction } = await import('@netlify/zip-it-and-ship-it');
  const root = new URL('..', import.meta.url).pathname;
  const out = mkdtempSync(join(tmpdir(), 'bench-dashboard-'));
  const files = {} as Record<keyof typeof EXPORTS, string>;
  for (const [kind, name] of Object.entries(EXPORTS) as [keyof typeof EXPORTS, string][]) {
    await zipFunction(join(root, 'netlify/functions', `${name}.mts`), out, {
      archiveFormat: 'none',
      basePath: root,
      config: { '*': { includedFiles: ['src/content/settings/site.yaml', 'src/content/referents/*.yaml'] } },
    });
    files[kind] = join(out, name, 'netlify/functions', `${name}.mjs`);
  }
  return { files, remove: () => rmSync(out, { recursive: true, force: true }) };
}

/**
 * One export in a child process: plain JavaScript (no type stripping, no TSX loader, whose own
 * memory would be counted) that imports the bundled function from its folder, as a deployed
 * instance does, and reads the answer to the end. Its peak memory is the kernel's high-water mark
 * of the process's resident memory (VmHWM: since exec, startup included; getrusage's maxRSS
 * would count the forked parent, embedded database included), with the RSS and heap sampled every
 * 5 ms during the export, and "au repos" the RSS once the function is loaded.
 */
const CHILD = `
import { readFileSync } from 'node:fs';
const [file, cookie] = process.argv.slice(1);
const mb = (bytes) => Math.round(bytes / 1048576);
const handler = (await import(file)).default;
const baseRss = process.memoryUsage().rss;
let peakRss = baseRss, peakHeap = process.memoryUsage().heapUsed;
const sample = () => { const m = process.memoryUsage(); peakRss = Math.max(peakRss, m.rss); peakHeap = Math.max(peakHeap, m.heapUsed); };
const sampler = setInterval(sample, 5);
const t0 = performance.now();
const response = await handler(new Request('http://localhost:4321/api/referents/export', { headers: { Cookie: cookie } }), {});
if (response.status !== 200 || !response.body) throw new Error('statut ' + response.status);
let bytes = 0, lines = 0;
for await (const chunk of response.body) {
  bytes += chunk.byteLength;
  for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
}
const ms = Math.round(performance.now() - t0);
clearInterval(sampler);
sample();
console.log(JSON.stringify({ rows: lines - 1, bytes, ms, baseRssMb: mb(baseRss), peakRssMb: mb(peakRss),
  maxRssMb: Math.round(Number(/VmHWM:\\s*(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) / 1024), peakHeapMb: mb(peakHeap) }));
process.exit(0); // the function's pool stays open, as in a warm instance
`;

function runChild(file: string, connection: string, cookie: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', CHILD, file, cookie], {
      cwd: join(dirname(file), '../..'),
      env: { ...process.env, NETLIFY_DB_URL: connection },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!) as ChildResult) : reject(new Error(`export ${file} : code ${code}`)),
    );
  });
}

interface Database {
  db: Db;
  connection: string;
  label: string;
  /** A database kept by an earlier run (--database): already seeded. */
  reused: boolean;
  close(): Promise<void>;
}

async function openDatabase(url: string | undefined): Promise<Database> {
  const { NetlifyDB, applyMigrations } = await import('@netlify/database-dev');
  if (!url) {
    const server = new NetlifyDB({ logger: () => {} });
    const connection = await server.start();
    await server.applyMigrations(MIGRATIONS);
    // One connection: the embedded server runs every connection in the same session.
    const pool = new pg.Pool({ connectionString: connection, max: 1 });
    return {
      db: poolDb(pool),
      connection,
      label: 'Postgres embarqué',
      reused: false,
      close: async () => {
        await pool.end();
        await server.stop();
      },
    };
  }
  const reused = values.database !== undefined;
  if (reused && !/^[a-z_][a-z0-9_]*$/.test(values.database!)) throw new Error(`--database ${values.database} : nom invalide`);
  const name = values.database ?? `bench_dashboard_${process.pid}_${Date.now()}`;
  const keep = reused || values.keep;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  if (!reused) await admin.query(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: target.href, max: 4 });
  // The database is dropped at the end, with FORCE: an idle connection ended then is not an error of the bench.
  pool.on('error', () => {});
  const db = poolDb(pool);
  await applyMigrations(migrationExecutor(db), MIGRATIONS);
  const version = ((await db.query<{ server_version: string }>('SHOW server_version'))[0]!.server_version ?? '').split(' ')[0];
  return {
    db,
    connection: target.href,
    label: `PostgreSQL ${version}, base ${name}${keep ? ' (gardée : --database ' + name + ')' : ''}`,
    reused,
    close: async () => {
      await pool.end();
      if (!keep) await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** A skewed pick: the first items far more often than the last (a few busy départements, ambassadors, sectors). */
const skewed = <T>(random: Random, items: readonly T[], power = 2) => items[Math.floor(Math.pow(random.next(), power) * items.length)]!;
const weighted = <T extends string>(random: Random, weights: Readonly<Record<T, number>>): T => {
  let r = random.next() * Object.values<number>(weights).reduce((a, b) => a + b, 0);
  for (const [key, weight] of Object.entries<number>(weights)) if ((r -= weight) < 0) return key as T;
  return Object.keys(weights)[0] as T;
};
const CHUNK = 10_000;

/** Inserts `rows` as columns of typed arrays (unnest), CHUNK rows per statement: a COPY-like bulk insert. */
async function bulkInsert(db: Db, table: string, columns: Record<string, string>, rows: readonly Record<string, unknown>[]) {
  const names = Object.keys(columns);
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    await db.query(
      `INSERT INTO ${table} (${names.join(', ')}) SELECT * FROM unnest(${names.map((n, i) => `$${i + 1}::${columns[n]}[]`).join(', ')})`,
      names.map((n) =>
        chunk.map((row) =>
          row[n] == null ? null : typeof row[n] === 'object' && !(row[n] instanceof Date) ? JSON.stringify(row[n]) : row[n],
        ),
      ),
    );
  }
}

/**
 * The synthetic network: ambassadors over the Région's départements (a few busy ones), types and
 * sectors; applications still to review; requests over four school years (fewer in July and
 * August), every status in realistic shares, answers after a few days (some past the deadline and
 * escalated), feedback on part of the interventions done; the requests closed over a year ago
 * anonymised (as the retention job does); 1 % of the ambassadors deleted since.
 */
async function seed(db: Db, settings: SettingsData, { requests, ambassadors }: { requests: number; ambassadors: number }) {
  const random = seededRandom(42);
  const departments = settings.departments;
  const sectors = codesOf(SECTORS);
  const start = Date.UTC(FIRST_YEAR, 8, 1);
  const people = Array.from({ length: ambassadors }, (_, i) => {
    const department = skewed(random, departments, 1.6);
    const published = new Date(start - 90 * DAY + random.next() * (NOW.getTime() - start));
    return {
      id: crypto.randomUUID(),
      department,
      type: weighted(random, { professional: 70, student_apprentice: 15, training_organisation: 8, vae: 7 } as Record<
        keyof typeof AMBASSADOR_TYPES,
        number
      >),
      sector: skewed(random, sectors, 1.5),
      published,
      lastActive: random.chance(0.7) ? new Date(published.getTime() + random.next() * (NOW.getTime() - published.getTime())) : null,
      paused: random.chance(0.08),
      capacity: 1 + random.int(6),
      index: i,
    };
  });
  const pending = Array.from({ length: Math.round(ambassadors / 15) }, (_, i) => ({
    id: crypto.randomUUID(),
    status: i % 3 === 0 ? 'rejected' : 'confirmed',
    department: skewed(random, departments, 1.6),
    created: new Date(NOW.getTime() - random.next() * 60 * DAY),
  }));
  const application = (p: { id: string; department: string }, status: string, created: Date, i: string) => ({
    id: p.id,
    status,
    email: `candidat-${i}@bench.invalid`,
    first_name: 'Prénom',
    last_name: `Mesure ${i}`,
    profile: { homeCommune: `${p.department}350`, type: 'professional' },
    monthly_capacity: 3,
    meets_minors: true,
    created_at: created,
    confirmed_at: new Date(created.getTime() + 3_600_000),
    decided_at: status === 'confirmed' ? null : new Date(created.getTime() + 5 * DAY),
  });
  const APPLICATION_COLUMNS = {
    id: 'uuid',
    status: 'text',
    email: 'text',
    first_name: 'text',
    last_name: 'text',
    profile: 'jsonb',
    monthly_capacity: 'int',
    meets_minors: 'boolean',
    created_at: 'timestamptz',
    confirmed_at: 'timestamptz',
    decided_at: 'timestamptz',
  };
  await bulkInsert(db, 'applications', APPLICATION_COLUMNS, [
    ...people.map((p) => ({
      ...application(p, 'approved', new Date(p.published.getTime() - 10 * DAY), String(p.index)),
      monthly_capacity: p.capacity,
    })),
    ...pending.map((p, i) => application(p, p.status, p.created, `attente-${i}`)),
  ]);
  await bulkInsert(
    db,
    'ambassadors',
    {
      id: 'uuid',
      department: 'text',
      slug: 'text',
      paused: 'boolean',
      public: 'jsonb',
      published_at: 'timestamptz',
      updated_at: 'timestamptz',
      last_active_at: 'timestamptz',
    },
    people.map((p) => ({
      id: p.id,
      department: p.department,
      slug: `ambassadeur-${p.index}`,
      paused: p.paused,
      public: {
        type: p.type,
        displayName: `Ambassadeur ${p.index}`,
        jobTitle: 'Métier de mesure',
        sector: p.sector,
        interventions: random.subset(codesOf(INTERVENTIONS), 0.5),
        publics: random.subset(codesOf(PUBLICS), 0.4),
        modalities: random.subset(codesOf(MODALITIES), 0.7),
        // About one ambassador in six speaks of a transversal theme.
        ...(random.chance(0.16) ? { themes: random.subset(codesOf(THEMES), 0.3) } : {}),
        departments: [p.department],
        latitude: 50,
        longitude: 3,
      },
      published_at: p.published,
      updated_at: p.published,
      last_active_at: p.lastActive,
    })),
  );

  const requesters = Math.max(10, Math.round(requests / 4));
  const rows = [];
  const feedback = [];
  for (let i = 0; i < requests; i++) {
    let created: Date;
    do created = new Date(start + random.next() * (NOW.getTime() - start));
    while ([6, 7].includes(created.getUTCMonth()) && !random.chance(0.2));
    const recent = NOW.getTime() - created.getTime() < 30 * DAY;
    const status = recent
      ? weighted(random, { sent: 40, accepted: 30, awaiting_requester_confirmation: 10, declined: 10, cancelled: 5, expired: 5 })
      : weighted(random, { done: 50, declined: 14, expired: 14, cancelled: 9, accepted: 0.5 });
    const ambassador = skewed(random, people, 2.2);
    const kind = weighted(random, { school: 70, structure: 18, individual: 12 });
    const individual = kind === 'individual';
    const confirmed = status !== 'awaiting_requester_confirmation' && !(status === 'expired' && random.chance(0.3));
    const sent = confirmed ? new Date(created.getTime() + random.next() * 2 * 3_600_000) : null;
    const delayDays = Math.pow(random.next(), 3) * 20;
    const answered =
      sent && ['accepted', 'declined', 'done'].includes(status)
        ? new Date(sent.getTime() + delayDays * DAY)
        : status === 'cancelled' && sent && random.chance(0.6)
          ? new Date(sent.getTime() + delayDays * DAY)
          : null;
    const escalated = sent && (status === 'expired' || delayDays > 10) ? new Date(sent.getTime() + 10 * DAY) : null;
    const startAt = answered && status !== 'declined' ? new Date(answered.getTime() + (7 + random.int(38)) * DAY) : null;
    const duration = Number(random.pick(['60', '90', '120', '120', '180', '240', '420']));
    const closed =
      status === 'done'
        ? new Date(startAt!.getTime() + duration * 60_000)
        : status === 'declined'
          ? answered
          : status === 'expired'
            ? new Date(created.getTime() + (sent ? 15 : 3) * DAY)
            : status === 'cancelled'
              ? new Date((answered ?? created).getTime() + random.int(10) * DAY)
              : null;
    const department = random.chance(0.8) ? ambassador.department : random.pick(departments);
    const open = ['awaiting_requester_confirmation', 'sent', 'accepted'].includes(status);
    const groupSize = individual ? 1 : kind === 'school' ? 15 + random.int(21) : 5 + random.int(16);
    const id = crypto.randomUUID();
    rows.push({
      id,
      ambassador_id: ambassador.id,
      status,
      awaiting: 'ambassador',
      requester_kind: kind,
      requester_name: `Demandeur ${i}`,
      // One open request per requester and ambassador: open ones have an address of their own.
      requester_email: open ? `ouvert-${i}@bench.invalid` : `demandeur-${random.int(requesters)}@bench.invalid`,
      organisation_name: individual ? null : `Établissement ${random.int(2000)}`,
      uai: kind === 'school' ? `0${department.padStart(2, '0')}${String(random.int(10000)).padStart(4, '0')}A` : null,
      intervention: random.pick(codesOf(INTERVENTIONS)),
      public: individual
        ? random.pick(['high_school', 'students', 'job_seekers', 'adults_retraining'])
        : skewed(random, codesOf(PUBLICS), 1.5),
      level: kind === 'school' ? random.pick(codesOf(LEVELS)) : null,
      theme: random.chance(0.1) ? random.pick(codesOf(THEMES)) : null,
      group_size: groupSize,
      modality: random.chance(0.85) ? 'in_person' : 'remote',
      duration_minutes: duration,
      slots: [],
      requester_slots: [],
      accepted_start: startAt,
      message: 'Texte de la demande (mesure).',
      created_at: created,
      sent_at: sent,
      answered_at: answered,
      escalated_at: escalated,
      closed_at: closed,
      requester_department: department,
      // One requester in three names the intervention's commune (its zone coverage is decided at the sending, migration 0026).
      requester_commune: random.chance(0.33) ? `${department}${String(1 + random.int(900)).padStart(3, '0')}` : null,
      requester_situation: individual ? random.pick(codesOf(SITUATIONS)) : null,
      requester_sex: individual ? weighted(random, { female: 48, male: 42, undisclosed: 10 }) : null,
      requester_age_bracket: individual ? weighted(random, { under_16: 10, '16_17': 25, '18_25': 35, '26_50': 25, over_50: 5 }) : null,
    });
    if (status === 'done') {
      if (random.chance(0.55))
        feedback.push({
          id,
          side: 'requester',
          satisfaction: 3 + random.int(3),
          young: random.chance(0.6) ? Math.max(1, groupSize - random.int(5)) : null,
        });
      if (random.chance(0.45))
        feedback.push({ id, side: 'ambassador', satisfaction: 2 + random.int(4), young: random.chance(0.7) ? groupSize : null });
    }
  }
  const REQUEST_COLUMNS = {
    id: 'uuid',
    ambassador_id: 'uuid',
    status: 'text',
    awaiting: 'text',
    requester_kind: 'text',
    requester_name: 'text',
    requester_email: 'text',
    organisation_name: 'text',
    uai: 'text',
    intervention: 'text',
    public: 'text',
    level: 'text',
    theme: 'text',
    group_size: 'int',
    modality: 'text',
    duration_minutes: 'int',
    slots: 'jsonb',
    requester_slots: 'jsonb',
    accepted_start: 'timestamptz',
    message: 'text',
    created_at: 'timestamptz',
    sent_at: 'timestamptz',
    answered_at: 'timestamptz',
    escalated_at: 'timestamptz',
    closed_at: 'timestamptz',
    requester_department: 'text',
    requester_commune: 'text',
    requester_situation: 'text',
    requester_sex: 'text',
    requester_age_bracket: 'text',
  };
  await bulkInsert(db, 'requests', REQUEST_COLUMNS, rows);
  await bulkInsert(
    db,
    'feedback',
    { request_id: 'uuid', side: 'text', satisfaction: 'int', young_people_reached: 'int', comment: 'text', created_at: 'timestamptz' },
    feedback.map((f) => ({
      request_id: f.id,
      side: f.side,
      satisfaction: f.satisfaction,
      young_people_reached: f.young,
      comment: null,
      created_at: NOW,
    })),
  );
  // The retention job's work: closed over a year ago, anonymised (the facts stay).
  await db.query(
    `UPDATE requests SET requester_name = NULL, requester_email = NULL, organisation_name = NULL, uai = NULL, message = NULL,
       anonymised_at = closed_at + interval '12 months'
     WHERE closed_at < $1::timestamptz - interval '12 months'`,
    [NOW],
  );
  await db.query(`DELETE FROM applications WHERE id = ANY($1::uuid[])`, [people.filter((p) => p.index % 100 === 99).map((p) => p.id)]);
  // As autovacuum leaves a table in production: its visibility map set, so that an index-only scan
  // (migration 0021) reads no heap page (right after the bulk insert, autovacuum has not run yet).
  await db.query('VACUUM ANALYZE');
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(1).replace('.', ',');
}

function printTable(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (c ?? '').padEnd(widths[i]!)).join(' | ')} |`;
  console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
}

// Last: every constant above is initialised.
await main();
