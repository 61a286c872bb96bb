/**
 * The referents' dashboard in Chromium on the main command's dev server (demo network, dev
 * mailbox, follow-up at a chosen date). Requests are made the way people make them, over HTTP:
 * sent from the form, confirmed by their link, accepted or declined from the ambassador's
 * thread, completed by the follow-up job, given feedback; then the regional coordinator signs in
 * and lands on the dashboard. axe-core at 1280 px and 390 px, screenshots in a temporary folder.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser } from './support/browser.ts';
import { startDevServerOnCopy, type DevServer } from './support/dev-server.ts';
import { parseHtml } from './support/html.ts';
import { makeRequestInput } from './support/ambassadors.ts';

/** A Paris wall-clock time `days` from today (the form wants slots at least a day ahead). */
const daysAhead = (days: number, time: string) => `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;
const SCREENSHOTS = mkdtempSync(join(tmpdir(), 'tableau-de-bord-'));

let browser: Browser;
let dev: DevServer;

beforeAll(async () => {
  [dev, browser] = await Promise.all([startDevServerOnCopy(4398, 8090), launchBrowser()]);
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await dev?.stop();
});

interface Mail {
  subject: string;
  recipient: string;
  links: string[];
}

async function mailbox(): Promise<Mail[]> {
  const html = parseHtml(await (await fetch(`${dev.url}/api/dev/courriels`)).text());
  return html.querySelectorAll('article').map((article) => ({
    subject: article.querySelector('h2')?.text ?? '',
    recipient: /À : (\S+)/.exec(article.querySelector('p.muted')?.text ?? '')?.[1] ?? '',
    links: article.querySelectorAll('a').map((a) => a.getAttribute('href') ?? ''),
  }));
}

/** The token of the link to `path` in the newest mail whose subject matches (and to `recipient`, if given). */
async function newestToken(subject: RegExp, path: string, recipient?: string): Promise<string> {
  const mail = (await mailbox()).find((m) => subject.test(m.subject) && (recipient === undefined || m.recipient === recipient));
  const link = mail?.links.find((l) => l.includes(path));
  const token = link ? new URL(link).searchParams.get('jeton') : null;
  if (!token) throw new Error(`Pas de lien ${path} dans un courriel « ${subject.source} »`);
  return token;
}

const post = (path: string, fields: Record<string, string>) =>
  fetch(`${dev.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: dev.url },
    body: new URLSearchParams(fields),
    redirect: 'manual',
  });

/** What a demo ambassador offers, read from their request form (the first option of each list). */
async function offers(path: string): Promise<Record<string, string> | undefined> {
  const response = await fetch(`${dev.url}/api/demandes?ambassadeur=${encodeURIComponent(path)}`);
  if (response.status !== 200) return undefined;
  const form = parseHtml(await response.text());
  const first = (name: string) => form.querySelector(`select[name="${name}"] option[value]:not([value=""])`)?.getAttribute('value');
  const [intervention, publicCode, modality] = [first('intervention'), first('public'), first('modality')];
  return intervention && publicCode && modality ? { intervention, public: publicCode, modality } : undefined;
}

/** Sends, confirms and hands over a request from a school; the ambassador's thread token, or undefined if the ambassador takes none. */
async function sentRequest(path: string, n: number): Promise<string | undefined> {
  const offered = await offers(path);
  if (!offered) return undefined;
  const email = `enseignant${n}@example.org`;
  const fields = Object.fromEntries(
    Object.entries(
      makeRequestInput(path, {
        ...offered,
        email,
        name: `Enseignant ${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[n]}`, // a name has no digit
        department: path.split('/')[0],
        level: n % 2 ? 'college_4_3' : 'lycee_seconde',
        slot1: daysAhead(3 + n, '14:00'),
        slot2: daysAhead(4 + n, '10:00'),
      }),
    ).map(([k, v]) => [k, String(v)]),
  );
  const sent = await post('/api/demandes', fields);
  if (sent.status !== 200) return undefined;
  const confirmed = await post('/api/demandes/confirmer', {
    jeton: await newestToken(/^Confirmez votre demande/, '/api/demandes/confirmer', email),
  });
  expect(confirmed.status).toBeLessThan(400);
  return newestToken(/^Nouvelle demande/, '/api/demandes/fil');
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

describe('referents’ dashboard', () => {
  it('given requests made, answered and done on the demo network, then the coordinator’s dashboard shows them, accessible at 1280 px and 390 px', async () => {
    // The coordinator signs in first and lands on the dashboard of the whole Région (with the demo activity).
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await page.goto(`${dev.url}/referents/connexion/`);
    await page.getByLabel('Adresse e-mail professionnelle').fill('anne.roussel@example.org');
    await page.getByRole('button', { name: 'Recevoir un lien de connexion' }).click();
    await page.getByRole('heading', { name: 'Demande reçue' }).waitFor();
    await page.goto(`${dev.url}/api/referents/session?jeton=${await newestToken(/Votre lien de connexion/, '/api/referents/session')}`);
    await page.getByRole('button', { name: 'Me connecter' }).click();
    await page.getByRole('heading', { name: 'Tableau de bord', level: 1 }).waitFor();
    expect(await page.getByText('Chiffres de toute la Région').count()).toBe(1);
    const sentFigure = page.locator('section', { has: page.getByRole('heading', { name: 'Demandes envoyées', level: 3 }) }).last();
    const sentCount = async () =>
      Number(
        /(\d[\d\s\u202f\u00a0]*) demandes? envoyées? dans la période/.exec((await sentFigure.textContent()) ?? '')?.[1]?.replace(/\D/g, ''),
      );
    const before = await sentCount();
    expect(before).toBeGreaterThan(0);

    // Demo ambassadors of three départements; some take no request (paused, or nothing to offer): skipped.
    const paths = ['02', '59', '62', '80'].flatMap((d) =>
      readdirSync(`src/content/ambassadors/${d}`)
        .slice(0, 4)
        .map((f) => `${d}/${f.replace(/\.yaml$/, '')}`),
    );
    const threads: string[] = [];
    for (const [n, path] of paths.entries()) {
      if (threads.length === 8) break;
      const token = await sentRequest(path, n);
      if (token) threads.push(token);
    }
    expect(threads.length).toBeGreaterThanOrEqual(6);
    // Four accepted (first slot), one declined, the others left waiting.
    for (const token of threads.slice(0, 4))
      expect((await post('/api/demandes/fil', { jeton: token, action: 'accept', slot: '0' })).status).toBeLessThan(400);
    const declined = await post('/api/demandes/fil', {
      jeton: threads[4]!,
      action: 'decline',
      body: 'Je ne suis pas disponible ce mois-ci, désolé.',
    });
    expect(declined.status).toBeLessThan(400);
    // Some days after the slots: the accepted ones are done, the waiting ones escalated.
    expect((await post('/api/dev/suivi', { date: daysAhead(3 + paths.length + 12, '12:00') })).status).toBeLessThan(400);
    const feedback = await newestToken(/^Comment s’est passée l’intervention/, '/api/demandes/avis');
    expect(
      (await post('/api/demandes/avis', { jeton: feedback, satisfaction: '5', youngPeopleReached: '24', comment: '' })).status,
    ).toBeLessThan(400);

    await page.reload();
    await page.getByRole('heading', { name: 'Tableau de bord', level: 1 }).waitFor();
    expect(await sentCount()).toBe(before + threads.length);
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'Le réseau des ambassadeurs',
      'Les demandes et leurs réponses',
      'L’offre et la demande par département et secteur',
      'Les interventions réalisées et les avis',
      'Les mini-stages',
      'Équité et évaluation',
      'L’animation du réseau',
    ]);
    expect(await page.locator('figure.chart').count()).toBeGreaterThanOrEqual(6);
    await expectAccessible(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'tableau-de-bord-1280.png'), fullPage: true });

    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page);
    // Nothing wider than the screen but the tables that scroll in their own region.
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((e) => !e.closest('.table-scroll') && e.getBoundingClientRect().right > window.innerWidth + 1)
        .map((e) => e.tagName),
    );
    expect(overflowing).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'tableau-de-bord-390.png'), fullPage: true });

    // The period chooser works without script: a month, then one département.
    const schoolYears = await page.locator('#periode optgroup').first().locator('option').count();
    await page.getByLabel('Période', { exact: true }).selectOption({ index: schoolYears }); // the first month of the school year
    await page.getByLabel('Département', { exact: true }).selectOption('59');
    await page.getByRole('button', { name: 'Afficher' }).click();
    await page.getByText('Chiffres du département Nord (59)').waitFor();
    expect(new URL(page.url()).searchParams.get('departement')).toBe('59');
    await expectAccessible(page);
    await page.close();
    console.log(`Captures d’écran : ${SCREENSHOTS}`);
  }, 300_000);
});
