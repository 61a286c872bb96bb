/**
 * The database as workflows see it: parameterised queries and transactions, over any
 * pg-compatible pool (node-postgres locally and in tests, Neon's pool in production).
 */
export interface Queryable {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
  /** Runs `work` in one transaction: everything it writes is committed together, or nothing. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
}

interface PoolClientLike {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  release(): void;
}
export interface PoolLike {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  connect(): Promise<PoolClientLike>;
}

export function poolDb(pool: PoolLike): Db {
  return {
    query: async <T>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as T[],
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({ query: async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[] });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
  };
}

/**
 * `db` whose every query runs in a transaction of its own under these settings (`SET LOCAL`:
 * they end with it, even on a pooled connection), e.g. more memory for one reporting query.
 */
export function withLocalSettings(db: Db, settings: Readonly<Record<string, string>>): Queryable {
  const names = Object.keys(settings);
  const set = `SELECT ${names.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, true)`).join(', ')}`;
  const values = names.flatMap((name) => [name, settings[name]!]);
  return {
    query: <T>(text: string, params?: unknown[]) =>
      db.transaction(async (tx) => {
        await tx.query(set, values);
        return tx.query<T>(text, params);
      }),
  };
}

/** The deployed (or `astro dev`) database, from NETLIFY_DB_URL. One pool per function instance. */
let shared: { db: Db; end: () => Promise<void> } | undefined;
export async function netlifyDatabase(): Promise<Db> {
  if (!shared) {
    const { getDatabase } = await import('@netlify/database');
    const { pool } = getDatabase();
    shared = { db: poolDb(pool), end: () => pool.end() };
  }
  return shared.db;
}

/** Closes that pool (a test that ran the function modules, before it stops its database). */
export async function closeNetlifyDatabase(): Promise<void> {
  await shared?.end();
  shared = undefined;
}

/** The shape @netlify/database-dev's applyMigrations expects, over our Db (dev server, real-Postgres tests). */
export function migrationExecutor(db: Db) {
  const executor = (q: Queryable) => ({
    exec: (sql: string) => q.query(sql),
    query: async <T>(sql: string, params?: unknown[]) => ({ rows: await q.query<T>(sql, params) }),
  });
  return {
    ...executor(db),
    transaction: <T>(work: (tx: ReturnType<typeof executor>) => Promise<T>) => db.transaction((tx) => work(executor(tx))),
  };
}
