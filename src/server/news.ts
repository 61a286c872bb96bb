/**
 * The network's news, as the functions see them: the news content files (bundled with the
 * functions through `included_files`), front matter read and checked once with the site's own
 * schema. The referents start a message to ambassadors from one of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { newsSchema, toNews, type NewsItem } from '../lib/news.ts';
import type { SettingsData } from '../lib/schemas.ts';
import { loadSettings } from './settings.ts';

let cached: NewsItem[] | undefined;

export function loadNews(dir = join(process.cwd(), 'src/content/news'), settings: SettingsData = loadSettings()): NewsItem[] {
  cached ??= readNews(dir, settings);
  return cached;
}

/** The front matter of a Markdown file: the YAML between the first two `---` lines. */
function frontMatter(text: string, file: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) throw new Error(`${file} : en-tête YAML (entre deux lignes ---) introuvable.`);
  return parse(match[1]!);
}

/** Every news item of `dir`, the most recent first (no cache: tests give their own folder). */
export function readNews(dir: string, settings: SettingsData): NewsItem[] {
  const entries = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ id: f.replace(/\.md$/, ''), data: newsSchema.parse(frontMatter(readFileSync(join(dir, f), 'utf8'), f)) }));
  return toNews(entries, settings);
}
