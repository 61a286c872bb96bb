/** The offers' map data, generated at build (and served live in development): one point per commune with current offers. */
import type { APIRoute } from 'astro';
import { getOffers } from '../../lib/content';
import { encodeMapFile, offerCommunesOf } from '../../lib/map-data';

export const GET: APIRoute = async () => {
  const data = encodeMapFile(offerCommunesOf(await getOffers()));
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
