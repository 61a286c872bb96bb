/** Reads the content files directly (as an editor left them), for tests that compare them with dist/. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const CONTENT = new URL('../../src/content/', import.meta.url).pathname;

export interface ProfileFile {
  /** `<département>/<slug>` */
  id: string;
  data: Record<string, unknown> & { sector: string; homeCommune: string; displayName: string; status?: string };
}

export function readProfiles(dir = join(CONTENT, 'ambassadors')): ProfileFile[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), data: parse(readFileSync(join(dir, f), 'utf8')) }));
}

export function readYamlFiles(collection: string): Record<string, unknown>[] {
  const dir = join(CONTENT, collection);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')));
}

export function countFiles(collection: string, extension: string): number {
  return readdirSync(join(CONTENT, collection)).filter((f) => f.endsWith(extension)).length;
}

/** The news files: front matter (YAML) and Markdown body, by id (file name without `.md`). */
export function readNewsFiles(): { id: string; data: Record<string, unknown>; body: string }[] {
  const dir = join(CONTENT, 'news');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const [, frontMatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(dir, f), 'utf8'))!;
      return { id: f.replace(/\.md$/, ''), data: parse(frontMatter!), body: body! };
    });
}

/** The event files, by id (file name without `.yaml`). */
export function readEventFiles(): { id: string; data: Record<string, unknown> }[] {
  const dir = join(CONTENT, 'events');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), data: parse(readFileSync(join(dir, f), 'utf8')) }));
}
