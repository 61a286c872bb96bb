/**
 * GET /api/etat. Input: none. Effect: none. Says whether the functions reach the database,
 * for monitoring and for the local dev setup. Answers 503 when the database is down.
 */
import type { Config } from '@netlify/functions';
import { netlifyDatabase } from '../../src/server/db.ts';

export default async (req: Request): Promise<Response> => {
  if (req.method !== 'GET') return new Response('Méthode non autorisée', { status: 405, headers: { Allow: 'GET' } });
  try {
    await (await netlifyDatabase()).query('SELECT 1');
    return Response.json({ base: 'disponible' });
  } catch {
    return Response.json({ base: 'indisponible' }, { status: 503 });
  }
};

export const config: Config = { path: '/api/etat' };
