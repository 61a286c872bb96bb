/**
 * npm run latency -- [--count N] [--url postgres://…]
 * Local latency of the signup and confirmation handlers, called with real Request objects
 * against the embedded Postgres, or the PostgreSQL server at --url (the same code the functions run, without Netlify's
 * runtime around it). Prints p50 and p95 in milliseconds.
 */
import { NetlifyDB, applyMigrations } from '@netlify/database-dev';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { systemClock } from '../src/server/clock.ts';
import { migrationExecutor, poolDb } from '../src/server/db.ts';
import { confirmApplicationHandler, signupHandler } from '../src/server/handlers/signup.ts';
import type { SignupDeps } from '../src/server/workflows/signup.ts';
import { readSettings } from './settings.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '300' }, url: { type: 'string' } } });
const count = Number(values.count);
const SITE = 'http://localhost:4321';

const server = values.url ? undefined : new NetlifyDB({ logger: () => {} });
const pool = new pg.Pool({ connectionString: values.url ?? (await server!.start()), max: 1 });
await applyMigrations(migrationExecutor(poolDb(pool)), new URL('../netlify/database/migrations/', import.meta.url).pathname);
const deps: SignupDeps = { db: poolDb(pool), clock: systemClock, settings: await readSettings(), siteUrl: SITE };
const signup = signupHandler(async () => deps);
const confirm = confirmApplicationHandler(async () => deps);

const signupTimes: number[] = [];
for (let i = 0; i < count; i++) {
  const body = {
    type: 'professional',
    firstName: 'Camille',
    lastName: 'Test',
    email: `personne${i}@example.org`,
    displayName: 'Camille T.',
    jobTitle: 'Soudeuse',
    sector: 'H',
    presentation: 'Je soude des pièces pour l’industrie ferroviaire depuis dix ans.',
    careerPath: 'CAP puis bac pro en alternance, puis une embauche dans l’entreprise qui m’a formée.',
    interventions: ['forum'],
    publics: ['high_school'],
    modalities: ['in_person'],
    departments: ['59'],
    homeCommune: '59350',
    monthlyCapacity: 2,
    charterAccepted: 'oui',
    charterVersion: '2.1',
  };
  const request = new Request(`${SITE}/api/inscription`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', Origin: SITE },
    body: JSON.stringify(body),
  });
  const t0 = performance.now();
  const response = await signup(request, { ip: `10.0.${i >> 8}.${i & 255}` });
  signupTimes.push(performance.now() - t0);
  if (response.status !== 202) throw new Error(`inscription ${i} : ${response.status}`);
}

const tokens = (await pool.query<{ text: string }>('SELECT text FROM outbox ORDER BY created_at')).rows.map(
  (r) => /jeton=([\w-]+)/.exec(r.text)![1]!,
);
const confirmTimes: number[] = [];
for (const token of tokens) {
  const request = new Request(`${SITE}/api/inscription/confirmer`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: SITE },
    body: new URLSearchParams({ jeton: token }),
  });
  const t0 = performance.now();
  const response = await confirm(request);
  confirmTimes.push(performance.now() - t0);
  if (response.status !== 200) throw new Error(`confirmation : ${response.status}`);
}

const pct = (times: number[], p: number) =>
  [...times].sort((a, b) => a - b)[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(1);
console.log(`inscription  : ${signupTimes.length} requêtes, p50 ${pct(signupTimes, 50)} ms, p95 ${pct(signupTimes, 95)} ms`);
console.log(`confirmation : ${confirmTimes.length} requêtes, p50 ${pct(confirmTimes, 50)} ms, p95 ${pct(confirmTimes, 95)} ms`);
await pool.end();
await server?.stop();
