/**
 * The mini-stage path in Chromium on the main command's dev server (dev mailbox), with a company
 * profile and an offer of this test written into the copy (the demo companies and offers come from
 * other branches): a collège applies for a pupil under 16, corrects what the server refused (dates
 * longer than the stage), confirms its address by link; the company's
 * contact opens the application from its mail and accepts; the collège is told; signed in to
 * « Mes demandes », it finds the application and withdraws it. axe-core on every page at 390 px,
 * screenshots in a temporary folder.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { stringify } from 'yaml';
import { checkPage, devMailbox, launchBrowser } from './support/browser.ts';
import { startDevServerOnCopy, type DevServer } from './support/dev-server.ts';
import { makeOffer } from './support/ministages.ts';

const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const SCREENSHOTS = mkdtempSync(join(tmpdir(), 'mini-stage-'));

let browser: Browser;
let dev: DevServer;

/** A company profile, as the CMS writes one (the demo companies are another branch's). */
const company = {
  type: 'company',
  displayName: 'Le Fournil du Nord',
  jobTitle: 'Boulangerie artisanale',
  sector: 'G',
  siret: '44306184100047',
  sizeBand: 'micro',
  presentation: 'Une boulangerie de quartier à Lille : douze personnes, du fournil à la boutique, ouvertes aux collégiens curieux.',
  careerPath: 'Fondée en 1998, la boulangerie forme chaque année des apprentis en CAP boulanger et pâtissier avec la chambre de métiers.',
  interventions: ['discovery_internship', 'company_visit'],
  publics: ['middle_school'],
  modalities: ['in_person'],
  departments: ['59'],
  homeCommune: '59350',
  position: '{"type":"Point","coordinates":[3.0573,50.6311]}',
  status: 'published',
  createdAt: '2025-09-01',
  updatedAt: '2025-09-01',
};

beforeAll(async () => {
  [dev, browser] = await Promise.all([
    startDevServerOnCopy(4411, 8101, { DEMO_ACTIVITY: 'off' }, (root) => {
      writeFileSync(join(root, 'src/content/ambassadors/59/fournil-du-nord-e2e.yaml'), stringify(company));
      mkdirSync(join(root, 'src/content/offers'), { recursive: true });
      writeFileSync(
        join(root, 'src/content/offers/boulanger-e2e.yaml'),
        stringify(makeOffer({ company: '59/fournil-du-nord-e2e', periods: [{ start: day(14), end: day(20) }] })),
      );
    }),
    launchBrowser(),
  ]);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await dev?.stop();
});

const check = (page: Page, name: string) => checkPage(page, SCREENSHOTS, name);

const mailbox = () => devMailbox(dev.url);

async function linkIn(subject: string, path: string): Promise<string> {
  const link = (await mailbox()).find((m) => m.subject === subject)?.links.find((l) => l.includes(path));
  if (!link) throw new Error(`Pas de courriel « ${subject} » avec un lien ${path}`);
  return link;
}

describe('applying for a mini-stage', () => {
  it('given an open offer, when a collège applies, corrects, confirms and the company accepts, then the collège is told', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    expect((await page.goto(`${dev.url}/api/mini-stages?offre=inconnue`))?.status()).toBe(404);
    await page.goto(`${dev.url}/api/mini-stages?offre=boulanger-e2e`);
    await page.getByRole('heading', { name: 'Demander le mini-stage « Découvrir le métier de boulanger »', level: 1 }).waitFor();
    await check(page, '1-formulaire');

    await page.getByRole('radio', { name: /L’établissement scolaire de l’élève \(professeur/ }).check();
    await page.getByLabel('Votre nom (transmis à l’entreprise)').fill('Louise Martin');
    await page.getByLabel('Votre adresse e-mail').fill('louise.martin@example.org');
    await page.getByLabel('Établissement scolaire de l’élève', { exact: true }).fill('Collège Jean Macé');
    await page.getByLabel('Niveau de l’élève').selectOption('college_4_3');
    await page.getByLabel('Premier jour du stage').fill(day(15));
    await page.getByLabel('Dernier jour du stage').fill(day(18));
    await page.getByRole('group', { name: 'Qui signe la convention de stage ?' }).getByRole('radio').first().check();
    await page.getByRole('radio', { name: 'Oui, moins de 16 ans' }).check();
    await page.getByLabel('Adulte à joindre pendant le stage (élève de moins de 16 ans)').fill('Paul Durand');
    await page.getByLabel('Téléphone de cet adulte').fill('06 12 34 56 78');
    await page.getByRole('button', { name: 'Envoyer la candidature' }).click();
    await page.getByRole('heading', { name: 'Une réponse est à corriger' }).waitFor();
    expect(await page.getByLabel('Dernier jour du stage').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Premier jour du stage').inputValue()).toBe(day(15));
    await check(page, '2-formulaire-a-corriger');

    await page.getByLabel('Dernier jour du stage').fill(day(17));
    await page.getByRole('button', { name: 'Envoyer la candidature' }).click();
    await page.getByRole('heading', { name: 'Vérifiez votre messagerie' }).waitFor();
    await check(page, '3-verifiez-votre-messagerie');

    await page.goto(await linkIn('Confirmez votre candidature à un mini-stage', '/api/demandes/mini-stages/confirmer'));
    await check(page, '4-confirmer');
    await page.getByRole('button', { name: 'Confirmer et envoyer ma candidature' }).click();
    await page.getByRole('heading', { name: 'Candidature transmise' }).waitFor();

    await page.goto(await linkIn('Candidature à votre mini-stage : Découvrir le métier de boulanger', '/api/mini-stages/reponse'));
    expect(await page.content()).not.toContain('louise.martin@example.org');
    expect(await page.content()).not.toContain('06 12 34 56 78');
    await check(page, '5-reponse-entreprise');
    await page.getByLabel('Un mot pour le demandeur (facultatif)').fill('Rendez-vous à 7 h devant le fournil.');
    await page.getByRole('button', { name: 'Accepter la candidature' }).click();
    await page.getByRole('status').getByText('Candidature acceptée').waitFor();
    await page.getByText('Paul Durand, 06 12 34 56 78').waitFor();
    await check(page, '6-acceptee');

    const toCollege = (await mailbox()).filter((m) => m.recipient === 'louise.martin@example.org').map((m) => m.subject);
    expect(toCollege).toEqual(
      expect.arrayContaining([
        'Confirmez votre candidature à un mini-stage',
        'Votre candidature est transmise à Le Fournil du Nord',
        'Mini-stage accepté : Découvrir le métier de boulanger',
      ]),
    );

    // The collège signs in to « Mes demandes », finds the application and withdraws it.
    await page.goto(`${dev.url}/mes-demandes/`);
    await page.getByLabel('Votre adresse e-mail').fill('louise.martin@example.org');
    await page.getByRole('button', { name: 'Recevoir mon lien' }).click();
    await page.getByRole('heading', { name: 'Demande reçue' }).waitFor();
    await page.goto(await linkIn('Votre lien pour voir vos demandes', '/api/demandes/mes-demandes/session'));
    await page.getByRole('button', { name: 'Voir mes demandes' }).click();
    await page.getByRole('heading', { name: 'Mes candidatures à des mini-stages', level: 2 }).waitFor();
    await check(page, '7-mes-demandes');
    await page.getByRole('link', { name: 'Annuler cette candidature : Découvrir le métier de boulanger' }).click();
    await page.getByRole('heading', { name: 'Annuler une candidature à un mini-stage', level: 1 }).waitFor();
    await check(page, '8-annuler');
    await page.getByRole('button', { name: 'Annuler ma candidature' }).click();
    await page.getByRole('status').getByText('Votre candidature est annulée.').waitFor();
    await check(page, '9-annulee');
    expect((await mailbox()).some((m) => m.subject === 'Candidature retirée : Découvrir le métier de boulanger')).toBe(true);
    console.log(`Captures d’écran : ${SCREENSHOTS}`);
    await page.close();
  }, 180_000);
});
