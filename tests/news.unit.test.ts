/** News: the schema as editors meet it (French messages), the checks against the settings, the order of the list. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../src/lib/directory.ts';
import { newsSchema, toNews } from '../src/lib/news.ts';
import { pagesOf } from '../src/lib/pagination.ts';
import { readNews } from '../src/server/news.ts';
import { makeSettings } from './fixtures.ts';
import { readNewsFiles } from './support/content.ts';

const valid = {
  title: 'Retour sur le forum de Lille',
  date: '2026-11-18',
  summary: 'Deux cents collégiens ont rencontré vingt ambassadeurs.',
  audience: 'everyone',
};
const messages = (input: unknown) => {
  const result = newsSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.') || '(fichier)', i.message]));
};

describe('news schema', () => {
  it('given a complete news item without département, then it is accepted for the whole Région with its date', () => {
    const news = newsSchema.parse(valid);
    expect(news.date).toEqual(new Date('2026-11-18T00:00:00Z'));
    expect(news.department).toBeUndefined();
  });

  it('given a date typed the French way (18/11/2026), then the message shows the expected format', () => {
    expect(messages({ ...valid, date: '18/11/2026' }).date).toBe(
      'Date : date de publication attendue au format AAAA-MM-JJ, par exemple 2026-11-18.',
    );
  });

  it('given a département written as a name, then the message gives examples of codes', () => {
    expect(messages({ ...valid, department: 'Nord' }).department).toMatch(
      /« Nord » n'est pas un code de département \(exemples : "02", "59"/,
    );
  });

  it('given an audience outside the vocabulary, then the message lists the accepted values', () => {
    expect(messages({ ...valid, audience: 'teachers' }).audience).toBe(
      'Public visé : choisissez une valeur parmi everyone, requesters, ambassadors, partners.',
    );
  });

  it('given a misspelt field (strict), then it is named in French with the fields a news item may have', () => {
    expect(messages({ ...valid, resume: 'Un résumé mal nommé.' })['(fichier)']).toBe(
      'Champ inconnu : « resume » (faute de frappe ?). Champs possibles : title, date, summary, audience, department.',
    );
  });

  it('given a summary longer than the list shows, then it is refused with the limit', () => {
    expect(messages({ ...valid, summary: 'x'.repeat(301) }).summary).toBe('Résumé : 300 caractères au plus.');
  });
});

describe('news list', () => {
  const entry = (id: string, date: string, department?: string) => ({
    id,
    data: newsSchema.parse({ ...valid, date, ...(department ? { department } : {}) }),
  });

  it('given news items, then the most recent comes first, with its URL and territory', () => {
    const items = toNews([entry('b', '2026-10-01'), entry('a', '2026-11-18', '62'), entry('c', '2026-10-01')], makeSettings());
    expect(items.map((i) => [i.id, i.url, i.territory])).toEqual([
      ['a', '/actualites/a/', 'Pas-de-Calais (62)'],
      ['b', '/actualites/b/', 'Toute la Région Hauts-de-France'],
      ['c', '/actualites/c/', 'Toute la Région Hauts-de-France'],
    ]);
  });

  it('given a news item for a département the network does not cover, then the build stops naming the file', () => {
    expect(() => toNews([{ ...entry('x', '2026-11-18', '75'), filePath: 'src/content/news/x.md' }], makeSettings())).toThrow(ContentError);
    expect(() => toNews([entry('x', '2026-11-18', '75')], makeSettings())).toThrow(
      /src\/content\/news\/x\.md : le département 75 n'est pas couvert par le réseau/,
    );
  });

  it('given 45 items and pages of 20, then three pages, the last with 5, and one empty page when there is none', () => {
    const pages = pagesOf(
      Array.from({ length: 45 }, (_, i) => i),
      20,
    );
    expect(pages.map((p) => [p.page, p.pageCount, p.items.length])).toEqual([
      [1, 3, 20],
      [2, 3, 20],
      [3, 3, 5],
    ]);
    expect(pagesOf([], 20)).toEqual([{ page: 1, pageCount: 1, items: [] }]);
  });

  it('given the demo news files, then each is valid and they cover the Région and at least one département', () => {
    const files = readNewsFiles();
    expect(files.length).toBeGreaterThanOrEqual(5);
    const news = files.map((f) => newsSchema.parse(f.data));
    expect(news.some((n) => n.department === undefined)).toBe(true);
    expect(news.some((n) => n.department !== undefined)).toBe(true);
    expect(() =>
      toNews(
        files.map((f) => ({ id: f.id, data: newsSchema.parse(f.data) })),
        makeSettings(),
      ),
    ).not.toThrow();
  });
});

describe('news as the functions read them', () => {
  it('given the demo news files, then the referents’ message page reads the same items, in the same order, as the site', () => {
    const settings = makeSettings();
    const site = toNews(
      readNewsFiles().map(({ id, data }) => ({ id, data: newsSchema.parse(data) })),
      settings,
    );
    expect(site.length).toBeGreaterThan(2);
    expect(readNews(join(process.cwd(), 'src/content/news'), settings)).toEqual(site);
  });
});
