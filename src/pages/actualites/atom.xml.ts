/** The news as an Atom feed (src/lib/atom.ts), the most recent first, with each item's text. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { atomFeed } from '../../lib/atom';
import { getNews, getSettings } from '../../lib/content';
import { buildEnv } from '../../lib/env';
import { NEWS_FEED_PATH, NEWS_PATH } from '../../lib/news';
import { AUDIENCES } from '../../lib/vocabularies';

/** Enough for any reader to catch up; older items stay on the list pages. */
const FEED_SIZE = 30;

export const GET: APIRoute = async () => {
  const [items, entries, settings] = await Promise.all([getNews(), getCollection('news'), getSettings()]);
  const html = new Map(entries.map((e) => [e.id, e.rendered?.html]));
  const absolute = (path: string) => new URL(path, buildEnv.URL).href;
  const xml = atomFeed({
    url: absolute(NEWS_PATH),
    selfUrl: absolute(NEWS_FEED_PATH),
    title: `Actualités – ${settings.siteName}`,
    subtitle: `Les nouvelles du réseau des ambassadeurs métiers de la Région ${settings.regionName}`,
    author: `${settings.siteName}, Région ${settings.regionName}`,
    entries: items.slice(0, FEED_SIZE).map((item) => ({
      url: absolute(item.url),
      title: item.title,
      updated: item.date,
      published: item.date,
      summary: item.summary,
      html: html.get(item.id),
      categories: [item.territory, AUDIENCES[item.audience]],
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
