/**
 * The directory in a real browser over the built site and its real Pagefind index:
 * search, a facet, the map's clusters synced with the results, a profile page, and
 * axe-core on every public page type.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser } from './support/browser.ts';
import { readEventFiles, readNewsFiles, readProfiles } from './support/content.ts';
import { serveBuiltSite } from './support/site.ts';
import { ambassadorSchema } from '../src/lib/schemas.ts';
import { covers } from '../src/lib/zone.ts';
import { zoneCoverage } from '../src/server/directory-snapshot.ts';
import { makeSettings } from './fixtures.ts';

const profiles = readProfiles();
let browser: Browser;
let site: { url: string; stop: () => Promise<void> };

beforeAll(async () => {
  site = await serveBuiltSite(4399);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  // axe-core is injected as an inline script, which the pages' own CSP rightly refuses.
  const page = await browser.newPage({ viewport, bypassCSP: true });
  // No network but loopback: map tiles fail as they would when the tile server is down.
  await page.goto(site.url + path);
  return page;
}

/** Waits until the directory has answered a search and returns its status line. */
async function statusAfter(page: Page, action: () => Promise<unknown>): Promise<string> {
  const status = page.locator('[data-results-status]');
  const before = await status.textContent();
  await action();
  await page.waitForFunction((text) => document.querySelector('[data-results-status]')?.textContent !== text, before);
  return (await status.textContent()) ?? '';
}

/** Sum of the ambassador counts on the map's visible markers. */
async function mapTotal(page: Page): Promise<number> {
  return page.$$eval('.map-cluster span, .map-commune span', (spans) => spans.reduce((sum, s) => sum + Number(s.textContent), 0));
}

describe('directory', () => {
  it('given the directory, when it loads, then the whole list is searchable and the map draws clusters of every ambassador', async () => {
    const page = await open('/ambassadeurs/');
    await page.waitForSelector('ambassador-map[data-clusters]');
    await expect.poll(() => page.locator('[data-results] li').count()).toBe(20);
    await expect.poll(() => mapTotal(page)).toBe(profiles.length);
    expect(Number(await page.getAttribute('ambassador-map', 'data-clusters'))).toBeGreaterThan(1);
    // This machine has no route to the tile server: the page says so and stays usable.
    await page.getByText('Le fond de carte ne se charge pas').waitFor();
    await page.close();
  });

  it('given a sector facet, when it is ticked, then list, count and map show only that sector', async () => {
    const page = await open('/ambassadeurs/');
    await page.waitForSelector('ambassador-map[data-clusters]');
    const expected = profiles.filter((p) => p.data.sector === 'J').length;
    await page.locator('summary', { hasText: "Secteur d'activité" }).click();
    const status = await statusAfter(page, () => page.getByRole('checkbox', { name: /Santé/ }).check());
    expect(status).toBe(`${expected} ambassadeur${expected > 1 ? 's' : ''} correspond${expected > 1 ? 'ent' : ''} à votre recherche`);
    await expect.poll(() => mapTotal(page)).toBe(expected);
    expect(page.url()).toContain('secteur=J');
    await page.close();
  });

  it('given the theme facet (issue 11), when one theme is ticked, then list, count and map show only the ambassadors who speak of it', async () => {
    const page = await open('/ambassadeurs/');
    await page.waitForSelector('ambassador-map[data-clusters]');
    const expected = profiles.filter((p) => (p.data.themes as string[] | undefined)?.includes('job_gender_mix')).length;
    expect(expected).toBeGreaterThan(1);
    await page.locator('summary', { hasText: 'Thème transversal' }).click();
    const status = await statusAfter(page, () => page.getByRole('checkbox', { name: /Mixité des métiers/ }).check());
    expect(status).toBe(`${expected} ambassadeurs correspondent à votre recherche`);
    await expect.poll(() => mapTotal(page)).toBe(expected);
    expect(page.url()).toContain('theme=job_gender_mix');
    await page.close();
  });

  it('given a word typed in the search box, then the results are the profiles that contain it', async () => {
    const page = await open('/ambassadeurs/');
    const term = 'boulangerie';
    const matching = profiles.filter((p) => JSON.stringify(p.data).toLocaleLowerCase('fr').includes(term));
    expect(matching.length).toBeGreaterThan(0);
    await statusAfter(page, async () => {
      await page.getByLabel('Métier, formation, mot-clé ou commune').fill(term);
      await page.keyboard.press('Enter');
    });
    const first = page.locator('[data-results] li a').first();
    const href = await first.getAttribute('href');
    expect(matching.map((p) => `/ambassadeurs/${p.id}/`)).toContain(href);
    await page.close();
  });

  it('given a commune marker, when activated with the keyboard, then its card links to a matching profile there', async () => {
    const page = await open('/ambassadeurs/?departement=80');
    await page.waitForSelector('ambassador-map[data-clusters]');
    await page.waitForFunction(() => document.querySelectorAll('.map-commune, .map-cluster').length > 0);
    // Zoom in until a single commune shows, then open it with Enter.
    const idle = () => page.waitForSelector('ambassador-map[data-clusters]:not([data-moving])');
    for (let i = 0; i < 8 && (await page.locator('.map-commune').count()) === 0; i++) {
      await page.locator('.map-cluster').first().click();
      await page.waitForTimeout(100);
      await idle();
    }
    const marker = page.locator('.map-commune').first();
    await marker.focus();
    await page.keyboard.press('Enter');
    const link = page.locator('.map-card li a').first();
    await link.waitFor();
    // The département facet is where ambassadors intervene: the card's profile accepts the Somme.
    const href = (await link.getAttribute('href'))!;
    const profile = profiles.find((p) => `/ambassadeurs/${p.id}/` === href);
    expect(profile?.data.departments).toContain('80');
    await page.close();
  });
});

describe('production headers', () => {
  /** The site-wide Content-Security-Policy header from netlify.toml (pages add their own, stricter, <meta>). */
  const csp = /Content-Security-Policy = "([^"]+)"/.exec(readFileSync(new URL('../netlify.toml', import.meta.url), 'utf8'))![1]!;

  it('given « Qui intervient à Arras ? », then the list holds exactly the ambassadors whose zone covers Arras, wherever they live', async () => {
    const coverArras = profiles.filter((p) => covers(zoneCoverage(ambassadorSchema.parse(p.data), makeSettings()), '62041'));
    const expected = coverArras.length;
    // The zone, not the home département: someone from elsewhere comes in, someone of the Pas-de-Calais may stay out.
    expect(coverArras.some((p) => !p.id.startsWith('62/'))).toBe(true);
    expect(profiles.some((p) => p.id.startsWith('62/') && !coverArras.includes(p))).toBe(true);
    const page = await open('/ambassadeurs/?intervient=62041&nom-intervient=Arras');
    await expect
      .poll(() => page.locator('[data-results-status]').textContent())
      .toBe(`${expected} ambassadeurs correspondent à votre recherche`);
    await page.getByText('Ambassadeurs dont la zone d’intervention couvre Arras.').waitFor();
    await expect.poll(() => mapTotal(page)).toBe(expected);
    await page.close();
  });

  it('given the production Content-Security-Policy (header and meta), then search and map still work and nothing is blocked', async () => {
    expect(csp).toContain("frame-ancestors 'none'");
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.route(`${site.url}/**`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
    });
    await page.goto(`${site.url}/ambassadeurs/?q=infirmi%C3%A8re`);
    await expect.poll(() => page.locator('[data-results-status]').textContent()).toMatch(/correspond/);
    await page.waitForSelector('ambassador-map[data-clusters]');
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('profile page', () => {
  it('given a profile, then it shows the person and a call to action, and loads no script', async () => {
    const { id, data } = profiles.find((p) => p.data.status !== 'paused')!;
    const page = await open(`/ambassadeurs/${id}/`);
    expect(await page.locator('h1').textContent()).toBe(data.displayName);
    expect(await page.getByRole('link', { name: 'Solliciter cet ambassadeur' }).count()).toBe(1);
    expect(await page.locator('script').count()).toBe(0);
    await page.close();
  });
});

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  const guide = '/guides/preparer-une-intervention-en-classe/';
  const newsItem = `/actualites/${readNewsFiles()[0]!.id}/`;
  // An event page with its confirmed ambassadors listed (cards), and one still waiting for them.
  const events = readEventFiles();
  const confirmedEvent = `/agenda/${events.find((e) => Array.isArray(e.data.confirmedAmbassadors))!.id}/`;
  const waitingEvent = `/agenda/${events.find((e) => !e.data.confirmedAmbassadors && Number(e.data.ambassadorPlaces) > 0)!.id}/`;
  // A company's page with its confirmed members (issue 11), and a member's page linking back to it.
  const companyPage = `/ambassadeurs/${profiles.find((p) => p.data.type === 'company')!.id}/`;
  const memberPage = `/ambassadeurs/${profiles.find((p) => p.data.companyConfirmedAt)!.id}/`;
  it.each([
    '/',
    '/ambassadeurs/',
    `/ambassadeurs/${profiles[0]!.id}/`,
    companyPage,
    memberPage,
    '/ambassadeurs/59/',
    guide,
    '/faq/',
    '/referents/',
    '/charte/',
    '/devenir-ambassadeur/',
    '/actualites/',
    newsItem,
    '/agenda/',
    '/agenda/passes/',
    confirmedEvent,
    waitingEvent,
    '/404.html',
  ])('given %s, then axe-core finds no violation (desktop and phone widths)', async (path) => {
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 375, height: 740 },
    ]) {
      const page = await open(path, viewport);
      if (path === '/ambassadeurs/') {
        // The map loads when scrolled near: check it drawn, with its markers and controls.
        await page.locator('ambassador-map').scrollIntoViewIfNeeded();
        await page.waitForSelector('ambassador-map[data-clusters]');
      }
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    }
  });
});
