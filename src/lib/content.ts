/**
 * Read access to the content collections for pages. In a production build the checked
 * directory is computed once and shared by the thousands of pages that need it; in
 * development it is recomputed so that edits made in the CMS show at once.
 */
import { getCollection, getEntry } from 'astro:content';
import { toAmbassadors, type Ambassador } from './directory.ts';
import { BUILD_TIME, toEvents, type NetworkEvent } from './events.ts';
import { parisDay, toOffers, type Offer } from './offer-directory.ts';
import { toNews, type NewsItem } from './news.ts';
import type { SettingsData } from './schemas.ts';

let ambassadorsOnce: Promise<Ambassador[]> | undefined;

export async function getSettings(): Promise<SettingsData> {
  const entry = await getEntry('settings', 'site');
  if (!entry) throw new Error('Réglages manquants : créez src/content/settings/site.yaml.');
  return entry.data;
}

export function getAmbassadors(): Promise<Ambassador[]> {
  if (import.meta.env.DEV) return loadAmbassadors();
  ambassadorsOnce ??= loadAmbassadors();
  return ambassadorsOnce;
}

async function loadAmbassadors(): Promise<Ambassador[]> {
  const [entries, settings, areas] = await Promise.all([getCollection('ambassadors'), getSettings(), getCollection('employmentAreas')]);
  return toAmbassadors(
    entries,
    settings,
    areas.map((a) => ({ id: a.id, ...a.data })),
  );
}

/** The news, checked against the settings, the most recent first. */
export async function getNews(): Promise<NewsItem[]> {
  const [entries, settings] = await Promise.all([getCollection('news'), getSettings()]);
  return toNews(entries, settings);
}

/** The agenda's events, checked against the settings, with their confirmed ambassadors, by start. */
export async function getEvents(): Promise<NetworkEvent[]> {
  const [entries, settings, ambassadors] = await Promise.all([getCollection('events'), getSettings(), getAmbassadors()]);
  return toEvents(entries, settings, ambassadors);
}

let offersOnce: Promise<Offer[]> | undefined;

/** The mini-stage offers not expired on the build's day (Paris), checked against the profiles, by next period. */
export function getOffers(): Promise<Offer[]> {
  if (import.meta.env.DEV) return loadOffers();
  offersOnce ??= loadOffers();
  return offersOnce;
}

async function loadOffers(): Promise<Offer[]> {
  const [entries, settings, ambassadors] = await Promise.all([getCollection('offers'), getSettings(), getAmbassadors()]);
  return toOffers(entries, settings, ambassadors, parisDay(BUILD_TIME));
}
