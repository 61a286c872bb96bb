/** Reads and validates the site settings outside Astro (scripts, tests). */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { settingsSchema, type SettingsData } from '../src/lib/schemas.ts';

export async function readSettings(file = 'src/content/settings/site.yaml'): Promise<SettingsData> {
  return settingsSchema.parse(parse(await readFile(file, 'utf8')));
}
