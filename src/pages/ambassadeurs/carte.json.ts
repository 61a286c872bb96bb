/** Map data generated at build (and served live in development): one point per commune. */
import type { APIRoute } from 'astro';
import { getAmbassadors } from '../../lib/content';
import { communesOf, encodeMapFile } from '../../lib/map-data';

export const GET: APIRoute = async () => {
  const data = encodeMapFile(communesOf(await getAmbassadors()));
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
