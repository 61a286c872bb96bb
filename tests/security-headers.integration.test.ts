/**
 * Every answer of every HTTP function carries the security headers itself (Netlify applies
 * netlify.toml's headers to static files only). The real function modules of
 * netlify/functions are loaded and walked with real Requests on the embedded Postgres:
 * each route by GET and by POST (foreign origin, then the site's own with an empty form),
 * then the pages reached by emailed links and sessions (request form, confirmation, thread,
 * a need's form and confirmation, a filled need's link, sign-in, the referents' pages, an attestation printed and checked).
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeNetlifyDatabase } from '../src/server/db.ts';
import { KEY_FIGURES_CACHE_SECONDS } from '../src/server/handlers/key-figures.ts';
import { SECURITY_HEADERS, publicCache } from '../src/server/http.ts';
import { loadEvents } from '../src/server/events.ts';
import { loadSettings } from '../src/server/settings.ts';
import { callableEvents } from '../src/server/workflows/event-call/deps.ts';
import { insertAmbassador, makeNeedInput, makeRequestInput } from './support/ambassadors.ts';
import { useTestDatabase } from './support/database.ts';
import { cookieFrom, formPost, get, outbox, tokenIn } from './support/http.ts';
import { parseHtml } from './support/html.ts';
import { toParisDateTime } from '../src/lib/paris-time.ts';

type Handler = (req: Request, context: Record<string, unknown>) => Promise<Response>;
interface FunctionModule {
  default: Handler;
  config?: { path?: string | string[] };
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
    // A function may answer at several paths (the mini-stage form: /api/mini-stages and /api/demandes/mini-stages).
    for (const path of [module.config?.path ?? []].flat()) routes.set(path, module.default);
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

    // A need sent to several ambassadors: its form, its confirmation, an invited ambassador's link once another accepted.
    const needValid = makeNeedInput({ slot1: inWeeks(3), slot2: inWeeks(4), email: 'marc.petit@example.org' });
    const second = await insertAmbassador(db, { interventions: ['classroom_talk'], publics: ['high_school'], modalities: ['in_person'] });
    await call('formulaire de besoin', get('/api/demandes/besoin'));
    await call('formulaire de besoin à corriger', formPost('/api/demandes/besoin', { ...needValid, sector: '', job: '' }));
    await call('besoin envoyé', formPost('/api/demandes/besoin', needValid));
    const needConfirmation = tokenIn((await outbox(db)).find((m) => m.template === 'confirm_need'));
    await call('page de confirmation du besoin', get(`/api/demandes/besoin/confirmer?jeton=${needConfirmation}`));
    await call('confirmation du besoin', formPost('/api/demandes/besoin/confirmer', { jeton: needConfirmation }));
    const invitedLink = async (email: string) =>
      tokenIn((await outbox(db)).find((m) => m.template === 'need_to_ambassador' && m.recipient === email));
    await call(
      'acceptation du besoin',
      formPost('/api/demandes/fil', { jeton: await invitedLink(second.email), action: 'accept', slot: '0' }),
    );
    await call('besoin pourvu par un autre', get(`/api/demandes/fil?jeton=${await invitedLink(ambassador.email)}`));
    await call(
      'acceptation tardive du besoin',
      formPost('/api/demandes/fil', { jeton: await invitedLink(ambassador.email), action: 'accept', slot: '0' }),
    );

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
      '/api/referents/preferences',
      '/api/referents/messages',
    ]) {
      await call(`GET ${path} (connecté)`, get(path, session));
    }
    // The call for ambassadors: an upcoming event of the agenda open to the Nord's referent, the count, the invitation,
    // then the invitation's page and a no (a yes would write the demo event's file).
    const [open] = callableEvents({ events: loadEvents(), settings: loadSettings() }, { departments: ['59'] }, new Date());
    const callPage = `/api/referents/evenement?id=${open!.id}`;
    await call('GET /api/referents/evenements (connecté)', get('/api/referents/evenements', session));
    const counted = parseHtml(await (await call(`GET ${callPage} (connecté)`, get(callPage, session))).text());
    const seen = counted.querySelector('input[name=nombre]')?.getAttribute('value');
    await call('invitation à l’événement', formPost('/api/referents/evenement', { id: open!.id, nombre: seen }, { cookie: session }));
    const invitation = (await outbox(db)).find((m) => m.template === 'animation_event_invitation');
    const answer = /jeton=([\w-]+)/.exec(invitation?.text ?? '')?.[1];
    await call('page de l’invitation', get(`/api/evenements/reponse?jeton=${answer}&reponse=non`));
    await call('réponse non', formPost('/api/evenements/reponse', { jeton: answer, reponse: 'non' }));
    await call('participation, lien inconnu', get('/api/evenements/participation?jeton=inconnu'));
    const animation = { subject: 'Forum des métiers', body: 'Le forum des métiers cherche des ambassadeurs.', departments: ['59'] };
    await call(
      'message aux ambassadeurs à corriger',
      formPost('/api/referents/messages', { etape: 'apercu', ...animation, subject: '' }, { cookie: session }),
    );
    const preview = await call(
      'aperçu du message',
      formPost('/api/referents/messages', { etape: 'apercu', ...animation }, { cookie: session }),
    );
    const recipients = parseHtml(await preview.clone().text())
      .querySelector('input[name="destinataires"]')
      ?.getAttribute('value');
    await call(
      'envoi du message',
      formPost('/api/referents/messages', { etape: 'envoyer', destinataires: recipients, ...animation }, { cookie: session }),
    );
    const unsubscribe = tokenIn((await outbox(db)).find((m) => m.template === 'animation_message'));
    await call('page de désabonnement', get(`/api/desabonnement?jeton=${unsubscribe}`));
    await call(
      'désabonnement en un clic',
      formPost(`/api/desabonnement?jeton=${unsubscribe}`, { 'List-Unsubscribe': 'One-Click' }, { origin: 'https://mail.example' }),
    );
    await call('réabonnement', formPost(`/api/desabonnement?jeton=${unsubscribe}`, { action: 'reabonner' }));

    await call('lien « Mes demandes »', formPost('/api/demandes/mes-demandes/lien', { email: 'louise.martin@example.org' }));
    const requesterLink = tokenIn((await outbox(db)).find((m) => m.template === 'requester_sign_in'));
    await call('page du lien « Mes demandes »', get(`/api/demandes/mes-demandes/session?jeton=${requesterLink}`));
    const requester = cookieFrom(
      await call('ouverture de « Mes demandes »', formPost('/api/demandes/mes-demandes/session', { jeton: requesterLink })),
    );
    await call('GET /api/demandes/mes-demandes (connecté)', get('/api/demandes/mes-demandes', requester));
    const [own] = await db.query<{ id: string }>(`SELECT id FROM requests WHERE lower(requester_email) = 'louise.martin@example.org'`);
    await call('fil depuis « Mes demandes »', get(`/api/demandes/mes-demandes/fil?demande=${own!.id}`, requester));
    await call('fil d’une autre adresse', get('/api/demandes/mes-demandes/fil?demande=00000000-0000-4000-8000-000000000000', requester));
    await call('déconnexion de « Mes demandes »', formPost('/api/demandes/mes-demandes/deconnexion', {}, { cookie: requester }));
    await call('lien « Gérer mon profil »', formPost('/api/profil/lien', { email: ambassador.email }));
    const manage = tokenIn((await outbox(db)).find((m) => m.template === 'manage_profile_link'));
    const space = cookieFrom(await call('ouverture de l’espace', formPost('/api/profil/session', { jeton: manage })));
    const [request] = await db.query<{ id: string }>('SELECT id FROM requests WHERE ambassador_id = $1 AND need_id IS NULL', [
      ambassador.id,
    ]);
    for (const path of [
      '/api/profil',
      '/api/profil/agenda',
      `/api/profil/fil?demande=${request!.id}`,
      `/api/profil/avis?demande=${request!.id}`,
    ]) {
      await call(`GET ${path} (connecté)`, get(path, space));
    }
    // The request done (two days ago): an attestation of it, printed, then checked on the public page.
    await db.query(`UPDATE requests SET status = 'done', accepted_start = now() - interval '2 days' WHERE id = $1`, [request!.id]);
    await call('GET /api/profil/attestation (connecté)', get('/api/profil/attestation', space));
    const today = toParisDateTime(new Date()).slice(0, 10);
    const monthAgo = toParisDateTime(new Date(Date.now() - 30 * 86_400_000)).slice(0, 10);
    const printed = await call(
      'attestation imprimable',
      formPost('/api/profil/attestation', { periode: 'dates', debut: monthAgo, fin: today }, { cookie: space }),
    );
    const code = parseHtml(await printed.clone().text()).querySelector('.attestation-code')?.text;
    await call('vérification d’une attestation', formPost('/attestation/verifier', { code }));
    await call(
      'changement d’adresse',
      formPost('/api/profil', { action: 'adresse', email: 'nouvelle.adresse@example.net' }, { cookie: space }),
    );
    const change = tokenIn((await outbox(db)).find((m) => m.template === 'email_change_link'));
    await call('page du lien de la nouvelle adresse', get(`/api/profil/adresse?jeton=${change}`));
    await call('confirmation de la nouvelle adresse', formPost('/api/profil/adresse', { jeton: change }));
    expect(answers.slice(walked).map((a) => `${a.label} ${a.response.status}`)).toEqual(
      expect.arrayContaining([
        'ouverture de session 303',
        'aperçu du message 200',
        'envoi du message 303',
        'page de désabonnement 200',
        'désabonnement en un clic 200',
        'réabonnement 200',
        'ouverture de « Mes demandes » 303',
        'fil d’une autre adresse 404',
        'GET /api/profil/agenda (connecté) 200',
        'attestation imprimable 200',
        'vérification d’une attestation 200',
        'formulaire de besoin à corriger 422',
        'confirmation du besoin 200',
        'besoin pourvu par un autre 200',
        'acceptation tardive du besoin 409',
        `GET /api/profil/fil?demande=${request!.id} (connecté) 303`,
        'confirmation de la nouvelle adresse 303',
        'invitation à l’événement 303',
        'page de l’invitation 200',
        'réponse non 200',
        'participation, lien inconnu 404',
      ]),
    );
    assertHeaders(answers.slice(walked));
  });
});

/** The one answer without personal data, the same for everyone, may be cached; every other says no-store. */
const CACHED: Readonly<Record<string, Record<string, string>>> = { 'GET /chiffres-cles': publicCache(KEY_FIGURES_CACHE_SECONDS) };

function assertHeaders(walked: typeof answers) {
  for (const { label, response, body } of walked) {
    const expected = { ...SECURITY_HEADERS, ...CACHED[label] };
    for (const [name, value] of Object.entries(expected)) expect(response.headers.get(name), `${label} : ${name}`).toBe(value);
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
