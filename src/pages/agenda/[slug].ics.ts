/** One event as a calendar file (METHOD:PUBLISH), for « Ajouter à mon agenda ». */
import type { APIRoute } from 'astro';
import { getEvents } from '../../lib/content';
import { buildEnv } from '../../lib/env';
import type { NetworkEvent } from '../../lib/events';
import { eventsCalendar } from '../../server/calendar';

export async function getStaticPaths() {
  return (await getEvents()).map((event) => ({ params: { slug: event.id }, props: { event } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { event } = props as { event: NetworkEvent };
  const ics = eventsCalendar([event], { url: buildEnv.URL }, event.title);
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
