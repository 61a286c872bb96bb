/**
 * GET /api/etat. Input: none. Effect: none. Says whether the functions reach the database,
 * for monitoring and for the local dev setup. Answers 503 when the database is down.
 */
import type { Config } from '@netlify/functions';
import { netlifyDatabase } from '../../src/server/db.ts';
import { json, methodNotAllowed } from '../../src/server/http.ts';

export default async (req: Request): Promise<Response> => {
  if (req.method !== 'GET') return methodNotAllowed('GET');
  try {
    await (await netlifyDatabase()).query('SELECT 1');
    return json({ base: 'disponible' });
  } catch {
    return json({ base: 'indisponible' }, 503);
  }
};

export const config: Config = { path: '/api/etat' };
