/**
 * The call for ambassadors in Chromium: the pages the functions answer (their real handlers over
 * the embedded Postgres, served with the site's stylesheet) at 1280 and 390 px. Claire counts the
 * industry ambassadors of the Nord and invites them; an ambassador opens the yes link, confirms,
 * then withdraws from « Gérer ma participation ». No page scrolls sideways and axe-core finds no
 * violation on any of them.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { eventAnswerHandler, eventCallHandler, eventCallsHandler, eventParticipationHandler } from '../src/server/handlers/event-call.ts';
import { EVENT_ANSWER_PATH, EVENT_CALLS_PATH, EVENT_PARTICIPATION_PATH } from '../src/views/event-call/paths.ts';
import { insertAmbassador } from './support/ambassadors.ts';
import { axeViolations, launchBrowser } from './support/browser.ts';
import { manualClock, useTestDatabase } from './support/database.ts';
import { eventCallWorld, linkIn, referentCookie, type EventCallWorld } from './support/event-call.ts';
import { outbox } from './support/http.ts';

const database = useTestDatabase();
let browser: Browser;
let server: Server;
let base: string;
let world: EventCallWorld;

const PUBLIC = new URL('../public/', import.meta.url);

beforeAll(async () => {
  browser = await launchBrowser();
  world = eventCallWorld(database().db, manualClock('2026-11-02T09:00:00Z'));
  const deps = async () => world.deps;
  const routes: Record<string, (req: Request) => Promise<Response>> = {
    [EVENT_CALLS_PATH]: eventCallsHandler(deps),
    '/api/referents/evenement': eventCallHandler(deps),
    [EVENT_ANSWER_PATH]: eventAnswerHandler(deps),
    [EVENT_PARTICIPATION_PATH]: eventParticipationHandler(deps),
  };
  server = createServer(async (incoming, outgoing) => {
    const url = new URL(incoming.url ?? '/', base);
    const route = routes[url.pathname];
    if (!route) {
      const file = url.pathname === '/styles/site.css' || url.pathname === '/favicon.svg' ? new URL(`.${url.pathname}`, PUBLIC) : undefined;
      outgoing.writeHead(file ? 200 : 404, { 'Content-Type': url.pathname.endsWith('.css') ? 'text/css' : 'image/svg+xml' });
      outgoing.end(file ? readFileSync(file) : '');
      return;
    }
    const response = await route(await toRequest(incoming, url));
    outgoing.writeHead(response.status, Object.fromEntries(response.headers));
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function toRequest(incoming: IncomingMessage, url: URL): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') headers.set(name, value);
  return new Request(url, {
    method: incoming.method ?? 'GET',
    headers,
    ...(incoming.method === 'POST' ? { body: Buffer.concat(chunks) } : {}),
  });
}

let shot = 0;
/** No sideways scrolling, and no axe-core violation. With SCREENSHOT_DIR set, each page checked is saved there. */
async function checkPage(page: Page, width: number) {
  if (process.env.SCREENSHOT_DIR) {
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/appel-${width}-${String(++shot).padStart(2, '0')}.png`, fullPage: true });
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  expect(await axeViolations(page)).toEqual([]);
}

describe('the call for ambassadors in a browser', () => {
  for (const width of [1280, 390]) {
    it(`given ${width} px, when Claire invites the industry ambassadors and one answers yes then withdraws, then every page is accessible`, async () => {
      const db = database().db;
      await db.query(
        'DELETE FROM event_invitations; DELETE FROM event_calls; DELETE FROM ambassadors; DELETE FROM applications; DELETE FROM outbox',
      );
      for (let i = 0; i < 3; i++)
        await insertAmbassador(db, { sector: 'H', displayName: `Industrie ${i}`, email: `industrie${i}@example.org` });
      await insertAmbassador(db, { sector: 'J', email: 'sante@example.org' });
      const [name, value] = (await referentCookie(db, world.deps.clock, 'claire@example.org')).split('=');
      // bypassCSP: axe-core is injected as a script, which the pages' CSP rightly forbids.
      const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
      await context.addCookies([{ name: name!, value: value!, url: `${base}/api/referents/` }]);
      const page = await context.newPage();

      await page.goto(`${base}${EVENT_CALLS_PATH}`);
      await checkPage(page, width);
      await page.getByRole('link', { name: 'Forum des métiers de Lille' }).click();
      await page.getByRole('heading', { level: 1, name: 'Appel aux ambassadeurs : Forum des métiers de Lille' }).waitFor();
      await page.getByRole('checkbox', { name: 'Industrie', exact: true }).check();
      await page.getByRole('button', { name: 'Compter les ambassadeurs' }).click();
      await page.getByText('3 ambassadeurs correspondent à ces critères.').waitFor();
      await checkPage(page, width);
      await page.getByRole('button', { name: 'Inviter ces 3 ambassadeurs' }).click();
      await page.getByText('3 ambassadeurs sont invités').waitFor();
      await checkPage(page, width);

      const mail = (await outbox(db)).find((m) => m.template === 'animation_event_invitation' && m.recipient === 'industrie0@example.org')!;
      await page.goto(`${base}${EVENT_ANSWER_PATH}?jeton=${linkIn(mail.text, EVENT_ANSWER_PATH)}&reponse=oui`);
      await checkPage(page, width);
      await page.getByRole('button', { name: 'Oui, je participe' }).click();
      await page.getByRole('heading', { level: 1, name: 'Votre participation est confirmée' }).waitFor();
      await checkPage(page, width);
      expect(world.file().confirmedAmbassadors).toHaveLength(1);

      const confirmation = (await outbox(db)).find((m) => m.template === 'event_confirmed')!;
      await page.goto(`${base}${EVENT_PARTICIPATION_PATH}?jeton=${linkIn(confirmation.text, EVENT_PARTICIPATION_PATH)}`);
      await checkPage(page, width);
      await page.getByRole('button', { name: 'Me désister' }).click();
      await page.getByRole('heading', { level: 1, name: 'C’est noté' }).waitFor();
      await checkPage(page, width);
      expect(world.file().confirmedAmbassadors).toBeUndefined();
      await context.close();
    });
  }
});
