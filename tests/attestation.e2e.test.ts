/**
 * The attestation of engagement in Chromium on the main command's dev server (functions, embedded
 * database with the demo network and its activity, dev mailbox): a demo ambassador with
 * interventions done signs in to « Gérer mon profil », asks for an attestation (a wrong period
 * first), reads the printable page, which prints on A4 without the navigation; a visitor checks
 * its code on /attestation/verifier/ (a wrong code first); once the account is deleted, the code
 * reads « révoquée ». axe-core on every page, at 390 and 1280 px.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { toParisDateTime } from '../src/lib/paris-time.ts';
import { axeViolations, launchBrowser } from './support/browser.ts';
import { startDevServerOnCopy, type DevServer } from './support/dev-server.ts';

let browser: Browser;
let dev: DevServer;

beforeAll(async () => {
  [dev, browser] = await Promise.all([startDevServerOnCopy(4405, 8095), launchBrowser()]);
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await dev?.stop();
});

/** Demo profiles of the Aisne, as the dev database knows them (demo activity is drawn at random among all). */
const CANDIDATES = readdirSync(new URL('../src/content/ambassadors/02/', import.meta.url))
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .slice(0, 8)
  .map((f) => `demo+02-${f.replace(/\.yaml$/, '')}@example.org`);

async function expectAccessible(page: Page, widths: readonly number[] = [390, 1280]): Promise<void> {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    expect(await axeViolations(page), `${page.url()} à ${width} px`).toEqual([]);
    // The page never scrolls sideways, even on a phone (a wide table scrolls in its own box).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${dev.url}/gerer-mon-profil/`);
  await page.getByLabel('Votre adresse e-mail').fill(email);
  await page.getByRole('button', { name: 'Recevoir mon lien' }).click();
  await page.getByRole('heading', { name: 'Demande reçue' }).waitFor();
  await page.goto(`${dev.url}/api/dev/courriels`);
  const mail = page.locator('article', { has: page.getByRole('heading', { name: /Votre lien pour gérer votre profil/ }) }).first();
  await mail
    .getByRole('link', { name: /\/api\/profil\/session\?jeton=/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Ouvrir mon espace' }).click();
  await page.getByRole('heading', { name: 'Gérer mon profil', level: 1 }).waitFor();
}

/** The first candidate whose attestations page offers a school year, i.e. who has an intervention done. */
async function ambassadorWithInterventions(page: Page): Promise<string> {
  for (const email of CANDIDATES) {
    await signIn(page, email);
    await page.getByRole('link', { name: 'Mes attestations d’engagement' }).click();
    await page.getByRole('heading', { name: 'Mes attestations d’engagement', level: 1 }).waitFor();
    if ((await page.getByLabel('Période', { exact: true }).count()) > 0) return email;
  }
  throw new Error(`Aucune intervention réalisée pour ${CANDIDATES.join(', ')}`);
}

let code = '';

describe('attestation of engagement', () => {
  it('given an ambassador with interventions done, when she asks for an attestation, then a printable page lists them with a code, and it prints on A4 without the navigation', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 900 }, bypassCSP: true });
    await ambassadorWithInterventions(page);
    await expectAccessible(page);

    // Other dates without the end: the field says so.
    await page.getByLabel('Période', { exact: true }).selectOption('dates');
    await page.getByLabel('Du (d’autres dates)').fill('2020-01-01');
    await page.getByRole('button', { name: 'Obtenir mon attestation' }).click();
    await page.getByRole('heading', { name: 'Une réponse est à corriger' }).waitFor();
    expect(await page.getByLabel('Au (d’autres dates)').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);

    await page.getByLabel('Au (d’autres dates)').fill(toParisDateTime(new Date()).slice(0, 10));
    await page.getByRole('button', { name: 'Obtenir mon attestation' }).click();
    await page.getByRole('heading', { name: 'Attestation d’engagement', level: 1 }).waitFor();
    const table = page.getByRole('table', { name: /^Interventions réalisées, du 1er janvier 2020 au / });
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'Date',
      'Intervention',
      'Modalité',
      'Public',
      'Jeunes touchés',
      'Durée',
    ]);
    expect(await page.locator('main').textContent()).toContain('La Région Hauts-de-France');
    code = (await page.locator('.attestation-code').textContent()) ?? '';
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    await expectAccessible(page);

    // On paper: the attestation only, on A4 (595 × 842 points).
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.locator('.no-print').isVisible()).toBe(false);
    expect(await page.locator('.attestation').isVisible()).toBe(true);
    expect(await page.locator('.brand').isVisible()).toBe(true);
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    // Chromium's default is US Letter (612 × 792): A4 comes from the stylesheet's @page.
    const boxes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [
      Math.round(Number(m[1])),
      Math.round(Number(m[2])),
    ]);
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) expect(box).toEqual([595, 842]);
    await page.close();
  }, 180_000);

  it('given the code, when a visitor checks it on the public page, then it says what the attestation states and that it is valid; a wrong code gets the one message', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 900 }, bypassCSP: true });
    await page.goto(`${dev.url}/attestation/verifier/`);
    await page.getByRole('heading', { name: 'Vérifier une attestation d’engagement', level: 1 }).waitFor();
    await expectAccessible(page);

    await page.getByLabel('Code de vérification').fill('ZZZZ-ZZZZ');
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await page.getByRole('heading', { name: 'Une réponse est à corriger' }).waitFor();
    expect(await page.locator('#erreur-code').textContent()).toContain('aucune attestation ne correspond à ce code');
    await expectAccessible(page);

    await page.getByLabel('Code de vérification').fill(` ${code.toLowerCase().replace('-', ' ')}`);
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await page.getByRole('heading', { name: 'Attestation valide' }).waitFor();
    expect(await page.getByRole('status').textContent()).toContain('toujours valable');
    expect(await page.locator('main dt').allTextContents()).toContain('Délivrée à');
    await expectAccessible(page);
    await page.close();
  });

  it('given the account deleted, then the code reads « révoquée »', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    const email = await ambassadorWithInterventions(page);
    await page.getByRole('main').getByRole('link', { name: 'Gérer mon profil', exact: true }).click();
    await page.getByRole('checkbox', { name: /seront effacés définitivement/ }).check();
    await page.getByRole('button', { name: 'Supprimer mon compte' }).click();
    await page.getByRole('heading', { name: 'Compte supprimé' }).waitFor();
    expect(email).toMatch(/^demo\+02-/);

    await page.goto(`${dev.url}/attestation/verifier/`);
    await page.getByLabel('Code de vérification').fill(code);
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await page.getByRole('heading', { name: 'Attestation révoquée' }).waitFor();
    expect(await page.getByRole('status').textContent()).toBe('Cette attestation a été révoquée.');
    expect(await page.locator('main dl').count()).toBe(0);
    await expectAccessible(page);
    await page.close();
  }, 120_000);
});
