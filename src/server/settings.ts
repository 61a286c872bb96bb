/**
 * The site settings for the functions: the same YAML the site is built from (bundled with
 * the functions through `included_files` in netlify.toml), read and validated once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { settingsSchema, type SettingsData } from '../lib/schemas.ts';

let cached: SettingsData | undefined;

export function loadSettings(file = join(process.cwd(), 'src/content/settings/site.yaml')): SettingsData {
  cached ??= settingsSchema.parse(parse(readFileSync(file, 'utf8')));
  return cached;
}
