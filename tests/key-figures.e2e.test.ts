/**
 * The public « Chiffres clés » in Chromium on the main command's dev server (the function at
 * /chiffres-cles/ over the embedded database with the demo network): reached from the home page
 * and from the footer, its tables readable at 1280 and 390 px without scrolling the page sideways,
 * and axe-core with no violation at both widths.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchBrowser } from './support/browser.ts';
import { startDevServerOnCopy, type DevServer } from './support/dev-server.ts';

let browser: Browser;
let dev: DevServer;

beforeAll(async () => {
  [dev, browser] = await Promise.all([startDevServerOnCopy(4393, 8086), launchBrowser()]);
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await dev?.stop();
});

describe('public key figures', () => {
  for (const width of [1280, 390]) {
    it(`given the home page at ${width} px, when the visitor follows « Chiffres clés du réseau », then the tables are there and accessible`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 }, bypassCSP: true });
      await page.goto(`${dev.url}/`);
      await page.getByRole('link', { name: 'Chiffres clés du réseau' }).click();
      await page.getByRole('heading', { level: 1, name: 'Chiffres clés du réseau' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/chiffres-cles/');
      expect(await page.locator('main').textContent()).toMatch(/Données au \p{L}+ \d{1,2} \p{L}+ \d{4}\./u);
      expect(await page.locator('main table').count()).toBe(7);
      expect(
        await page
          .getByRole('table', { name: /^Interventions réalisées/ })
          .getByRole('rowheader', { name: 'Nord (59)' })
          .count(),
      ).toBe(1);
      // The page itself never scrolls sideways, even on a phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('given any page, then the footer links to the key figures', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${dev.url}/faq/`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Chiffres clés' }).click();
    await page.getByRole('heading', { level: 1, name: 'Chiffres clés du réseau' }).waitFor();
    await page.close();
  });
});
