/**
 * Development database: @netlify/vite-plugin starts an embedded Postgres (in .netlify/db)
 * and puts its address in NETLIFY_DB_URL, but does not migrate it. This applies the
 * project's migrations once it is up, so that `npm start` needs no step by hand.
 */
import { applyMigrations } from '@netlify/database-dev';
import type { AstroIntegrationLogger } from 'astro';
import pg from 'pg';

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
    const applied = await applyMigrations(
      {
        exec: (sql) => pool.query(sql),
        query: async (sql, params) => ({ rows: (await pool.query(sql, params)).rows }),
        transaction: async (work) => {
          const client = await pool.connect();
          try {
            await client.query('BEGIN');
            const result = await work({
              exec: (sql) => client.query(sql),
              query: async (sql, params) => ({ rows: (await client.query(sql, params)).rows }),
            });
            await client.query('COMMIT');
            return result;
          } catch (error) {
            await client.query('ROLLBACK');
            throw error;
          } finally {
            client.release();
          }
        },
      },
      MIGRATIONS,
    );
    logger.info(applied.length > 0 ? `Base de données : migrations appliquées (${applied.join(', ')})` : 'Base de données à jour');
  } catch (error) {
    logger.error(`Migrations impossibles : ${(error as Error).message}`);
  } finally {
    await pool.end();
  }
}
