/**
 * The referents' space against the embedded Postgres: sign-in by emailed link for listed
 * addresses only, an HttpOnly session, and the confirmed applications of their territory.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  SESSION_COOKIE,
  applicationReviewHandler,
  applicationsHandler,
  referentSessionHandler,
  referentSignInHandler,
  referentSignOutHandler,
  territoryRequestsHandler,
} from '../src/server/handlers/referents.ts';
import { confirmApplication, submitApplication } from '../src/server/workflows/signup.ts';
import type { AppDeps } from '../src/server/deps.ts';
import type { RequestDeps } from '../src/server/workflows/requests/deps.ts';
import { mainText, parseHtml } from './support/html.ts';
import type { Referent } from '../src/server/referents.ts';
import { fileSystemWriter } from '../src/server/content/writer.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeApplicationInput, makeReferents, makeSettings } from './fixtures.ts';
import { manualClock, useTestDatabase } from './support/database.ts';

const SITE = 'https://ambassadeurs.example.org';
const referents = makeReferents();
const database = useTestDatabase();
let deps: AppDeps & RequestDeps & { referents: Referent[]; clock: ReturnType<typeof manualClock> };

beforeEach(async () => {
  await database().db.query(
    'DELETE FROM applications; DELETE FROM outbox; DELETE FROM link_tokens; DELETE FROM sessions; DELETE FROM rate_limits',
  );
  deps = {
    db: database().db,
    clock: manualClock(),
    settings: makeSettings(),
    siteUrl: SITE,
    referents,
    content: fileSystemWriter(mkdtempSync(join(tmpdir(), 'referents-'))),
  };
});

const form = (url: string, fields: Record<string, string>) =>
  new Request(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: SITE },
    body: new URLSearchParams(fields),
  });
const mails = () => database().db.query<{ recipient: string; text: string }>('SELECT recipient, text FROM outbox ORDER BY created_at');

async function signIn(email: string): Promise<string> {
  await referentSignInHandler(async () => deps)(form(`${SITE}/api/referents/connexion`, { email }));
  const token = /jeton=([\w-]+)/.exec((await mails()).at(-1)!.text)![1]!;
  const response = await referentSessionHandler(async () => deps)(form(`${SITE}/api/referents/session`, { jeton: token }));
  expect(response.status).toBe(303);
  const cookie = response.headers.get('Set-Cookie')!;
  expect(cookie).toMatch(
    new RegExp(`^${SESSION_COOKIE}=[\\w-]{43}; Path=/api/referents; HttpOnly; SameSite=Strict; Max-Age=28800; Secure$`),
  );
  return cookie.split(';')[0]!;
}

describe('referents’ space', () => {
  it('given a listed address, then a sign-in link is mailed; given any other, then the same page and no mail', async () => {
    const handler = referentSignInHandler(async () => deps);
    const listed = await (await handler(form(`${SITE}/api/referents/connexion`, { email: 'Claire@example.org' }))).text();
    const other = await (await handler(form(`${SITE}/api/referents/connexion`, { email: 'intrus@example.org' }))).text();
    expect(listed).toBe(other);
    expect((await mails()).map((m) => m.recipient)).toEqual(['claire@example.org']);
  });

  it('given a signed-in referent, then only confirmed applications of their départements are listed', async () => {
    await submitApplication(deps, makeApplicationInput({ email: 'nord@example.org', lastName: 'Nordiste' }));
    await submitApplication(
      deps,
      makeApplicationInput({ email: 'pdc@example.org', lastName: 'Audomaroise', homeCommune: '62765', position: '', departments: ['62'] }),
    );
    await submitApplication(deps, makeApplicationInput({ email: 'pas-confirme@example.org', lastName: 'Attente' }));
    for (const mail of (await mails()).filter((m) => m.recipient !== 'pas-confirme@example.org')) {
      await confirmApplication(deps, /jeton=([\w-]+)/.exec(mail.text)![1]!);
    }
    const cookie = await signIn('claire@example.org');
    const page = await (
      await applicationsHandler(async () => deps)(new Request(`${SITE}/api/referents/candidatures`, { headers: { Cookie: cookie } }))
    ).text();
    expect(page).toContain('Camille Nordiste');
    expect(page).toContain('Oui : extrait de casier à vérifier');
    expect(page).not.toContain('Audomaroise');
    expect(page).not.toContain('Attente');
  });

  it('given no session, an expired one or a used link, then access is refused', async () => {
    const list = applicationsHandler(async () => deps);
    expect((await list(new Request(`${SITE}/api/referents/candidatures`))).status).toBe(401);
    const cookie = await signIn('sophie@example.org');
    deps.clock.advance(8 * 3_600_000);
    expect((await list(new Request(`${SITE}/api/referents/candidatures`, { headers: { Cookie: cookie } }))).status).toBe(401);
    const token = /jeton=([\w-]+)/.exec((await mails()).at(-1)!.text)![1]!;
    const again = await referentSessionHandler(async () => deps)(form(`${SITE}/api/referents/session`, { jeton: token }));
    expect(again.status).toBe(410);
  });

  it('given an id that is not one the tables use, then the review and the reassignment answer 4xx in French, not 503', async () => {
    const cookie = await signIn('claire@example.org');
    const get = (url: string) => new Request(url, { headers: { Cookie: cookie } });
    const post = (url: string, fields: Record<string, string>) => {
      const request = form(url, fields);
      request.headers.set('Cookie', cookie);
      return request;
    };
    for (const id of ['abc', "1' OR '1'='1", '']) {
      const shown = await applicationReviewHandler(async () => deps)(get(`${SITE}/api/referents/candidature?id=${encodeURIComponent(id)}`));
      expect(shown.status, `GET ${id}`).toBe(404);
      const decided = await applicationReviewHandler(async () => deps)(
        post(`${SITE}/api/referents/candidature`, { id, decision: 'refuser', reason: 'Un motif assez long pour être accepté.' }),
      );
      expect(decided.status, `POST review ${id}`).toBe(404);
      expect(mainText(await decided.text())).toContain('Cette inscription a déjà été traitée');
      const moved = await territoryRequestsHandler(async () => deps)(post(`${SITE}/api/referents/demandes`, { id, ambassador: '59/x' }));
      expect(moved.status, `POST reassign ${id}`).toBe(404);
      expect(mainText(await moved.text())).toContain('Demande introuvable');
    }
  });

  it('given a signed-in referent, when they sign out, then the session is gone, the cookie cleared and the pages ask for a new link', async () => {
    const cookie = await signIn('claire@example.org');
    const list = applicationsHandler(async () => deps);
    const page = await (await list(new Request(`${SITE}/api/referents/candidatures`, { headers: { Cookie: cookie } }))).text();
    const button = parseHtml(page).querySelector('form[action="/api/referents/deconnexion"]');
    expect(button?.getAttribute('method')).toBe('post');
    expect(button?.text).toContain('Se déconnecter');

    const signOut = referentSignOutHandler(async () => deps);
    const post = (origin: string) =>
      new Request(`${SITE}/api/referents/deconnexion`, { method: 'POST', headers: { Origin: origin, Cookie: cookie } });
    expect((await signOut(new Request(`${SITE}/api/referents/deconnexion`, { headers: { Cookie: cookie } }))).status).toBe(405);
    expect((await signOut(post('https://ailleurs.example'))).status).toBe(403);
    expect(await database().db.query('SELECT 1 FROM sessions')).toHaveLength(1);

    const response = await signOut(post(SITE));
    expect(response.status).toBe(200);
    expect(response.headers.get('Set-Cookie')).toBe(
      `${SESSION_COOKIE}=; Path=/api/referents; HttpOnly; SameSite=Strict; Max-Age=0; Secure`,
    );
    expect(mainText(await response.text())).toContain('Votre session est fermée');
    expect(await database().db.query('SELECT 1 FROM sessions')).toHaveLength(0);
    expect((await list(new Request(`${SITE}/api/referents/candidatures`, { headers: { Cookie: cookie } }))).status).toBe(401);
    // Signing out twice (another tab) says the same.
    expect((await signOut(post(SITE))).status).toBe(200);
  });
});
