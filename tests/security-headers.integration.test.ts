/**
 * Every answer of every HTTP function carries the security headers itself (Netlify applies
 * netlify.toml's headers to static files only). The real function modules of
 * netlify/functions are loaded and walked with real Requests on the embedded Postgres:
 * each route by GET and by POST (foreign origin, then the site's own with an empty form),
 * then the pages reached by emailed links and sessions (request form, confirmation, thread,
 * sign-in, the referents' pages).
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeNetlifyDatabase } from '../src/server/db.ts';
import { SECURITY_HEADERS } from '../src/server/http.ts';
import { insertAmbassador, makeRequestInput } from './support/ambassadors.ts';
import { useTestDatabase } from './support/database.ts';
import { cookieFrom, formPost, get, outbox, tokenIn } from './support/http.ts';
import { parseHtml } from './support/html.ts';

type Handler = (req: Request, context: Record<string, unknown>) => Promise<Response>;
interface FunctionModule {
  default: Handler;
  config?: { path?: string };
}

const database = useTestDatabase();
const functionsDir = new URL('../netlify/functions/', import.meta.url);
const routes = new Map<string, Handler>();
const answers: { label: string; response: Response; body: string }[] = [];

beforeAll(async () => {
  // The functions reach the embedded database as they would a local one (never "deployed").
  process.env.NETLIFY_DB_URL = (database().pool.options as { connectionString: string }).connectionString;
  for (const file of readdirSync(functionsDir).filter((f) => f.endsWith('.mts'))) {
    const module = (await import(new URL(file, functionsDir).href)) as FunctionModule;
    if (module.config?.path) routes.set(module.config.path, module.default);
  }
});

afterAll(closeNetlifyDatabase);

async function call(label: string, req: Request): Promise<Response> {
  const path = new URL(req.url).pathname;
  const handler = routes.get(path);
  if (!handler) throw new Error(`Pas de fonction pour ${path}`);
  const response = await handler(req, { ip: '192.0.2.10' });
  answers.push({ label, response, body: await response.clone().text() });
  return response;
}

describe('security headers on every function answer', () => {
  it('given every route, by GET and POST, then each answer has the headers', async () => {
    expect(routes.size).toBeGreaterThanOrEqual(18);
    for (const path of routes.keys()) {
      await call(`GET ${path}`, get(path));
      await call(`POST ${path} (autre origine)`, formPost(path, {}, { origin: 'https://ailleurs.example' }));
      await call(`POST ${path} (vide)`, formPost(path, {}));
    }
    assertHeaders(answers);
  });

  it('given the pages reached by a link or a session, then each answer has the headers', async () => {
    const walked = answers.length;
    const db = database().db;
    // The functions run on the system clock: slots a few weeks ahead of today.
    const inWeeks = (weeks: number) => new Date(Date.now() + weeks * 7 * 86_400_000).toISOString().slice(0, 11) + '14:00';
    const valid = (path: string) => makeRequestInput(path, { slot1: inWeeks(3), slot2: inWeeks(4) });
    const ambassador = await insertAmbassador(db, {
      interventions: ['classroom_talk'],
      publics: ['high_school'],
      modalities: ['in_person'],
    });
    await call('formulaire de demande', get(`/api/demandes?ambassadeur=${encodeURIComponent(ambassador.path)}`));
    await call('formulaire de demande à corriger', formPost('/api/demandes', { ...valid(ambassador.path), email: 'pas-une-adresse' }));
    await call('demande envoyée', formPost('/api/demandes', valid(ambassador.path)));
    const confirmation = tokenIn((await outbox(db)).find((m) => m.template === 'confirm_request'));
    await call('page de confirmation', get(`/api/demandes/confirmer?jeton=${confirmation}`));
    await call('confirmation', formPost('/api/demandes/confirmer', { jeton: confirmation }));
    const threadToken = tokenIn((await outbox(db)).find((m) => m.template === 'request_to_ambassador'));
    await call('fil de la demande', get(`/api/demandes/fil?jeton=${threadToken}`));
    await call('message vide', formPost('/api/demandes/fil', { jeton: threadToken, action: 'message', body: '' }));
    await call('message', formPost('/api/demandes/fil', { jeton: threadToken, action: 'message', body: 'Bonjour, avec plaisir.' }));

    await call('lien de connexion', formPost('/api/referents/connexion', { email: 'claire.vandenberghe@example.org' }));
    const signIn = tokenIn((await outbox(db)).find((m) => m.template === 'referent_sign_in'));
    await call('page du lien', get(`/api/referents/session?jeton=${signIn}`));
    const session = cookieFrom(await call('ouverture de session', formPost('/api/referents/session', { jeton: signIn })));
    for (const path of [
      '/api/referents/tableau-de-bord',
      '/api/referents/tableau-de-bord?departement=59',
      '/api/referents/candidatures',
      '/api/referents/demandes',
      '/api/referents/candidature?id=0',
    ]) {
      await call(`GET ${path} (connecté)`, get(path, session));
    }
    expect(answers.slice(walked).map((a) => `${a.label} ${a.response.status}`)).toContain('ouverture de session 303');
    assertHeaders(answers.slice(walked));
  });
});

function assertHeaders(walked: typeof answers) {
  for (const { label, response, body } of walked) {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), `${label} : ${name}`).toBe(value);
    const csp = response.headers.get('Content-Security-Policy') ?? '';
    for (const directive of ["default-src 'none'", "frame-ancestors 'none'", "form-action 'self'", "base-uri 'none'"]) {
      expect(csp, label).toContain(directive);
    }
    if ((response.headers.get('Content-Type') ?? '').startsWith('text/html')) {
      const html = parseHtml(body);
      // What the CSP would block must not be needed: no script, no inline style, one frame.
      expect(html.querySelectorAll('script').length, label).toBe(0);
      expect(html.querySelectorAll('[style]').length, label).toBe(0);
      expect(html.querySelector('header.site-header nav'), label).not.toBeNull();
      expect(html.querySelector('link[rel=stylesheet]')?.getAttribute('href'), label).toBe('/styles/site.css');
    }
  }
}
