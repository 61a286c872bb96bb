/**
 * npm run bench:follow-up -- [--count N] [--url postgres://…]
 * Time of the follow-up job over N open requests (10,000 by default) on the embedded
 * Postgres (or the PostgreSQL server at --url, migrated here): requests of every age and state over the demo network's 320 profiles, then one
 * run (which reminds, escalates, expires, completes), then a second run (nothing left to do).
 * Prints the counts, the mails queued and the durations.
 */
import { NetlifyDB, applyMigrations } from '@netlify/database-dev';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { migrationExecutor, poolDb } from '../src/server/db.ts';
import { loadReferents } from '../src/server/referents.ts';
import { runFollowUp } from '../src/server/workflows/requests/follow-up.ts';
import { readProfileFiles, syncDirectory } from '../src/server/workflows/directory-sync.ts';
import { readSettings } from './settings.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, url: { type: 'string' } } });
const count = Number(values.count);
const DAY = 86_400_000;

const migrations = new URL('../netlify/database/migrations/', import.meta.url).pathname;
const server = values.url ? undefined : new NetlifyDB({ logger: () => {} });
const pool = new pg.Pool({ connectionString: values.url ?? (await server!.start()), max: values.url ? 4 : 1 });
const db = poolDb(pool);
await applyMigrations(migrationExecutor(db), migrations);
const settings = await readSettings();
const root = new URL('..', import.meta.url).pathname;
await syncDirectory(db, readProfileFiles(join(root, 'src/content/ambassadors')), { createDemoRecords: true });
const ambassadors = (await db.query<{ id: string }>('SELECT id FROM ambassadors')).map((a) => a.id);
// Capacity must not hide ambassadors from the suggestions in this synthetic load.
await db.query('UPDATE applications SET monthly_capacity = 1000');

const now = new Date('2026-11-25T09:00:00Z');
// Requests of every age (0 to 20 days) and of the three open states.
const rows = Array.from({ length: count }, (_, i) => {
  const ageDays = (i * 7) % 21;
  const state = i % 10 === 0 ? 'awaiting_requester_confirmation' : i % 5 === 0 ? 'accepted' : 'sent';
  const sentAt = new Date(now.getTime() - ageDays * DAY - (i % 24) * 3_600_000);
  return { ambassador: ambassadors[i % ambassadors.length]!, state, sentAt, start: new Date(now.getTime() + ((i % 7) - 3) * DAY) };
});
const started = performance.now();
await db.query(
  `INSERT INTO requests (ambassador_id, status, requester_kind, requester_name, requester_email, intervention, public, group_size, modality, duration_minutes, slots, requester_slots, accepted_start, message, created_at, sent_at)
   SELECT a::uuid, s, 'school', 'Enseignant ' || n, 'enseignant' || n || '@example.org', 'classroom_talk', 'high_school', 25, 'in_person', 60, '[]'::jsonb, '[]'::jsonb,
          CASE WHEN s = 'accepted' THEN st ELSE NULL END, 'Demande de démonstration pour la mesure.', t, CASE WHEN s = 'awaiting_requester_confirmation' THEN NULL ELSE t END
   FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::timestamptz[], $5::int[]) AS x(a, s, t, st, n)`,
  [rows.map((r) => r.ambassador), rows.map((r) => r.state), rows.map((r) => r.sentAt), rows.map((r) => r.start), rows.map((_, i) => i)],
);
console.log(`${count} demandes insérées en ${Math.round(performance.now() - started)} ms`);

const deps = {
  db,
  clock: { now: () => now },
  settings,
  siteUrl: 'http://localhost:4321',
  referents: loadReferents(join(root, 'src/content/referents')),
};
for (const label of ['premier passage', 'second passage']) {
  const before = Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM outbox'))[0]!.n);
  const t0 = performance.now();
  const report = await runFollowUp(deps);
  const ms = Math.round(performance.now() - t0);
  const mails = Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM outbox'))[0]!.n) - before;
  console.log(`${label} : ${ms} ms, ${JSON.stringify(report)}, ${mails} courriels mis en file`);
}
await pool.end();
await server?.stop();
