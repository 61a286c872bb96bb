/**
 * HTTP side of the referents' space: sign-in link request, session opening, and the list of
 * applications to review. Pages are small HTML answers; the session is an HttpOnly cookie
 * limited to /api/referents.
 */
import { htmlPage, isSameOrigin, methodNotAllowed, readBody, unavailable } from '../http.ts';
import { escapeHtml } from '../mail/templates.ts';
import { withinLimit } from '../rate-limit.ts';
import { peekToken } from '../tokens.ts';
import { applicationsToReview } from '../workflows/review.ts';
import {
  SESSION_LIFETIME_MS,
  openReferentSession,
  referentFromSession,
  requestReferentSignIn,
  type ReferentDeps,
} from '../workflows/referent-session.ts';
import { AMBASSADOR_TYPES } from '../../lib/vocabularies.ts';

type Provider = () => Promise<ReferentDeps>;
export const SESSION_COOKIE = 'session_referent';

function forbidden(): Response {
  return htmlPage({ title: 'Envoi refusé', body: '<p>La demande doit être envoyée depuis le site du réseau.</p>', status: 403 });
}

export function referentSignInHandler(deps: Provider) {
  return async (req: Request, context: { ip?: string } = {}): Promise<Response> => {
    if (req.method !== 'POST') return methodNotAllowed('POST');
    if (!isSameOrigin(req)) return forbidden();
    const body = await readBody(req, []);
    const email = typeof body?.email === 'string' ? body.email : '';
    try {
      const d = await deps();
      const limit = { name: 'referent-sign-in', max: 10, windowMs: 3_600_000 };
      if ((await withinLimit(d.db, d.clock, limit, context.ip ?? 'inconnue')) && email) await requestReferentSignIn(d, email);
      return htmlPage({
        title: 'Demande reçue',
        body: '<p>Si cette adresse est celle d’un référent du réseau, un lien de connexion valable 15 minutes vient d’y être envoyé.</p>',
      });
    } catch (error) {
      console.error(`referent-sign-in: ${(error as Error).name}`);
      return unavailable(req);
    }
  };
}

export function referentSessionHandler(deps: Provider) {
  return async (req: Request): Promise<Response> => {
    try {
      const d = await deps();
      if (req.method === 'GET') {
        const token = new URL(req.url).searchParams.get('jeton') ?? '';
        const check = await peekToken(d.db, d.clock, 'referent_sign_in', token);
        if (!check.ok) return expiredLink();
        return htmlPage({
          title: 'Connexion à l’espace des référents',
          body: `<form method="post"><input type="hidden" name="jeton" value="${escapeHtml(token)}"><button type="submit">Me connecter</button></form>`,
        });
      }
      if (req.method !== 'POST') return methodNotAllowed('GET, POST');
      if (!isSameOrigin(req)) return forbidden();
      const body = await readBody(req, []);
      const opened = await openReferentSession(d, typeof body?.jeton === 'string' ? body.jeton : '');
      if (!opened.ok) return expiredLink();
      const secure = new URL(req.url).protocol === 'https:' ? '; Secure' : '';
      return new Response(null, {
        status: 303,
        headers: {
          Location: '/api/referents/candidatures',
          'Set-Cookie': `${SESSION_COOKIE}=${opened.cookie}; Path=/api/referents; HttpOnly; SameSite=Strict; Max-Age=${SESSION_LIFETIME_MS / 1000}${secure}`,
        },
      });
    } catch (error) {
      console.error(`referent-session: ${(error as Error).name}`);
      return unavailable(req);
    }
  };
}

function expiredLink(): Response {
  return htmlPage({
    title: 'Lien de connexion inutilisable',
    body: '<p>Ce lien a expiré ou a déjà servi. <a href="/referents/connexion/">Demandez un nouveau lien</a>.</p>',
    status: 410,
  });
}

function cookieValue(req: Request, name: string): string | undefined {
  const cookies = req.headers.get('Cookie') ?? '';
  return cookies
    .split(';')
    .map((c) => c.trim().split('='))
    .find(([key]) => key === name)?.[1];
}

export function applicationsHandler(deps: Provider) {
  return async (req: Request): Promise<Response> => {
    if (req.method !== 'GET') return methodNotAllowed('GET');
    try {
      const d = await deps();
      const referent = await referentFromSession(d, cookieValue(req, SESSION_COOKIE));
      if (!referent) {
        return htmlPage({
          title: 'Connexion nécessaire',
          body: '<p>Cet espace est réservé aux référents du réseau. <a href="/referents/connexion/">Recevoir un lien de connexion</a>.</p>',
          status: 401,
        });
      }
      const applications = await applicationsToReview(d.db, referent);
      const rows = applications
        .map(
          (a) =>
            `<tr><td>${escapeHtml(`${a.firstName} ${a.lastName}`)}<br><small>${escapeHtml(a.email)}${a.phone ? ` · ${escapeHtml(a.phone)}` : ''}</small></td><td>${escapeHtml(a.profile.jobTitle)}<br><small>${escapeHtml(AMBASSADOR_TYPES[a.profile.type as keyof typeof AMBASSADOR_TYPES] ?? a.profile.type)}</small></td><td>${escapeHtml(a.communeName)} (${escapeHtml(a.department)})</td><td>${a.meetsMinors ? 'Oui : extrait de casier à vérifier' : 'Non'}</td><td>${a.confirmedAt.toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' })}</td></tr>`,
        )
        .join('');
      return htmlPage({
        title: 'Inscriptions à valider',
        body: `<p>${escapeHtml(referent.name)}, ${escapeHtml(referent.role)}. Départements : ${referent.departments.map(escapeHtml).join(', ')}.</p>${
          applications.length === 0
            ? '<p>Aucune inscription confirmée n’attend votre validation.</p>'
            : `<table><caption>${applications.length} inscription${applications.length > 1 ? 's' : ''} confirmée${applications.length > 1 ? 's' : ''}, la plus ancienne d’abord</caption><thead><tr><th scope="col">Personne</th><th scope="col">Métier ou formation</th><th scope="col">Commune</th><th scope="col">Mineurs</th><th scope="col">Confirmée le</th></tr></thead><tbody>${rows}</tbody></table>`
        }`,
      });
    } catch (error) {
      console.error(`referent-applications: ${(error as Error).name}`);
      return unavailable(req);
    }
  };
}
