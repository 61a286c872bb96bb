/**
 * News of the network (« Actualités », issue 10): the schema of a news item, one Markdown file
 * `src/content/news/<AAAA-MM-JJ>-<titre>.md` (front matter below, the text as its body), and what
 * the list pages and the Atom feed derive from the collection. Messages are in French: they reach editors.
 */
import { z } from 'astro/zod';
import { ContentError, territoryLabel } from './directory.ts';
import { knownFields, oneOf } from './fields.ts';
import { departmentCode } from './schemas.ts';
import type { SettingsData } from './schemas.ts';
import { AUDIENCES, type Audience } from './vocabularies.ts';

export const NEWS_PATH = '/actualites/';
export const NEWS_FEED_PATH = '/actualites/atom.xml';
export const NEWS_PAGE_SIZE = 20;

const newsFields = {
  title: z
    .string({ error: 'Titre : texte attendu.' })
    .trim()
    .min(5, { error: 'Titre : 5 caractères au moins.' })
    .max(120, { error: 'Titre : 120 caractères au plus.' })
    .describe("Titre de l'actualité"),
  date: z.coerce
    .date({ error: 'Date : date de publication attendue au format AAAA-MM-JJ, par exemple 2026-11-18.' })
    .describe('Date de publication (AAAA-MM-JJ) : la liste et le flux Atom sont classés par cette date, la plus récente d’abord'),
  summary: z
    .string({ error: 'Résumé : texte attendu.' })
    .trim()
    .min(10, { error: 'Résumé : 10 caractères au moins.' })
    .max(300, { error: 'Résumé : 300 caractères au plus.' })
    .describe('Résumé en une ou deux phrases (300 caractères au plus), repris dans la liste et le flux'),
  audience: oneOf(AUDIENCES, 'Public visé').describe('À qui l’actualité s’adresse'),
  department: departmentCode.optional().describe('Département concerné ; sans département, l’actualité concerne toute la Région'),
};

export const newsSchema = z.strictObject(newsFields, knownFields(newsFields)).describe('Actualité du réseau (texte en Markdown)');

export type NewsData = z.output<typeof newsSchema>;

export interface NewsEntry {
  id: string;
  filePath?: string;
  data: NewsData;
}

export interface NewsItem {
  id: string;
  url: string;
  title: string;
  date: Date;
  summary: string;
  audience: Audience;
  department: string | undefined;
  /** « Nord (59) » or « Toute la Région … ». */
  territory: string;
}

/** Checks what the schema cannot see (the settings' départements) and sorts, the most recent first. */
export function toNews(entries: readonly NewsEntry[], settings: SettingsData): NewsItem[] {
  const covered = new Set(settings.departments);
  const problems = entries
    .filter((e) => e.data.department !== undefined && !covered.has(e.data.department))
    .map(
      (e) =>
        `${e.filePath ?? `src/content/news/${e.id}.md`} : le département ${e.data.department} n'est pas couvert par le réseau (${settings.departments.join(', ')}). Laissez le champ vide pour toute la Région.`,
    );
  if (problems.length > 0) throw new ContentError(`Actualités à corriger :\n  - ${problems.join('\n  - ')}`);
  return entries
    .map(({ id, data }) => ({
      id,
      url: `${NEWS_PATH}${id}/`,
      title: data.title,
      date: data.date,
      summary: data.summary,
      audience: data.audience,
      department: data.department,
      territory: territoryLabel(data.department, settings.regionName),
    }))
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
}

/** « 18 novembre 2026 »: a publication date is a calendar day (stored at midnight UTC). */
export function formatNewsDate(date: Date): string {
  return date.toLocaleDateString('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
}

/** « 2026-11-18 », for `<time datetime>`. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
