/** The calendar feed of every upcoming event (METHOD:PUBLISH), to subscribe to from a calendar application. */
import type { APIRoute } from 'astro';
import { getEvents, getSettings } from '../lib/content';
import { buildEnv } from '../lib/env';
import { BUILD_TIME, splitAgenda } from '../lib/events';
import { eventsCalendar } from '../server/calendar';

export const GET: APIRoute = async () => {
  const [events, settings] = await Promise.all([getEvents(), getSettings()]);
  const { upcoming } = splitAgenda(events, BUILD_TIME);
  const ics = eventsCalendar(upcoming, { url: buildEnv.URL }, `Agenda – ${settings.siteName}`);
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
