/**
 * « Je ne sais pas qui solliciter » in Chromium on the main command's dev server (demo network,
 * dev mailbox): from the directory, a teacher describes a need once, corrects what the server
 * refused, confirms her address by link; the need reaches five demo ambassadors of the Nord; the
 * first to accept wins (the teacher learns who), and another invited ambassador's link then says
 * the need was filled, with thanks. axe-core on every new page at 390 px, screenshots in a
 * temporary folder.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { checkPage, devMailbox, launchBrowser, type DevMail } from './support/browser.ts';
import { startDevServerOnCopy, type DevServer } from './support/dev-server.ts';

/** A Paris wall-clock time `days` from today (the form wants slots at least a day ahead). */
const daysAhead = (days: number, time: string) => `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;
const SCREENSHOTS = mkdtempSync(join(tmpdir(), 'besoin-partage-'));

let browser: Browser;
let dev: DevServer;

beforeAll(async () => {
  [dev, browser] = await Promise.all([startDevServerOnCopy(4399, 8091, { DEMO_ACTIVITY: 'off' }), launchBrowser()]);
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await dev?.stop();
});

const check = (page: Page, name: string) => checkPage(page, SCREENSHOTS, name);

const mailbox = () => devMailbox(dev.url);

const linkTo = (mail: DevMail | undefined, path: string) => {
  const link = mail?.links.find((l) => l.includes(path));
  if (!link) throw new Error(`Pas de lien ${path} dans « ${mail?.subject} »`);
  return link;
};

describe('a need sent to several ambassadors', () => {
  it('given the directory, when a teacher describes her need once and one ambassador accepts, then she learns who, and another invited one’s link says it was filled', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    await page.goto(`${dev.url}/ambassadeurs/`);
    await page.getByRole('link', { name: 'Décrivez votre besoin une seule fois' }).click();
    await page.getByRole('heading', { name: 'Je ne sais pas qui solliciter', level: 1 }).waitFor();
    await check(page, '1-formulaire');

    await page.getByLabel('Secteur d’activité').selectOption('H');
    await page.getByLabel('Département où aurait lieu l’intervention').selectOption('59');
    await page.getByLabel('Type d’intervention').selectOption('classroom_talk');
    await page.getByLabel('Public').selectOption('high_school');
    await page.getByLabel('Nombre de participants').fill('28');
    await page.getByLabel('Modalité').selectOption('in_person');
    await page.getByLabel('Créneau 1', { exact: true }).fill(daysAhead(12, '14:00'));
    await page.getByLabel('Créneau 2 (facultatif)').fill(daysAhead(13, '10:00'));
    await page.getByLabel('Votre message').fill('Nos élèves de seconde découvrent les métiers de l’industrie agroalimentaire.');
    await page.getByLabel('Vous êtes', { exact: true }).selectOption('school');
    await page.getByLabel('Votre nom (transmis à l’ambassadeur)').fill('Louise Martin');
    await page.getByLabel('Votre adresse e-mail').fill('louise.martin@example.org');
    await page.getByLabel('Votre fonction (établissement ou structure)').fill('Professeure principale');
    await page.getByLabel('Nom de l’établissement ou de la structure').fill('Lycée Faidherbe');
    await page.getByRole('button', { name: 'Envoyer mon besoin' }).click();
    // The UAI is missing: said by the field, what was typed kept.
    await page.getByRole('heading', { name: 'Une réponse est à corriger' }).waitFor();
    expect(await page.getByLabel('Code UAI de l’établissement scolaire').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Secteur d’activité').inputValue()).toBe('H');
    await check(page, '2-formulaire-a-corriger');
    await page.getByLabel('Code UAI de l’établissement scolaire').fill('0590117G');
    await page.getByRole('button', { name: 'Envoyer mon besoin' }).click();
    await page.getByRole('heading', { name: 'Vérifiez votre messagerie' }).waitFor();
    await check(page, '3-verifiez-votre-messagerie');

    const confirmation = (await mailbox()).find((m) => m.subject === 'Confirmez votre besoin d’intervention');
    await page.goto(linkTo(confirmation, '/api/demandes/besoin/confirmer'));
    await check(page, '4-confirmer');
    await page.getByRole('button', { name: 'Confirmer et envoyer mon besoin' }).click();
    await page.getByRole('heading', { name: 'Besoin transmis' }).waitFor();
    await page.getByText('Votre besoin est proposé à 5 ambassadeurs disponibles.').waitFor();
    await check(page, '5-besoin-transmis');

    const invitations = (await mailbox()).filter((m) => m.subject.startsWith('Besoin d’un ambassadeur'));
    expect(invitations).toHaveLength(5);
    expect(new Set(invitations.map((m) => m.recipient)).size).toBe(5);
    expect((await mailbox()).filter((m) => m.recipient === 'louise.martin@example.org').map((m) => m.subject)).toContain(
      'Votre besoin est proposé à 5 ambassadeurs',
    );

    // One invited ambassador opens it and accepts the first slot.
    const [first, second] = invitations;
    await page.goto(linkTo(first, '/api/demandes/fil'));
    await page.getByText('Ce besoin est proposé à 5 ambassadeurs disponibles').waitFor();
    expect(await page.content()).not.toContain('louise.martin@example.org');
    await check(page, '6-besoin-ouvert');
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Accepter ce créneau' }).click();
    await page.getByRole('status').getByText('La demande est acceptée').waitFor();

    // The teacher is told who accepted; the four others are thanked.
    const after = await mailbox();
    expect(after.filter((m) => m.recipient === 'louise.martin@example.org' && / a accepté votre demande$/.test(m.subject))).toHaveLength(1);
    expect(after.filter((m) => m.subject === 'Besoin pourvu : merci de votre disponibilité')).toHaveLength(4);

    // Another invited ambassador's link now says the need was filled, and offers nothing to do.
    await page.goto(linkTo(second, '/api/demandes/fil'));
    await page.getByText('Ce besoin a été pourvu par un autre ambassadeur').waitFor();
    expect(await page.getByRole('button', { name: 'Accepter ce créneau' }).count()).toBe(0);
    await check(page, '7-besoin-pourvu');
    console.log(`Captures d’écran : ${SCREENSHOTS}`);
    await page.close();
  }, 180_000);
});
