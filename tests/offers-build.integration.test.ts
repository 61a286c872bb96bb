/**
 * Mini-stage offers in the built site (issue 11, part 5): the shared build of the demo content
 * (`npm run build`, dist/) has every current offer's page, small and without script, in the
 * offers' own Pagefind index (the profiles' index keeps only profiles) and on the offers' map
 * file; and a build of its own, with an offer whose last period is over, leaves that offer out
 * of every page, list, index and map.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeMapFile, type MapFile } from '../src/lib/map-data.ts';
import { offerYaml } from '../src/lib/offer-directory.ts';
import { offerSchema } from '../src/lib/offers.ts';
import { readProfiles, readYamlFiles } from './support/content.ts';
import { DIST, assertBuilt } from './support/site.ts';

const dist = DIST.pathname;
const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');
const offerIds = readdirSync('src/content/offers')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));
const offers = readYamlFiles('offers') as { company: string; commune: string }[];

describe('offers in the demo build', () => {
  beforeAll(assertBuilt);

  it('given every current offer, then its page exists, has no script and weighs under 14 KB with its CSS, compressed', () => {
    expect(offerIds.length).toBeGreaterThanOrEqual(12);
    let largest = 0;
    for (const id of offerIds) {
      const html = read(dist, `stages/${id}/index.html`);
      expect(html, id).not.toMatch(/<script/i);
      expect(html, id).toContain(`href="/api/mini-stages?offre=${id}"`);
      const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => read(dist, m[1]!.slice(1))).join('');
      largest = Math.max(largest, gzipSync(html + css).length);
    }
    expect(largest).toBeLessThanOrEqual(14 * 1024);
  });

  it('given the two Pagefind indexes, then the offers’ holds exactly the offers and the profiles’ exactly the profiles', () => {
    const pageCount = (bundle: string) =>
      (JSON.parse(read(dist, `${bundle}/pagefind-entry.json`)) as { languages: Record<string, { page_count: number }> }).languages.fr!
        .page_count;
    expect(pageCount('pagefind-stages')).toBe(offerIds.length);
    expect(pageCount('pagefind')).toBe(readProfiles().length);
  });

  it('given the offers’ map file, then it counts every offer once at its commune', () => {
    const raw = read(dist, 'stages/carte.json');
    const communes = decodeMapFile(JSON.parse(raw) as MapFile);
    expect(communes.reduce((sum, c) => sum + c.count, 0)).toBe(offers.length);
    for (const { code, count } of communes) expect(count, code).toBe(offers.filter((o) => o.commune === code).length);
  });
});

describe('an expired offer', () => {
  const work = mkdtempSync(join(tmpdir(), 'offres-'));
  const offersDir = join(work, 'offers');
  const out = join(work, 'site');
  const current = offerIds[0]!;
  const company = offers[0]!.company;
  const expired = offerSchema.parse({
    ...(readYamlFiles('offers')[0] as object),
    title: 'Une offre de l’an dernier, terminée',
    periods: [{ start: '2025-06-16', end: '2025-06-20' }],
  });

  beforeAll(() => {
    cpSync('src/content/offers', offersDir, { recursive: true });
    writeFileSync(join(offersDir, 'offre-terminee.yaml'), offerYaml(expired));
    const astro = resolve('node_modules/astro/bin/astro.mjs');
    const result = spawnSync(process.execPath, [astro, 'build'], {
      env: { ...process.env, OFFERS_DIR: offersDir, OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    if (result.status !== 0) throw new Error(`astro build : échec\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  }, 300_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('given an offer whose last period is over, then no page, list, company page or map point is built from it', () => {
    expect(existsSync(join(out, 'stages', current, 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'stages', 'offre-terminee'))).toBe(false);
    for (const page of ['stages/index.html', `ambassadeurs/${company}/index.html`, 'index.html']) {
      expect(read(out, page), page).not.toContain('offre-terminee');
      expect(read(out, page), page).not.toContain('terminée');
    }
    expect(read(out, `ambassadeurs/${company}/index.html`)).toContain(
      `/stages/${offerIds.find((id) => read(out, `stages/${id}/index.html`).includes(company))}/`,
    );
    const communes = decodeMapFile(JSON.parse(read(out, 'stages/carte.json')) as MapFile);
    expect(communes.reduce((sum, c) => sum + c.count, 0)).toBe(offerIds.length);
    expect(read(out, 'stages/index.html')).toContain(`${offerIds.length} offres, par date de la prochaine période`);
  });
});
