/**
 * The signup form in a real browser over the built site (issue 11): the company fields and the
 * person's company are both in the form (it works without JavaScript); once a type is ticked, the
 * stylesheet hides the group that does not apply.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import { serveBuiltSite } from './support/site.ts';

let browser: Browser;
let site: { url: string; stop: () => Promise<void> };

beforeAll(async () => {
  site = await serveBuiltSite(4411);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

describe('the signup form for both kinds', () => {
  it('given a type ticked, then only the fields of that kind are shown, with or without JavaScript', async () => {
    for (const javaScriptEnabled of [false, true]) {
      const page = await browser.newPage({ javaScriptEnabled });
      await page.goto(`${site.url}/devenir-ambassadeur/inscription/`);
      const siret = page.locator('input#siret');
      const company = page.locator('select#company');
      // Nothing ticked yet: both groups are there, each headed by whom it is for.
      if (!javaScriptEnabled) {
        expect(await siret.isVisible()).toBe(true);
        expect(await company.isVisible()).toBe(true);
      }
      await page.locator('input[name=type][value=company]').check({ force: true });
      expect(await siret.count()).toBe(1);
      expect(await company.evaluate((e) => getComputedStyle(e.closest('.for-person')!).display)).toBe('none');
      expect(await siret.evaluate((e) => getComputedStyle(e.closest('.for-company')!).display)).not.toBe('none');
      await page.locator('input[name=type][value=professional]').check({ force: true });
      expect(await siret.evaluate((e) => getComputedStyle(e.closest('.for-company')!).display)).toBe('none');
      expect(await company.evaluate((e) => getComputedStyle(e.closest('.for-person')!).display)).not.toBe('none');
      expect(await company.locator('option').count()).toBeGreaterThan(10);
      await page.close();
    }
  });
});
