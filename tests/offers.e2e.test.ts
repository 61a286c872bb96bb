/**
 * Mini-stage offers (issue 11, part 5) in a real browser over the built site and its real
 * Pagefind indexes: the list and its facets (the offers' own index), an offer page (no script,
 * small, the apply link), the company's page listing its offers, the offers' layer of the
 * directory map, and axe-core on each at desktop and phone widths.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser } from './support/browser.ts';
import { readYamlFiles } from './support/content.ts';
import { DIST, serveBuiltSite } from './support/site.ts';
import { findCommune } from '../src/lib/geo.ts';

interface OfferFile {
  title: string;
  company: string;
  commune: string;
  publics: string[];
  durationDays: number;
}
const offers = readYamlFiles('offers') as unknown as OfferFile[];
const departmentOf = (o: OfferFile) => findCommune(o.commune)!.department;
let browser: Browser;
let site: { url: string; stop: () => Promise<void> };

beforeAll(async () => {
  site = await serveBuiltSite(4392);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  // axe-core is injected as an inline script, which the pages' own CSP rightly refuses.
  const page = await browser.newPage({ viewport, bypassCSP: true });
  await page.goto(site.url + path);
  return page;
}

/** Waits until the search has answered and returns its status line. */
async function statusAfter(page: Page, action: () => Promise<unknown>): Promise<string> {
  const status = page.locator('[data-results-status]');
  const before = await status.textContent();
  await action();
  await page.waitForFunction((text) => document.querySelector('[data-results-status]')?.textContent !== text, before);
  return (await status.textContent()) ?? '';
}

const found = (n: number) => `${n} offre${n > 1 ? 's' : ''} correspond${n > 1 ? 'ent' : ''} à votre recherche`;

describe('mini-stage offers', () => {
  it('given /stages/, when a département then a public are ticked, then the list and its count follow, from the offers’ index only', async () => {
    expect(offers.length).toBeGreaterThanOrEqual(12);
    const page = await open('/stages/');
    await expect.poll(() => page.locator('[data-results] li').count()).toBe(offers.length);
    await expect.poll(() => page.locator('[data-facet="departement:62"]').textContent()).toMatch(/^\(\d+\)$/);
    const in62 = offers.filter((o) => departmentOf(o) === '62');
    expect(in62.length).toBeGreaterThan(0);
    await page.locator('summary', { hasText: 'Département' }).click();
    expect(await statusAfter(page, () => page.getByRole('checkbox', { name: /Pas-de-Calais/ }).check())).toBe(found(in62.length));
    expect(page.url()).toContain('departement=62');
    const titles = await page.locator('[data-results] h3').allTextContents();
    expect(titles.sort()).toEqual(in62.map((o) => o.title).sort());

    const pupils = in62.filter((o) => o.publics.includes('middle_school'));
    await page.locator('summary', { hasText: 'Public' }).click();
    await page.getByRole('checkbox', { name: 'Collégiens' }).check();
    await expect.poll(() => page.locator('[data-results-status]').textContent()).toBe(found(pupils.length));
    expect(page.url()).toContain('public=middle_school');
    // A search for a profile's word finds no profile here: the two indexes are apart.
    await page.getByRole('button', { name: 'Effacer les filtres' }).click();
    await expect.poll(() => page.locator('[data-results] li').count()).toBe(offers.length);
    await page.getByLabel('Métier, entreprise, mot-clé ou commune').fill('mareyage');
    await expect.poll(() => page.locator('[data-results-status]').textContent()).toBe(found(1));
    for (const href of await page.locator('[data-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/^\/stages\/[a-z0-9-]+\/$/);
    }
    await page.close();
  });

  it('given an offer, when it is opened from the list, then it has no script, weighs under 14 KB, links its company and the application form', async () => {
    const page = await open('/stages/');
    const first = page.locator('[data-results] h3 a').first();
    const title = (await first.textContent())!;
    await first.click();
    await page.waitForURL(/\/stages\/[a-z0-9-]+\/$/);
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(await page.locator('script').count()).toBe(0);
    const id = new URL(page.url()).pathname.split('/')[2]!;
    const html = readFileSync(new URL(`stages/${id}/index.html`, DIST), 'utf8');
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) =>
      readFileSync(new URL(m[1]!.slice(1), DIST), 'utf8'),
    );
    expect(gzipSync(html + css.join('')).length).toBeLessThanOrEqual(14 * 1024);
    const apply = page.getByRole('link', { name: 'Candidater à ce stage' });
    expect(await apply.getAttribute('href')).toBe(`/api/mini-stages?offre=${id}`);
    // Periods in French words, no address: the commune and its département only.
    await expect.poll(() => page.locator('time').first().textContent()).toMatch(/^(lundi|mardi|mercredi|jeudi|vendredi) \d+ \p{L}+/u);
    const offer = offers.find((o) => o.title === title)!;
    await page.locator('dd a').first().click();
    await page.waitForURL(new RegExp(`/ambassadeurs/${offer.company}/$`));
    expect(await page.locator('#mini-stages + ul a', { hasText: title }).count()).toBe(1);
    await page.close();
  });

  it('given the directory map, when the offers are chosen, then square « stage » markers add up to every offer and open the commune’s offers', async () => {
    const page = await open('/ambassadeurs/');
    await page.locator('ambassador-map').scrollIntoViewIfNeeded();
    await page.waitForSelector('ambassador-map[data-clusters]');
    expect(await page.locator('.map-offer').count()).toBe(0);
    await page.getByRole('radio', { name: /offres de mini-stage/ }).check();
    await page.waitForSelector('ambassador-map[data-offers-shown]');
    // One layer at a time: the ambassadors' markers give way.
    await expect.poll(() => page.locator('.map-commune, .map-cluster').count()).toBe(0);
    const total = () =>
      page.$$eval('.map-offer span', (spans) => spans.reduce((sum, s) => sum + Number.parseInt(s.textContent ?? '0', 10), 0));
    await expect.poll(total).toBe(offers.length);
    // The label says it in words: colour is not the only cue.
    expect(await page.locator('.map-offer span').first().textContent()).toMatch(/^\d+ stages?$/);
    // A commune's marker (not a group): its card links to the list filtered on that commune.
    const marker = page.locator('.map-offer[aria-label*=" à "]').first();
    const name = /^\d+ stages? à (.+) : /.exec((await marker.getAttribute('aria-label'))!)![1]!;
    const commune = offers.map((o) => o.commune).find((c) => findCommune(c)!.name === name)!;
    await marker.click();
    const link = page.locator('.map-card a', { hasText: name });
    expect(await link.getAttribute('href')).toBe(`/stages/?commune=${commune}&nom-commune=${encodeURIComponent(name)}`);
    await page.close();

    const list = await open(`/stages/?commune=${commune}&nom-commune=${encodeURIComponent(name)}`);
    const here = offers.filter((o) => o.commune === commune).length;
    await expect.poll(() => list.locator('[data-results-status]').textContent()).toBe(found(here));
    expect(await list.locator('[data-active-commune]').textContent()).toContain(`Commune : ${name}.`);
    await list.close();
  });
});

describe('the offers’ map on /stages/', () => {
  it('given /stages/, when a département is ticked, then the map’s « stages » markers add up to the offers of the list', async () => {
    const page = await open('/stages/');
    await page.locator('ambassador-map').scrollIntoViewIfNeeded();
    await page.waitForSelector('ambassador-map[data-clusters]');
    await expect.poll(() => stagesOnMap(page)).toBe(offers.length);
    expect(await page.locator('.map-commune, .map-cluster').count()).toBe(0);
    await page.locator('summary', { hasText: 'Département' }).click();
    await page.getByRole('checkbox', { name: /Somme/ }).check();
    const in80 = offers.filter((o) => departmentOf(o) === '80').length;
    await expect.poll(() => page.locator('[data-results-status]').textContent()).toBe(found(in80));
    await expect.poll(() => stagesOnMap(page)).toBe(in80);
    await page.close();
  });
});

/** Sum of the offers counted by the visible « N stages » markers. */
function stagesOnMap(page: Page): Promise<number> {
  return page.$$eval('.map-offer span', (spans) => spans.reduce((sum, s) => sum + Number.parseInt(s.textContent ?? '0', 10), 0));
}

describe('accessibility of the offers’ pages (axe-core)', () => {
  const offerPath = () =>
    `/stages/${readFileSync(new URL('stages/index.html', DIST), 'utf8').match(/href="\/stages\/([a-z0-9-]+)\/"/)![1]}/`;
  it.each(['/stages/', 'offer', 'company', '/ambassadeurs/ with offers'])(
    'given %s, then axe-core finds no violation at 1280 px and 390 px',
    async (which) => {
      const path =
        which === 'offer'
          ? offerPath()
          : which === 'company'
            ? `/ambassadeurs/${offers[0]!.company}/`
            : which === '/stages/'
              ? '/stages/'
              : '/ambassadeurs/';
      for (const viewport of [
        { width: 1280, height: 900 },
        { width: 390, height: 844 },
      ]) {
        const page = await open(path, viewport);
        if (which === '/stages/') {
          await expect.poll(() => page.locator('[data-facet="duree:3"]').textContent()).toMatch(/^\(\d+\)$/);
          await page.locator('ambassador-map').scrollIntoViewIfNeeded();
          await page.waitForSelector('ambassador-map[data-clusters]');
        }
        if (which === '/ambassadeurs/ with offers') {
          await page.locator('ambassador-map').scrollIntoViewIfNeeded();
          await page.waitForSelector('ambassador-map[data-clusters]');
          await page.getByRole('radio', { name: /offres de mini-stage/ }).check();
          await page.waitForSelector('ambassador-map[data-offers-shown]');
          await page.waitForSelector('.map-offer');
        }
        expect(await axeViolations(page), `${path} à ${viewport.width} px`).toEqual([]);
        await page.close();
      }
    },
  );
});
