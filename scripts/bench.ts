/**
 * npm run bench -- --count N [--keep]   (or --demo: the curated demo content instead)
 * Builds N synthetic profiles twice in the same run: with the real site (astro build +
 * pagefind) and with a bare Astro template over the same files (bench/bare). Prints both
 * times and their ratio, peak memory, Pagefind index size, the largest profile page
 * (gzip HTML+CSS) and its JavaScript, map bytes per ambassador, and the time to the first
 * map clusters in Chromium when it is installed. Targets: brief §6.
 * Issue 11: one mini-stage offer per 10 profiles, owned by one profile in 50 turned into a
 * company (for measurement only); both builds render them, the site indexes them in its
 * second Pagefind bundle; the report adds the largest offer page and the offers' map bytes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { generateProfiles, withSiretKey } from '../src/lib/demo/generate.ts';
import { generateOffers } from '../src/lib/demo/offers.ts';
import { offerYaml } from '../src/lib/offer-directory.ts';
import type { AmbassadorData } from '../src/lib/schemas.ts';
import { profileYaml } from '../src/lib/profile-file.ts';
import { readSettings } from './settings.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    demo: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const work = resolve('.cache/bench');
const data = values.demo ? resolve('src/content/ambassadors') : join(work, 'ambassadors');
const offersData = values.demo ? resolve('src/content/offers') : join(work, 'offers');
const siteOut = join(work, 'site');
const bareOut = join(work, 'bare');

rmSync(work, { recursive: true, force: true });
const count = values.demo
  ? readdirSync(data, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml')).length
  : await generate(Number(values.count));

const offerCount = readdirSync(offersData).filter((f) => f.endsWith('.yaml')).length;
const env = { ...process.env, AMBASSADORS_DIR: data, OFFERS_DIR: offersData, ASTRO_TELEMETRY_DISABLED: '1' };
const astro = resolve('node_modules/astro/bin/astro.mjs');
const pagefind = resolve('node_modules/pagefind/lib/runner/bin.cjs');

const bare = run('bare', [astro, 'build', '--root', 'bench/bare', '--outDir', bareOut], env);
const site = run('site', [astro, 'build'], { ...env, OUT_DIR: siteOut });
// As `npm run build`: the profiles' index, then the offers' own bundle.
const profilesIndex = run('pagefind', [pagefind, '--site', siteOut, '--glob', 'ambassadeurs/**/*.html'], env);
const offersIndex = run(
  'pagefind (offres)',
  [pagefind, '--site', siteOut, '--glob', 'stages/**/*.html', '--output-subdir', 'pagefind-stages'],
  env,
);
const index = {
  seconds: profilesIndex.seconds + offersIndex.seconds,
  peakMB: Math.max(profilesIndex.peakMB ?? 0, offersIndex.peakMB ?? 0) || null,
};

const profilesDir = join(siteOut, 'ambassadeurs');
let largest = { path: '', gzip: 0, js: 0 };
for (const department of readdirSync(profilesDir)) {
  const dir = join(profilesDir, department);
  if (!statSync(dir).isDirectory()) continue;
  for (const slug of readdirSync(dir)) {
    const file = join(dir, slug, 'index.html');
    if (slug === 'page' || !existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)]
      .map((m) => readFileSync(join(siteOut, m[1]!), 'utf8'))
      .join('');
    const js = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].reduce((sum, m) => sum + statSync(join(siteOut, m[1]!)).size, 0);
    const gzip = gzipSync(html + css).length;
    if (gzip > largest.gzip)
      largest = { path: `/ambassadeurs/${department}/${slug}/`, gzip, js: js + (html.match(/<script/g)?.length ?? 0) };
  }
}
let largestOffer = { path: '', gzip: 0, js: 0 };
const offersDir = join(siteOut, 'stages');
for (const id of existsSync(offersDir) ? readdirSync(offersDir) : []) {
  const file = join(offersDir, id, 'index.html');
  if (id === 'page' || !existsSync(file)) continue;
  const html = readFileSync(file, 'utf8');
  if (!html.includes('data-pagefind-body')) continue;
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(siteOut, m[1]!), 'utf8')).join('');
  const js = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].reduce((sum, m) => sum + statSync(join(siteOut, m[1]!)).size, 0);
  const gzip = gzipSync(html + css).length;
  if (gzip > largestOffer.gzip) largestOffer = { path: `/stages/${id}/`, gzip, js: js + (html.match(/<script/g)?.length ?? 0) };
}
const offersMapGzip = offerCount > 0 ? gzipSync(readFileSync(join(siteOut, 'stages/carte.json'))).length : 0;
const mapGzip = gzipSync(readFileSync(join(siteOut, 'ambassadeurs/carte.json'))).length;
const siteSeconds = site.seconds + index.seconds;
const firstClusters = await timeFirstClusters();

const report = {
  profiles: count,
  offers: offerCount,
  bareBuildSeconds: round(bare.seconds),
  siteBuildSeconds: round(site.seconds),
  pagefindSeconds: round(index.seconds),
  ratio: round(siteSeconds / bare.seconds),
  peakMemoryMB: { bare: bare.peakMB, site: site.peakMB, pagefind: index.peakMB },
  pagefindIndexMB: round(folderSize(join(siteOut, 'pagefind')) / 1e6),
  offersPagefindIndexMB: offerCount > 0 ? round(folderSize(join(siteOut, 'pagefind-stages')) / 1e6) : 0,
  largestProfile: { path: largest.path, gzipHtmlCssBytes: largest.gzip, javascriptBytes: largest.js },
  largestOffer: { path: largestOffer.path, gzipHtmlCssBytes: largestOffer.gzip, javascriptBytes: largestOffer.js },
  mapBytesPerAmbassador: round(mapGzip / count),
  offersMapBytesPerOffer: offerCount > 0 ? round(offersMapGzip / offerCount) : 0,
  firstClustersMs: firstClusters,
};
console.log(JSON.stringify(report, null, 2));
console.log(
  [
    `build: site ${round(siteSeconds)} s (astro ${round(site.seconds)} + pagefind ${round(index.seconds)}) / nu ${round(bare.seconds)} s = ×${report.ratio} (cible ≤ 2)`,
    `profil le plus lourd : ${largest.gzip} o gzip HTML+CSS (cible ≤ 14 336), JS ${largest.js} o (cible 0)`,
    `offre la plus lourde (${offerCount} offres) : ${largestOffer.gzip} o gzip HTML+CSS (cible ≤ 14 336), JS ${largestOffer.js} o (cible 0)`,
    `carte : ${report.mapBytesPerAmbassador} o par ambassadeur (cible ≤ 12)${firstClusters === null ? '' : `, premiers groupes en ${firstClusters} ms (cible ≤ 1000)`}`,
  ].join('\n'),
);
if (!values.keep) rmSync(work, { recursive: true, force: true });

async function generate(n: number): Promise<number> {
  const settings = await readSettings();
  const started = Date.now();
  const profiles = generateProfiles({
    count: n,
    seed: 7,
    communes: 'synthetic',
    departments: settings.departments,
    bounds: settings.mapBounds,
    today: new Date(),
  });
  // One profile in 50 becomes a company (measurement data only: no people name them).
  profiles.forEach((p, i) => {
    if (i % 50 === 0) p.data = asCompany(p.data, i);
  });
  for (const { path, data: profile } of profiles) {
    const file = join(data, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, profileYaml(profile));
  }
  const offers = generateOffers({
    companies: profiles.map((p) => ({ id: p.path.replace(/\.yaml$/, ''), data: p.data })),
    count: Math.round(n / 10),
    seed: 7,
  });
  mkdirSync(offersData, { recursive: true });
  for (const { path, data: offer } of offers) writeFileSync(join(offersData, path), offerYaml(offer));
  console.log(`${n} profils et ${offers.length} offres générés en ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return n;
}

/** A synthetic profile as a company or structure (the type's own fields; a company names no company). */
function asCompany(profile: AmbassadorData, i: number): AmbassadorData {
  const {
    company: _company,
    companyConfirmedAt: _confirmed,
    organisation: _organisation,
    ...rest
  } = profile as AmbassadorData & {
    companyConfirmedAt?: Date;
  };
  return {
    ...rest,
    type: 'company',
    displayName: `Entreprise de mesure ${i / 50 + 1}`,
    siret: withSiretKey(String(9_000_000_000_000 + i)),
    sizeBand: 'small',
  };
}

function run(label: string, args: string[], environment: NodeJS.ProcessEnv): { seconds: number; peakMB: number | null } {
  // GNU time reports the peak resident memory of the process (and its waited-for children).
  const time = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'PEAK_KB=%M'] : [];
  const command = [...time, process.execPath, ...args];
  const t0 = performance.now();
  const result = spawnSync(command[0]!, command.slice(1), { env: environment, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - t0) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    throw new Error(`${label} : échec de la construction`);
  }
  const peak = /PEAK_KB=(\d+)/.exec(result.stderr)?.[1];
  console.log(`${label} : ${seconds.toFixed(1)} s`);
  return { seconds, peakMB: peak ? Math.round(Number(peak) / 1024) : null };
}

/** Time from navigation to the map's first clusters on the directory page, in Chromium. */
async function timeFirstClusters(): Promise<number | null> {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) return null;
  const { preview } = await import('astro');
  const { chromium: driver } = await import('playwright-core');
  process.env.OUT_DIR = siteOut;
  const server = await preview({ root: resolve('.'), logLevel: 'error', server: { port: 4396, host: '127.0.0.1' } });
  const browser = await driver.launch({
    executablePath: chromium,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The moment the map sets `data-clusters` (its first draw), noted in the page: reading the clock
    // after waitForSelector would add the driver's polling and round trip (100–200 ms here).
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('ambassador-map[data-clusters]')) return;
        (window as unknown as { firstClusters: number }).firstClusters = performance.now();
        observer.disconnect();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-clusters'] });
    });
    await page.goto('http://127.0.0.1:4396/ambassadeurs/');
    await page.waitForSelector('ambassador-map[data-clusters]', { timeout: 30_000 });
    return Math.round(await page.evaluate(() => (window as unknown as { firstClusters: number }).firstClusters));
  } finally {
    await browser.close();
    await server.stop();
  }
}

function folderSize(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce(
    (sum, f) => sum + (statSync(join(dir, f)).isFile() ? statSync(join(dir, f)).size : 0),
    0,
  );
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
