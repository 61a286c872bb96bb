/**
 * npm run demo -- --count N [--out DIR] [--seed S]
 *   Writes N synthetic profiles for scale tests into DIR (default .cache/demo/ambassadors,
 *   replaced on each run), never into the curated demo content. Build the site on them with
 *   AMBASSADORS_DIR=DIR npm run build.
 *   Also writes one mini-stage offer per 10 profiles, owned by the generated company profiles,
 *   into .cache/demo/offers (build with OFFERS_DIR=.cache/demo/offers as well).
 * npm run demo -- --curated
 *   Rewrites the curated demo network in src/content/ambassadors (320 people and organisations, then 10 companies and structures; fixed seed)
 *   and its mini-stage offers in src/content/offers (16 offers of the company profiles, fixed seed).
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateProfiles } from '../src/lib/demo/generate.ts';
import { generateOffers } from '../src/lib/demo/offers.ts';
import { offerYaml } from '../src/lib/offer-directory.ts';
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

const offersOut = resolve(curated ? 'src/content/offers' : join(dirname(out), 'offers'));
const offers = generateOffers({
  companies: profiles.map((p) => ({ id: p.path.replace(/\.yaml$/, ''), data: p.data })),
  count: curated ? 16 : Math.round(count / 10),
  seed: curated ? 2027 : 2,
});
await mkdir(offersOut, { recursive: true });
for (const file of await readdir(offersOut)) if (file.endsWith('.yaml')) await rm(join(offersOut, file));
for (const { path, data } of offers) await writeFile(join(offersOut, path), offerYaml(data));
console.log(`${offers.length} offres de mini-stage écrites dans ${offersOut}`);
