/**
 * The signup journey in Chromium on the main command's dev server (functions, embedded
 * database, dev mailbox): form in steps with a wrong field, commune suggested by the Geo
 * API (replaced at the HTTP boundary), confirmation mail, link, confirmation, then the
 * département's referent signing in and approving the application (profile file written,
 * page served), then the ambassador managing their profile by emailed link (edit, pause,
 * export, delete). The second test continues the first's journey. The third sends the long form
 * with JavaScript off and corrects it. axe-core on every new page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser } from './support/browser.ts';
import { startDevServerOnCopy, type DevServer } from './support/dev-server.ts';

let browser: Browser;
let dev: DevServer;

beforeAll(async () => {
  [dev, browser] = await Promise.all([startDevServerOnCopy(4394, 8088), launchBrowser()]);
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await dev?.stop();
});

/** The national Geo API, as it answers for "Lil" in Hauts-de-France. */
async function fakeGeoApi(page: Page): Promise<void> {
  await page.route('https://geo.api.gouv.fr/**', (route) =>
    route.fulfill({
      contentType: 'application/json',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: JSON.stringify([
        { code: '59350', nom: 'Lille', codesPostaux: ['59000', '59160'], centre: { type: 'Point', coordinates: [3.0468, 50.6311] } },
        { code: '59346', nom: 'Lillers', codesPostaux: ['62190'], centre: { type: 'Point', coordinates: [2.4833, 50.5639] } },
      ]),
    }),
  );
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

describe('becoming an ambassador', () => {
  it('given the signup form, when a person fills it step by step and confirms by the emailed link, then the referent of its département approves it and the profile is published', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    await fakeGeoApi(page);
    await page.goto(`${dev.url}/devenir-ambassadeur/inscription/`);
    await expectAccessible(page);

    await page.getByRole('radio', { name: 'Professionnel ou professionnelle' }).check();
    await page.getByRole('button', { name: 'Étape suivante' }).click();

    // A step with a missing field says so next to it and keeps the person there.
    await page.getByLabel('Prénom').fill('Dominique');
    await page.getByRole('button', { name: 'Étape suivante' }).click();
    await expect.poll(() => page.locator('#erreur-lastName').textContent()).toBe('Nom : champ obligatoire.');
    expect(await page.getByLabel('Nom', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
    await page.getByLabel('Nom', { exact: true }).fill('Lefebvre');
    await page.getByLabel('Adresse e-mail').fill('dominique.lefebvre@example.org');
    await page.getByLabel('Nom affiché sur votre profil public').fill('Dominique L.');
    await page.getByRole('button', { name: 'Étape suivante' }).click();

    await page.getByLabel('Métier exercé ou formation suivie').fill('Chaudronnière');
    await page.getByLabel('Secteur').selectOption('H');
    await page.getByLabel('Présentation').fill('Je fabrique des pièces en tôle pour l’industrie ferroviaire, du plan à la soudure.');
    await page.getByLabel('Votre parcours').fill('CAP puis bac pro chaudronnerie en alternance, et dix ans dans la même entreprise.');
    await page.getByRole('button', { name: 'Étape suivante' }).click();

    await page.getByRole('checkbox', { name: 'Intervention en classe' }).check();
    await page.getByRole('checkbox', { name: 'Lycéens' }).check();
    await page.getByRole('checkbox', { name: 'Présentiel' }).check();
    await page.getByRole('checkbox', { name: 'Nord (59)' }).check();
    const commune = page.getByRole('combobox', { name: 'Votre commune de rattachement' });
    await commune.fill('Lil');
    await page.getByRole('option', { name: 'Lille (59000)' }).waitFor();
    await commune.press('ArrowDown');
    await commune.press('Enter');
    expect(await commune.inputValue()).toBe('Lille (59000)');
    await page.getByRole('button', { name: 'Étape suivante' }).click();

    await page.getByRole('checkbox', { name: /J’ai lu la charte/ }).check();
    await page.getByRole('button', { name: 'Envoyer mon inscription' }).click();
    await page.getByRole('heading', { name: 'Merci, votre inscription est reçue' }).waitFor();
    await expectAccessible(page);

    await page.goto(`${dev.url}/api/dev/courriels`);
    const link = page.getByRole('link', { name: /\/api\/inscription\/confirmer\?jeton=/ }).first();
    await link.click();
    await page.getByRole('heading', { name: 'Confirmer votre inscription' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Confirmer mon adresse' }).click();
    await page.getByRole('heading', { name: 'Adresse confirmée' }).waitFor();
    await expectAccessible(page);

    // The same link opened again says it has been used, without a button.
    await page.goBack();
    await page.reload();
    await page.getByText('Ce lien a déjà servi').waitFor();
    expect(await page.getByRole('button', { name: 'Confirmer mon adresse' }).count()).toBe(0);

    // The Nord referent (from the referents content) signs in by emailed link and finds it.
    await page.goto(`${dev.url}/referents/connexion/`);
    await expectAccessible(page);
    await page.getByLabel('Adresse e-mail professionnelle').fill('claire.vandenberghe@example.org');
    await page.getByRole('button', { name: 'Recevoir un lien de connexion' }).click();
    await page.getByRole('heading', { name: 'Demande reçue' }).waitFor();
    await page.goto(`${dev.url}/api/dev/courriels`);
    await page
      .getByRole('link', { name: /\/api\/referents\/session\?jeton=/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Me connecter' }).click();
    // The space opens on the dashboard; the applications are one link away.
    await page.getByRole('heading', { name: 'Tableau de bord', level: 1 }).waitFor();
    await page.getByRole('navigation', { name: 'Espace des référents' }).getByRole('link', { name: 'Inscriptions à valider' }).click();
    await page.getByRole('heading', { name: 'Inscriptions à valider' }).waitFor();
    expect(await page.getByRole('table').textContent()).toContain('Dominique Lefebvre');
    await expectAccessible(page);

    // The referent opens the application, types a date in the future, corrects it, approves.
    await page.getByRole('link', { name: 'Dominique Lefebvre' }).click();
    await page.getByRole('heading', { name: 'Inscription de Dominique Lefebvre' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Charte vérifiée le').fill('2099-11-02');
    await page.getByLabel('Extrait de casier judiciaire vérifié le').fill('2026-11-02');
    await page.getByRole('button', { name: 'Valider et publier le profil' }).click();
    await page.getByRole('heading', { name: 'Une réponse est à corriger' }).waitFor();
    expect(await page.getByLabel('Charte vérifiée le').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#erreur-charterCheckedOn').textContent()).toContain('la date ne peut pas être dans le futur');
    await expectAccessible(page);
    await page.getByLabel('Charte vérifiée le').fill('2026-11-02');
    await page.getByRole('button', { name: 'Valider et publier le profil' }).click();
    await page.getByRole('heading', { name: 'Inscription validée' }).waitFor();
    await expectAccessible(page);
    const profileFile = join(dev.root, 'src/content/ambassadors/59/dominique-l-chaudronniere.yaml');
    expect(readFileSync(profileFile, 'utf8')).toContain('jobTitle: Chaudronnière');

    // The dev server shows the new profile (content written to the file system).
    await expect
      .poll(async () => (await page.goto(`${dev.url}/ambassadeurs/59/dominique-l-chaudronniere/`))?.status(), { timeout: 30_000 })
      .toBe(200);
    await page.getByRole('heading', { name: 'Dominique L.', exact: true }).waitFor();
  }, 120_000);

  it('given a published ambassador, when they ask for their link, then they edit, download and delete their profile', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    await page.goto(`${dev.url}/gerer-mon-profil/`);
    await expectAccessible(page);
    await page.getByLabel('Votre adresse e-mail').fill('dominique.lefebvre@example.org');
    await page.getByRole('button', { name: 'Recevoir mon lien' }).click();
    await page.getByRole('heading', { name: 'Demande reçue' }).waitFor();
    await expectAccessible(page);

    await page.goto(`${dev.url}/api/dev/courriels`);
    await page
      .getByRole('link', { name: /\/api\/profil\/session\?jeton=/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Ouvrir mon espace' }).click();
    await page.getByRole('heading', { name: 'Gérer mon profil' }).waitFor();
    await expectAccessible(page);

    const profileFile = join(dev.root, 'src/content/ambassadors/59/dominique-l-chaudronniere.yaml');
    await page.getByLabel('Métier exercé ou formation suivie').fill('Chaudronnière soudeuse');
    await page.getByRole('checkbox', { name: 'Lycéens' }).uncheck();
    await page.getByRole('button', { name: 'Enregistrer mon profil' }).click();
    await page.getByRole('heading', { name: 'Une réponse est à corriger' }).waitFor();
    expect(await page.locator('#erreur-publics').textContent()).toContain('Publics');
    await expectAccessible(page);
    await page.getByRole('checkbox', { name: 'Lycéens' }).check();
    await page.getByRole('button', { name: 'Enregistrer mon profil' }).click();
    await page.getByText('Votre profil est enregistré').waitFor();
    expect(readFileSync(profileFile, 'utf8')).toContain('jobTitle: Chaudronnière soudeuse');

    await page.getByRole('button', { name: 'Mettre mon profil en pause' }).click();
    await page.getByRole('status').getByText('Votre profil est en pause').waitFor();
    expect(readFileSync(profileFile, 'utf8')).toContain('status: paused');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Télécharger toutes mes données/ }).click(),
    ]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported).toMatchObject({ identite: { email: 'dominique.lefebvre@example.org' }, compte: { enPause: true } });

    await page.getByRole('checkbox', { name: /Je comprends que mon profil/ }).check();
    await page.getByRole('button', { name: 'Supprimer mon compte' }).click();
    await page.getByRole('heading', { name: 'Compte supprimé' }).waitFor();
    await expectAccessible(page);
    expect(existsSync(profileFile)).toBe(false);
    await page.close();
  });

  it('given JavaScript off, when the long form is sent with a wrong field, then it comes back with the answers kept and the message next to the field, and once corrected it is sent', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${dev.url}/devenir-ambassadeur/inscription/`);
    await page.getByRole('radio', { name: 'Lycéen, étudiant ou apprenti' }).check();
    await page.getByLabel('Prénom').fill('Inès');
    await page.getByLabel('Nom', { exact: true }).fill('Benali');
    await page.getByLabel('Adresse e-mail').fill('ines.benali@example');
    await page.getByLabel('Nom affiché sur votre profil public').fill('Inès B.');
    await page.getByLabel('Métier exercé ou formation suivie').fill('BTS Électrotechnique');
    await page.getByLabel('Secteur').selectOption('H');
    await page.getByLabel('Présentation').fill('En deuxième année de BTS, je câble et je programme des armoires électriques.');
    await page.getByLabel('Votre parcours').fill('Bac pro MELEC, puis BTS en alternance dans une entreprise de maintenance industrielle.');
    await page.getByRole('checkbox', { name: 'Intervention en classe' }).check();
    await page.getByRole('checkbox', { name: 'Lycéens' }).check();
    await page.getByRole('checkbox', { name: 'Présentiel' }).check();
    await page.getByRole('checkbox', { name: 'Pas-de-Calais (62)' }).check();
    await page.getByLabel('Votre commune de rattachement').fill('Arras 62000');
    await page.getByRole('checkbox', { name: /J’ai lu la charte/ }).check();
    await page.getByRole('button', { name: 'Envoyer mon inscription' }).click();

    await page.getByRole('heading', { name: 'Quelques réponses sont à corriger' }).waitFor();
    const email = page.getByLabel('Adresse e-mail');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#erreur-email').textContent()).toContain('Adresse e-mail : vérifiez-la');
    expect(await page.getByLabel('Présentation').inputValue()).toContain('je câble et je programme');
    expect(await page.getByRole('checkbox', { name: 'Pas-de-Calais (62)' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /J’ai lu la charte/ }).isChecked()).toBe(true);
    // axe needs scripts: the same page, checked in a page that runs them, on the site's origin so its stylesheet loads.
    const html = await page.content();
    const checker = await browser.newPage({ bypassCSP: true });
    await checker.route(`${dev.url}/verification-axe/`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    await checker.goto(`${dev.url}/verification-axe/`);
    await expectAccessible(checker);
    await checker.close();

    await email.fill('ines.benali@example.org');
    await page.getByRole('button', { name: 'Envoyer mon inscription' }).click();
    await page.getByRole('heading', { name: 'Merci, votre inscription est reçue' }).waitFor();
    await page.goto(`${dev.url}/api/dev/courriels`);
    await page.getByText('ines.benali@example.org').first().waitFor();
    await context.close();
  });
});
