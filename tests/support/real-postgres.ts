/**
 * A real PostgreSQL server (Debian's `postgresql` package, installed by .ci/run) in a throw-away
 * folder on a free port, with the project's migrations applied. The embedded database runs
 * every connection in one session, so races need this one: several connections, real locks.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMigrations } from '@netlify/database-dev';
import pg from 'pg';
import { migrationExecutor, poolDb, type Db } from '../../src/server/db.ts';
import { MIGRATIONS } from './database.ts';

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const dir = versions.map((v) => join(root, v, 'bin')).find((d) => existsSync(join(d, 'initdb')));
  if (!dir) throw new Error('PostgreSQL est nécessaire pour les tests de concurrence : apt-get install postgresql (.ci/run le fait).');
  return dir;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface RealPostgres {
  db: Db;
  pool: pg.Pool;
  stop(): Promise<void>;
}

export async function startRealPostgres(): Promise<RealPostgres> {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'pg-courses-'));
  // initdb refuses to run as root: run the server as the postgres user.
  const asRoot = process.getuid?.() === 0;
  // runuser lives in /usr/sbin, which a minimal PATH may leave out.
  const runuser = existsSync('/usr/sbin/runuser') ? '/usr/sbin/runuser' : 'runuser';
  const run = (command: string, args: string[]) =>
    execFileSync(asRoot ? runuser : join(bin, command), asRoot ? ['-u', 'postgres', '--', join(bin, command), ...args] : args, {
      stdio: 'pipe',
    });
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  run('pg_ctl', [
    '-D',
    data,
    '-w',
    '-l',
    join(dir, 'log'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    'start',
  ]);
  const pool = new pg.Pool({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`, max: 12 });
  const db = poolDb(pool);
  await applyMigrations(migrationExecutor(db), MIGRATIONS);
  return {
    db,
    pool,
    stop: async () => {
      await pool.end();
      run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
