/** A real embedded Postgres (@netlify/database-dev) with the project's migrations applied. */
import { NetlifyDB } from '@netlify/database-dev';
import { afterAll, beforeAll } from 'vitest';
import pg from 'pg';
import { poolDb, type Db } from '../../src/server/db.ts';

export const MIGRATIONS = new URL('../../netlify/database/migrations/', import.meta.url).pathname;

export interface TestDatabase {
  db: Db;
  pool: pg.Pool;
  stop(): Promise<void>;
}

async function startTestDatabase(): Promise<TestDatabase> {
  const server = new NetlifyDB({ logger: () => {} });
  const connectionString = await server.start();
  await server.applyMigrations(MIGRATIONS);
  // One connection: the embedded server runs every connection in the same PGlite session, so
  // two open transactions on two connections would interleave. With one, transactions queue
  // up whole, as Postgres would serialise them; true concurrency needs a real server.
  const pool = new pg.Pool({ connectionString, max: 1 });
  return {
    db: poolDb(pool),
    pool,
    stop: async () => {
      await pool.end();
      await server.stop();
    },
  };
}

/** A clock the test moves by hand. */
export function manualClock(start = '2026-11-02T09:00:00Z') {
  let now = new Date(start);
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
    },
  };
}

/** Starts one embedded database for the test file and stops it after; read it inside tests and hooks. */
export function useTestDatabase(): () => TestDatabase {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await startTestDatabase();
  });
  afterAll(() => database?.stop());
  return () => database!;
}
