/**
 * Soliciting an ambassador in Chromium on the main command's dev server (functions, embedded
 * database with the demo network reachable through fictitious addresses, dev mailbox): the
 * form from a profile, the requester's confirmation, the ambassador accepting a slot, messages
 * both ways, the follow-up job run as if the date had passed, the feedback form, the requester's
 * « Mes demandes » (and a request sent while signed in), the referent's view of the territory's
 * requests, and the ambassador's agenda. axe-core on every new page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser } from './support/browser.ts';
import { startDevServerOnCopy, type DevServer } from './support/dev-server.ts';
import { formatParis, parseParisDateTime } from '../src/lib/paris-time.ts';

/** A Paris wall-clock time `days` from today (the form wants slots at least a day ahead). */
const daysAhead = (days: number, time: string) => `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;
const SLOT1 = daysAhead(9, '14:00');
const SLOT2 = daysAhead(10, '09:00');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let browser: Browser;
let dev: DevServer;

beforeAll(async () => {
  [dev, browser] = await Promise.all([startDevServerOnCopy(4396, 8087, { DEMO_ACTIVITY: 'off' }), launchBrowser()]);
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await dev?.stop();
});

async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/** Opens the newest mail whose subject matches, and follows its link. */
async function followMailLink(page: Page, subject: RegExp, link: RegExp): Promise<void> {
  await page.goto(`${dev.url}/api/dev/courriels`);
  const mail = page.locator('article', { has: page.getByRole('heading', { name: subject }) }).first();
  await mail.getByRole('link', { name: link }).first().click();
}

describe('soliciting an ambassador', () => {
  it('given a profile, when a teacher sends a request and the ambassador accepts, then they exchange messages and both can give feedback after the date', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    await page.goto(`${dev.url}/ambassadeurs/02/agnes-s-developpeuse-web/`);
    await page.getByRole('link', { name: 'Solliciter cet ambassadeur' }).click();
    await page.getByRole('heading', { name: 'Solliciter Agnès S.' }).waitFor();
    await expectAccessible(page);
    // Only what Agnès offers.
    expect(await page.getByLabel('Type d’intervention').locator('option').allTextContents()).toEqual([
      'Intervention en classe',
      'Forum / salon',
      'Témoignage individuel',
      'Échange à distance',
    ]);

    await page.getByLabel('Vous êtes', { exact: true }).selectOption('school');
    await page.getByLabel('Votre nom (transmis à l’ambassadeur)').fill('Louise Martin');
    await page.getByLabel('Votre adresse e-mail').fill('louise.martin@example.org');
    await page.getByLabel('Votre fonction (établissement ou structure)').fill('Professeure principale');
    await page.getByLabel('Nom de l’établissement ou de la structure').fill('Collège Jean Mermoz');
    await page.getByLabel('Type d’intervention').selectOption('classroom_talk');
    await page.getByLabel('Public').selectOption('middle_school');
    await page.getByLabel('Niveau ou classe (facultatif)').selectOption('college_4_3');
    await page.getByLabel('Nombre de participants').fill('26');
    await page.getByLabel('Modalité').selectOption('in_person');
    await page.getByLabel('Créneau 1', { exact: true }).fill(SLOT1);
    await page.getByLabel('Créneau 2 (facultatif)').fill(SLOT2);
    await page.getByLabel('Votre message').fill('Nos élèves de 3e préparent leurs vœux d’orientation et s’intéressent au numérique.');
    await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    // The UAI is missing: the server says so next to the field, and keeps what was typed.
    await page.getByRole('heading', { name: 'Une réponse est à corriger' }).waitFor();
    expect(await page.getByLabel('Code UAI de l’établissement scolaire').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Votre nom (transmis à l’ambassadeur)').inputValue()).toBe('Louise Martin');
    await expectAccessible(page);
    await page.getByLabel('Code UAI de l’établissement scolaire').fill('0021234X');
    await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await page.getByRole('heading', { name: 'Vérifiez votre messagerie' }).waitFor();
    await expectAccessible(page);

    await followMailLink(page, /Confirmez votre demande à Agnès S\./, /\/api\/demandes\/confirmer\?jeton=/);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Confirmer et envoyer ma demande' }).click();
    await page.getByRole('heading', { name: 'Demande transmise' }).waitFor();
    await expectAccessible(page);

    // The ambassador (demo address) opens the request and accepts the second slot.
    await followMailLink(page, /Nouvelle demande : Intervention en classe/, /\/api\/demandes\/fil\?jeton=/);
    await page.getByRole('heading', { name: /Intervention en classe – Louise Martin/ }).waitFor();
    expect(await page.content()).not.toContain('louise.martin@example.org');
    await expectAccessible(page);
    await page.getByRole('radio', { name: new RegExp(escapeRegExp(formatParis(parseParisDateTime(SLOT2)!))) }).check();
    await page.getByRole('button', { name: 'Accepter ce créneau' }).click();
    await page.getByRole('status').getByText('La demande est acceptée').waitFor();
    await page.getByLabel('Écrire à Louise Martin').fill('Bonjour, je viendrai avec quelques exemples de sites réalisés.');
    await page.getByRole('button', { name: 'Envoyer le message' }).click();
    await page.getByRole('status').getByText('Votre message est envoyé.').waitFor();
    await expectAccessible(page);

    // The teacher reads it from her mail and answers.
    await followMailLink(page, /Nouveau message de Agnès S\./, /\/api\/demandes\/fil\?jeton=/);
    await page.getByText('je viendrai avec quelques exemples').waitFor();
    expect(await page.getByText('Acceptée').count()).toBeGreaterThan(0);
    await page.getByLabel('Écrire à Agnès S.').fill('Parfait, la salle aura un vidéoprojecteur.');
    await page.getByRole('button', { name: 'Envoyer le message' }).click();
    await page.getByRole('status').getByText('Votre message est envoyé.').waitFor();
    await expectAccessible(page);
    await page.goto(`${dev.url}/api/dev/courriels`);
    await page.getByRole('heading', { name: 'Nouveau message de Louise Martin' }).waitFor();
    expect(await page.getByRole('heading', { name: /Agnès S\. a accepté votre demande/ }).count()).toBe(1);

    // The date passes: the follow-up job marks it done and asks both sides for feedback.
    await page.goto(`${dev.url}/api/dev/suivi`);
    await page.getByLabel('Faire comme si nous étions le').fill(SLOT2.replace('09:00', '12:00'));
    await page.getByRole('button', { name: 'Lancer le suivi' }).click();
    await page.getByText(/réalisées : 1/).waitFor();
    await followMailLink(page, /Comment s’est passée l’intervention/, /\/api\/demandes\/avis\?jeton=/);
    await expectAccessible(page);
    await page.getByRole('radio', { name: '5' }).check();
    await page.getByLabel('Nombre de jeunes rencontrés (facultatif)').fill('26');
    await page.getByRole('button', { name: 'Envoyer mon avis' }).click();
    await page.getByRole('heading', { name: 'Merci !' }).waitFor();
    await expectAccessible(page);
    await page.close();
  }, 180_000);

  it('given the Aisne referent, then the territory’s requests page opens from the referents’ space, without the request now done', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    await page.goto(`${dev.url}/referents/connexion/`);
    await page.getByLabel('Adresse e-mail professionnelle').fill('anne.roussel@example.org');
    await page.getByRole('button', { name: 'Recevoir un lien de connexion' }).click();
    await page.getByRole('heading', { name: 'Demande reçue' }).waitFor();
    await followMailLink(page, /Votre lien de connexion/, /\/api\/referents\/session\?jeton=/);
    await page.getByRole('button', { name: 'Me connecter' }).click();
    await page.getByRole('heading', { name: 'Tableau de bord', level: 1 }).waitFor();
    await page
      .getByRole('navigation', { name: 'Espace des référents' })
      .getByRole('link', { name: 'Demandes d’intervention de mon territoire' })
      .click();
    await page.getByRole('heading', { name: 'Demandes d’intervention de mon territoire' }).waitFor();
    // The request of the first test is done: it has left the open requests.
    expect(await page.getByText('Aucune demande en cours.').count()).toBe(1);
    await expectAccessible(page);
    await page.close();
  });

  it('given the teacher signs in to « Mes demandes », then she finds her request and its thread, and a new one made signed in goes straight to the ambassador', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    await page.goto(`${dev.url}/mes-demandes/`);
    await expectAccessible(page);
    await page.getByLabel('Votre adresse e-mail').fill('louise.martin@example.org');
    await page.getByRole('button', { name: 'Recevoir mon lien' }).click();
    await page.getByRole('heading', { name: 'Demande reçue' }).waitFor();
    await followMailLink(page, /Votre lien pour voir vos demandes/, /\/api\/demandes\/mes-demandes\/session\?jeton=/);
    await page.getByRole('button', { name: 'Voir mes demandes' }).click();
    await page.getByRole('heading', { name: 'Mes demandes', level: 1 }).waitFor();
    await expectAccessible(page);
    // The first test's request, done since.
    await page.getByRole('link', { name: 'Intervention en classe – Agnès S.' }).click();
    await page.getByRole('heading', { name: /Intervention en classe – Agnès S\./ }).waitFor();
    expect(await page.getByText('Réalisée').count()).toBeGreaterThan(0);

    await page.goto(`${dev.url}/ambassadeurs/02/agnes-s-developpeuse-web/`);
    await page.getByRole('link', { name: 'Solliciter cet ambassadeur' }).click();
    await page.getByRole('heading', { name: 'Solliciter Agnès S.' }).waitFor();
    expect(await page.getByLabel('Votre adresse e-mail').inputValue()).toBe('louise.martin@example.org');
    await page.getByLabel('Vous êtes', { exact: true }).selectOption('individual');
    await page.getByLabel('Votre nom (transmis à l’ambassadeur)').fill('Louise Martin');
    await page.getByLabel('Votre âge (demande à titre personnel)').fill('24');
    await page.getByLabel('Votre situation (demande à titre personnel)').selectOption('higher_education_student');
    await page.getByRole('radio', { name: 'Femme' }).check();
    await page.getByLabel('Type d’intervention').selectOption('individual_testimony');
    await page.getByLabel('Public').selectOption('students');
    await page.getByLabel('Niveau ou classe (facultatif)').selectOption('master_plus');
    await page.getByLabel('Nombre de participants').fill('1');
    await page.getByLabel('Modalité').selectOption('remote');
    await page.getByLabel('Créneau 1', { exact: true }).fill(daysAhead(12, '17:00'));
    await page.getByLabel('Votre message').fill('Je prépare une reconversion vers le développement web et aimerais votre témoignage.');
    await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await page.getByRole('heading', { name: 'Demande transmise' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Voir mes demandes' }).click();
    await page.getByRole('link', { name: 'Témoignage individuel – Agnès S.' }).waitFor();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('heading', { name: 'Vous êtes déconnecté' }).waitFor();
    await page.close();
  }, 120_000);

  it('given the ambassador of that request, then her agenda lists it among the past meetings and opens its thread, at 390 and 1280 px', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    await page.goto(`${dev.url}/gerer-mon-profil/`);
    await page.getByLabel('Votre adresse e-mail').fill('demo+02-agnes-s-developpeuse-web@example.org');
    await page.getByRole('button', { name: 'Recevoir mon lien' }).click();
    await page.getByRole('heading', { name: 'Demande reçue' }).waitFor();
    await followMailLink(page, /Votre lien pour gérer votre profil/, /\/api\/profil\/session\?jeton=/);
    await page.getByRole('button', { name: 'Ouvrir mon espace' }).click();
    await page.getByRole('link', { name: 'Mon agenda' }).click();
    await page.getByRole('heading', { name: 'Mon agenda', level: 1 }).waitFor();
    await expectAccessible(page);
    const entry = page
      .getByRole('region', { name: /Rendez-vous passés/ })
      .getByRole('link', { name: 'Intervention en classe – Louise Martin (Collège Jean Mermoz)' });
    await entry.waitFor();
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectAccessible(page);
    await entry.click();
    await page.getByRole('heading', { name: /Intervention en classe – Louise Martin/ }).waitFor();
    expect(page.url()).toContain('/api/demandes/fil?jeton=');
    await page.close();
  });
});
