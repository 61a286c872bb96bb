/**
 * The pages of animation mail in Chromium, answered by the real handlers on the embedded Postgres
 * behind a small loopback server that also serves the site's stylesheet: a referent writes a
 * message, fixes an error, previews it and sends it; an ambassador opens the mail's unsubscribe
 * link and presses its button, then sees the choice in « Gérer mon profil ». axe-core on each page
 * at 1280 px and 390 px; screenshots in a temporary folder.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { fileSystemWriter } from '../src/server/content/writer.ts';
import type { AppDeps } from '../src/server/deps.ts';
import { referentMessagesHandler, unsubscribeHandler } from '../src/server/handlers/animation.ts';
import { dashboardHandler, referentSessionHandler, referentSignInHandler } from '../src/server/handlers/referents.ts';
import { manageLinkRequestHandler, profileSessionHandler, profileSpaceHandler } from '../src/server/handlers/self-service.ts';
import type { Referent } from '../src/server/referents.ts';
import { makeReferents, makeSettings } from './fixtures.ts';
import { insertAmbassador } from './support/ambassadors.ts';
import { axeViolations, launchBrowser } from './support/browser.ts';
import { useTestDatabase } from './support/database.ts';
import { cookieFrom, outbox, tokenIn } from './support/http.ts';

const SCREENSHOTS = mkdtempSync(join(tmpdir(), 'animation-'));
const PUBLIC = new URL('../public/', import.meta.url);
const database = useTestDatabase();
let deps: AppDeps & { referents: Referent[] };
let server: Server;
let site: string;
let browser: Browser;
/** The sessions the loopback server adds to the requests of each space (the cookies are Secure, the server plain HTTP). */
const sessions: Record<string, string> = {};

type Handler = (req: Request, context?: { ip?: string }) => Promise<Response>;
const provider = async () => deps;
const ROUTES: Record<string, Handler> = {
  '/api/referents/messages': referentMessagesHandler(provider),
  '/api/referents/tableau-de-bord': dashboardHandler(provider),
  '/api/desabonnement': unsubscribeHandler(provider),
  '/api/profil': profileSpaceHandler(provider),
};

async function toRequest(req: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers(req.headers as Record<string, string>);
  const space = Object.keys(sessions).find((prefix) => req.url!.startsWith(prefix));
  if (space) headers.set('Cookie', sessions[space]!);
  return new Request(`${site}${req.url}`, {
    method: req.method ?? 'GET',
    headers,
    ...(req.method === 'POST' ? { body: Buffer.concat(chunks) } : {}),
  });
}

beforeAll(async () => {
  deps = {
    db: database().db,
    clock: { now: () => new Date() },
    settings: makeSettings(),
    siteUrl: '',
    content: fileSystemWriter(mkdtempSync(join(tmpdir(), 'animation-contenu-'))),
    referents: makeReferents(),
  };
  server = createServer(async (req, res) => {
    const path = new URL(req.url!, 'http://x').pathname;
    const handler = ROUTES[path];
    if (!handler) {
      const file = path.startsWith('/styles/') || path === '/favicon.svg' ? new URL(`.${path}`, PUBLIC) : undefined;
      const type = path.endsWith('.css') ? 'text/css' : 'image/svg+xml';
      if (file) res.writeHead(200, { 'Content-Type': type }).end(readFileSync(file));
      else res.writeHead(404).end();
      return;
    }
    const response = await handler(await toRequest(req), { ip: '127.0.0.1' });
    res.writeHead(response.status, Object.fromEntries(response.headers)).end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  deps.siteUrl = site;
  browser = await launchBrowser();
  for (let i = 0; i < 3; i++) await insertAmbassador(database().db, { email: `ambassadeur-e2e-${i}@example.org` });
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const post = (path: string, fields: Record<string, string>) =>
  new Request(`${site}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: site },
    body: new URLSearchParams(fields),
  });

async function check(page: Page, name: string): Promise<string[]> {
  const found: string[] = [];
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
    for (const v of await axeViolations(page))
      found.push(`${name} ${width} px : ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }
  return found;
}

describe('animation pages in a browser', () => {
  it('given a referent and an ambassador, then every new page passes axe at both widths', async () => {
    await referentSignInHandler(provider)(post('/api/referents/connexion', { email: 'claire@example.org' }));
    const signIn = tokenIn((await outbox(database().db)).find((m) => m.template === 'referent_sign_in'));
    sessions['/api/referents'] = cookieFrom(await referentSessionHandler(provider)(post('/api/referents/session', { jeton: signIn })));

    // axe-core is injected as a script, which the pages' CSP forbids.
    const page = await browser.newPage({ bypassCSP: true });
    const violations: string[] = [];
    await page.goto(`${site}/api/referents/messages`);
    violations.push(...(await check(page, 'formulaire')));
    await page.fill('#subject', 'Oui');
    await page.fill('#body', 'Le forum des métiers de Lille cherche des ambassadeurs.\n\nInscrivez-vous auprès de moi.');
    // The message's form (above it, a GET form starts from a news item).
    const compose = 'main form[method="post"][action="/api/referents/messages"] button[type="submit"]';
    await page.click(compose);
    await expect.poll(() => page.locator('.error-summary').count()).toBe(1);
    violations.push(...(await check(page, 'formulaire-erreurs')));
    await page.fill('#subject', 'Forum des métiers de Lille');
    await page.click(compose);
    await expect.poll(() => page.title()).toMatch(/^Aperçu du message/);
    expect(await page.locator('.status-message').textContent()).toContain('Ce message partira vers 3 ambassadeurs');
    violations.push(...(await check(page, 'apercu')));
    await page.click('button:has-text("Envoyer à 3 ambassadeurs")');
    await expect.poll(() => page.url()).toContain('fait=envoye');
    violations.push(...(await check(page, 'envoye')));
    await page.goto(`${site}/api/referents/tableau-de-bord`);
    expect(await page.locator('#messages-animation').count()).toBe(1);
    violations.push(...(await check(page, 'tableau-de-bord')));

    const mail = (await outbox(database().db)).find((m) => m.template === 'animation_message')!;
    await page.goto(`${site}/api/desabonnement?jeton=${tokenIn(mail)}`);
    violations.push(...(await check(page, 'desabonnement')));
    await page.click('main form button[type="submit"]');
    await expect.poll(() => page.locator('.status-message').textContent()).toContain('vous ne recevrez plus');
    violations.push(...(await check(page, 'desabonnement-fait')));

    await manageLinkRequestHandler(provider)(post('/api/profil/lien', { email: mail.recipient }), { ip: '192.0.2.9' });
    const manage = tokenIn((await outbox(database().db)).find((m) => m.template === 'manage_profile_link'));
    sessions['/api/profil'] = cookieFrom(await profileSessionHandler(provider)(post('/api/profil/session', { jeton: manage })));
    await page.goto(`${site}/api/profil`);
    expect(await page.locator('#titre-animation + p + p').textContent()).toContain('ne recevez pas');
    await page.click('button:has-text("Recevoir les messages d’animation")');
    await expect.poll(() => page.url()).toContain('fait=avec-animation');
    violations.push(...(await check(page, 'gerer-mon-profil')));

    console.info(`Captures : ${SCREENSHOTS} ; axe : ${violations.length === 0 ? 'aucune violation' : violations.join(' ; ')}`);
    expect(violations).toEqual([]);
  });
});
