/**
 * npm run demo -- --count N [--out DIR] [--seed S]
 *   Writes N synthetic profiles for scale tests into DIR (default .cache/demo/ambassadors,
 *   replaced on each run), never into the curated demo content. Build the site on them with
 *   AMBASSADORS_DIR=DIR npm run build.
 * npm run demo -- --curated
 *   Rewrites the curated demo network in src/content/ambassadors (320 people and organisations, then 10 companies and structures; fixed seed).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateProfiles } from '../src/lib/demo/generate.ts';
import { COMPANIES } from '../src/lib/demo/companies.ts';
import { readEmploymentAreas } from '../src/server/employment-areas.ts';
import { profileYaml } from '../src/lib/profile-file.ts';
import { readSettings } from './settings.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string' },
    curated: { type: 'boolean', default: false },
  },
});

const curated = values.curated;
const count = Number(values.count ?? (curated ? 320 : 1000));
if (!Number.isInteger(count) || count < 1) {
  console.error('--count attend un nombre entier positif.');
  process.exit(2);
}
const out = resolve(values.out ?? (curated ? 'src/content/ambassadors' : '.cache/demo/ambassadors'));
const settings = await readSettings();
const profiles = generateProfiles({
  count,
  seed: Number(values.seed ?? (curated ? 2026 : 1)),
  communes: curated ? 'curated' : 'synthetic',
  departments: settings.departments,
  bounds: settings.mapBounds,
  today: curated ? new Date('2026-11-01T00:00:00Z') : new Date(),
  ...(curated
    ? {
        zones: { regionName: settings.regionName, employmentAreas: readEmploymentAreas('src/content/employment-areas') },
        companies: COMPANIES,
      }
    : {}),
});

await rm(out, { recursive: true, force: true });
for (const { path, data } of profiles) {
  const file = join(out, path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, profileYaml(data));
}
console.log(`${profiles.length} profils écrits dans ${out}`);
