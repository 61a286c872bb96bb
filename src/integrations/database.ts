/**
 * Development database: @netlify/vite-plugin starts an embedded Postgres (in .netlify/db)
 * and puts its address in NETLIFY_DB_URL, but does not migrate it. This applies the
 * project's migrations once it is up, so that `npm start` needs no step by hand.
 */
import { applyMigrations } from '@netlify/database-dev';
import type { AstroIntegrationLogger } from 'astro';
import pg from 'pg';
import { migrationExecutor, poolDb } from '../server/db.ts';
import { seedDemoActivity } from '../server/demo/activity.ts';
import { readProfileFiles, syncDirectory } from '../server/workflows/directory-sync.ts';
import { buildEnv } from '../lib/env.ts';

const MIGRATIONS = new URL('../../netlify/database/migrations/', import.meta.url).pathname;

export async function migrateDevDatabase(logger: AstroIntegrationLogger, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!process.env.NETLIFY_DB_URL && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  const connectionString = process.env.NETLIFY_DB_URL;
  if (!connectionString) {
    logger.warn('Base de données locale indisponible : les fonctions qui l’utilisent répondront 503.');
    return;
  }
  const pool = new pg.Pool({ connectionString, max: 1 });
  try {
    const db = poolDb(pool);
    const applied = await applyMigrations(migrationExecutor(db), MIGRATIONS);
    logger.info(applied.length > 0 ? `Base de données : migrations appliquées (${applied.join(', ')})` : 'Base de données à jour');
    const { created } = await syncDirectory(db, readProfileFiles(buildEnv.AMBASSADORS_DIR), { createDemoRecords: true });
    if (created > 0) logger.info(`Démo : ${created} profils joignables par des adresses fictives (courriels dans /api/dev/courriels)`);
    const requests = buildEnv.DEMO_ACTIVITY === 'on' ? await seedDemoActivity(db, new Date()) : 0;
    if (requests > 0) logger.info(`Démo : ${requests} demandes fictives sur deux années scolaires (tableau de bord des référents)`);
  } catch (error) {
    logger.error(`Migrations impossibles : ${(error as Error).message}`);
  } finally {
    await pool.end();
  }
}
