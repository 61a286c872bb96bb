/**
 * The main command (`npm start` = build, then `astro dev` with decap-server, the functions and
 * the embedded database): an editor saves a profile in /admin with the local backend, and both
 * the file and the page change; the functions reach the database; the directory search works.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { launchBrowser } from './support/browser.ts';
import { readProfiles } from './support/content.ts';
import { startDevServerOnCopy, type DevServer } from './support/dev-server.ts';

let browser: Browser;
let dev: DevServer;

beforeAll(async () => {
  [dev, browser] = await Promise.all([startDevServerOnCopy(4397, 8089), launchBrowser()]);
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await dev?.stop();
});

describe('main command', () => {
  it(
    'given the CMS on the local backend, when an editor renames a profile and publishes, then the file and the page change',
    { timeout: 90_000 },
    async () => {
      const { id } = readProfiles().find((p) => p.id.startsWith('80/'))!;
      const [department, slug] = id.split('/') as [string, string];
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${dev.url}/admin/#/collections/ambassadors_${department}/entries/${slug}`);
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await page.locator('[id^="displayName-field"]').fill('Dominique T.');
      await page.getByRole('button', { name: 'Publier' }).first().click();
      await page.getByRole('menuitem', { name: 'Publier maintenant' }).click();

      const file = join(dev.root, 'src/content/ambassadors', `${id}.yaml`);
      await expect.poll(() => parse(readFileSync(file, 'utf8')).displayName, { timeout: 15_000 }).toBe('Dominique T.');
      // The dev server reloads its content collection first: slower on a loaded 2-core machine.
      try {
        await expect
          .poll(async () => (await fetch(`${dev.url}/ambassadeurs/${id}/`).then((r) => r.text())).match(/<h1[^>]*>([^<]*)</)?.[1], {
            timeout: 45_000,
          })
          .toBe('Dominique T.');
      } catch (error) {
        // Without the lines of the page polled above, which would hide the rest.
        const log = dev
          .log()
          .split('\n')
          .filter((line) => !line.includes(`/ambassadeurs/${id}/`));
        console.error(`Journal du serveur de développement :\n${log.join('\n').slice(-8000)}`);
        throw error;
      }
      await page.close();
    },
  );

  it('given the dev server, then the functions answer and reach the migrated embedded database', async () => {
    await expect.poll(() => fetch(`${dev.url}/api/etat`).then((r) => r.json()), { timeout: 20_000 }).toEqual({ base: 'disponible' });
  });

  it('given the dev server, when a visitor searches the directory, then Pagefind answers', async () => {
    const page = await browser.newPage();
    await page.goto(`${dev.url}/ambassadeurs/?q=infirmi%C3%A8re`);
    await expect.poll(() => page.locator('[data-results-status]').textContent(), { timeout: 20_000 }).toMatch(/correspond/);
    expect(await page.locator('[data-results] li').count()).toBeGreaterThan(0);
    await page.close();
  });
});
