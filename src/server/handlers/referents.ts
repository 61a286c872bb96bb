/**
 * HTTP side of the referents' space: sign-in link request, session opening, the list of
 * applications to review and the review page (approve or reject). Pages are small HTML
 * answers; the session is an HttpOnly cookie limited to /api/referents.
 */
import { htmlPage, isSameOrigin, methodNotAllowed, readBody, seeOther, unavailable } from '../http.ts';
import { escapeHtml as e } from '../html/escape.ts';
import type { Referent } from '../referents.ts';
import { errorSummary, inputField, postForm, textAreaField, type Errors } from '../html/form.ts';
import {
  approveApplication,
  applicationToReview,
  applicationsToReview,
  rejectApplication,
  type ApplicationToReview,
  type ReviewDeps,
} from '../workflows/review.ts';
import {
  SESSION_LIFETIME_MS,
  openReferentSession,
  referentFromSession,
  requestReferentSignIn,
  type ReferentDeps,
} from '../workflows/referent-session.ts';
import { forbidden, linkRequestHandler, sessionCookie, sessionFromLinkHandler, signInRequired, type SessionSpace } from './link-session.ts';
import { AMBASSADOR_TYPES, INTERVENTIONS, PUBLICS, SECTORS } from '../../lib/vocabularies.ts';
import { REQUEST_STATUSES } from '../../lib/request-status.ts';
import { formatParis } from '../../lib/paris-time.ts';
import type { RequestDeps } from '../workflows/requests/deps.ts';
import { reassignRequest } from '../workflows/requests/reassign.ts';
import { suggestAmbassadors } from '../workflows/requests/suggestions.ts';
import { requestsOfTerritory } from '../workflows/requests/territory.ts';

type Deps = ReferentDeps & ReviewDeps & RequestDeps;
type Provider = () => Promise<Deps>;

const SPACE: SessionSpace<Deps> = {
  name: 'referent-session',
  purpose: 'referent_sign_in',
  open: openReferentSession,
  cookie: { name: 'session_referent', path: '/api/referents', maxAgeMs: SESSION_LIFETIME_MS },
  landing: '/api/referents/candidatures',
  title: 'Connexion à l’espace des référents',
  button: 'Me connecter',
  newLinkPage: '/referents/connexion/',
};
export const SESSION_COOKIE = SPACE.cookie.name;

export function referentSignInHandler(deps: Provider) {
  return linkRequestHandler(deps, {
    name: 'referent-sign-in',
    send: requestReferentSignIn,
    answer: 'Si cette adresse est celle d’un référent du réseau, un lien de connexion valable 15 minutes vient d’y être envoyé.',
  });
}

export function referentSessionHandler(deps: Provider) {
  return sessionFromLinkHandler(deps, SPACE);
}

/** Runs `handle` for a signed-in referent; 401 otherwise; 503 when the database is down. */
function forReferent(deps: Provider, name: string, handle: (req: Request, d: Deps, referent: Referent) => Promise<Response>) {
  return async (req: Request): Promise<Response> => {
    try {
      const d = await deps();
      const referent = await referentFromSession(d, sessionCookie(req, SPACE));
      if (!referent) return signInRequired(SPACE.newLinkPage, 'aux référents du réseau');
      return await handle(req, d, referent);
    } catch (error) {
      console.error(`${name}: ${(error as Error).name}`);
      return unavailable(req);
    }
  };
}

const frenchDate = (date: Date) => date.toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' });
const labelOf = (vocabulary: Readonly<Record<string, string>>, code: string) => vocabulary[code] ?? code;

export function applicationsHandler(deps: Provider) {
  return forReferent(deps, 'referent-applications', async (req, d, referent) => {
    if (req.method !== 'GET') return methodNotAllowed('GET');
    const applications = await applicationsToReview(d.db, referent);
    const rows = applications
      .map(
        (a) =>
          `<tr><td><a href="/api/referents/candidature?id=${a.id}">${e(`${a.firstName} ${a.lastName}`)}</a><br><small>${e(a.email)}${a.phone ? ` · ${e(a.phone)}` : ''}</small></td><td>${e(a.profile.jobTitle)}<br><small>${e(labelOf(AMBASSADOR_TYPES, a.profile.type))}</small></td><td>${e(a.communeName)} (${e(a.department)})</td><td>${a.meetsMinors ? 'Oui : extrait de casier à vérifier' : 'Non'}</td><td>${frenchDate(a.confirmedAt)}</td></tr>`,
      )
      .join('');
    return htmlPage({
      title: 'Inscriptions à valider',
      body: `<p>${e(referent.name)}, ${e(referent.role)}. Départements : ${referent.departments.map(e).join(', ')}.</p>${
        applications.length === 0
          ? '<p>Aucune inscription confirmée n’attend votre validation. <a href="/api/referents/demandes">Voir les demandes d’intervention de mon territoire</a>.</p>'
          : `<table><caption>${applications.length} inscription${applications.length > 1 ? 's' : ''} confirmée${applications.length > 1 ? 's' : ''}, la plus ancienne d’abord</caption><thead><tr><th scope="col">Personne</th><th scope="col">Métier ou formation</th><th scope="col">Commune</th><th scope="col">Mineurs</th><th scope="col">Confirmée le</th></tr></thead><tbody>${rows}</tbody></table>`
      }`,
    });
  });
}

const REVIEW_LABELS: Record<string, string> = {
  charterCheckedOn: 'Charte vérifiée le',
  criminalRecordCheckedOn: 'Extrait de casier vérifié le',
  displayName: 'Nom affiché',
  jobTitle: 'Métier ou formation',
  organisation: 'Employeur ou établissement',
  presentation: 'Présentation',
  careerPath: 'Parcours',
  latitude: 'Latitude',
  longitude: 'Longitude',
  reason: 'Motif du refus',
};

/** GET ?id=…: the application and the two decisions. POST (id, decision, fields): approve or reject. */
export function applicationReviewHandler(deps: Provider) {
  return forReferent(deps, 'referent-application', async (req, d, referent) => {
    if (req.method === 'GET') {
      const application = await applicationToReview(d.db, referent, new URL(req.url).searchParams.get('id') ?? '');
      return application ? reviewPage(application, {}, {}) : alreadyDecided();
    }
    if (req.method !== 'POST') return methodNotAllowed('GET, POST');
    if (!isSameOrigin(req)) return forbidden();
    const body = (await readBody(req, [])) ?? {};
    const { id, decision, ...fields } = body;
    const applicationId = typeof id === 'string' ? id : '';
    const result =
      decision === 'valider'
        ? await approveApplication(d, referent, applicationId, fields)
        : await rejectApplication(d, referent, applicationId, fields);
    if (result.ok) {
      return htmlPage({
        title: decision === 'valider' ? 'Inscription validée' : 'Inscription refusée',
        body: `<p>${
          decision === 'valider'
            ? 'Le profil est publié : il apparaîtra dans l’annuaire après la prochaine construction du site. L’ambassadeur reçoit un courriel de bienvenue avec son lien « Gérer mon profil ».'
            : 'La personne reçoit un courriel avec votre motif. Les données de son inscription seront effacées dans 30 jours.'
        }</p><p><a href="/api/referents/candidatures">Retour aux inscriptions à valider</a></p>`,
      });
    }
    if ('notFound' in result) return alreadyDecided();
    const application = await applicationToReview(d.db, referent, applicationId);
    if (!application) return alreadyDecided();
    return reviewPage(application, result.errors, body, 422);
  });
}

function alreadyDecided(): Response {
  return htmlPage({
    title: 'Inscription introuvable',
    body: '<p>Cette inscription a déjà été traitée, ou elle ne relève pas de vos départements. <a href="/api/referents/candidatures">Retour aux inscriptions à valider</a>.</p>',
    status: 404,
  });
}

function reviewPage(a: ApplicationToReview, errors: Errors, posted: Record<string, unknown>, status = 200): Response {
  const value = (name: string, fallback = '') => (typeof posted[name] === 'string' ? (posted[name] as string) : fallback);
  const p = a.profile;
  const hasPosition = p.position !== undefined && p.position !== '';
  const list = (codes: readonly string[], vocabulary: Readonly<Record<string, string>>) =>
    codes.map((c) => e(labelOf(vocabulary, c))).join(', ');
  const approve = postForm(
    '/api/referents/candidature',
    { id: a.id, decision: 'valider' },
    [
      inputField({
        name: 'charterCheckedOn',
        label: 'Charte vérifiée le',
        type: 'date',
        value: value('charterCheckedOn'),
        errors,
        attributes: 'required',
      }),
      a.meetsMinors
        ? inputField({
            name: 'criminalRecordCheckedOn',
            label: 'Extrait de casier judiciaire vérifié le',
            hint: 'Obligatoire : la personne interviendra auprès de mineurs. Notez seulement la date ; ne conservez pas le document.',
            type: 'date',
            value: value('criminalRecordCheckedOn'),
            errors,
            attributes: 'required',
          })
        : '',
      inputField({
        name: 'displayName',
        label: 'Nom affiché',
        value: value('displayName', p.displayName),
        errors,
        attributes: 'required maxlength="60"',
      }),
      inputField({
        name: 'jobTitle',
        label: 'Métier ou formation',
        value: value('jobTitle', p.jobTitle),
        errors,
        attributes: 'required maxlength="100"',
      }),
      inputField({
        name: 'organisation',
        label: 'Employeur ou établissement (facultatif)',
        value: value('organisation', p.organisation ?? ''),
        errors,
        attributes: 'maxlength="100"',
      }),
      textAreaField({ name: 'presentation', label: 'Présentation', value: value('presentation', p.presentation), errors, maxLength: 600 }),
      textAreaField({ name: 'careerPath', label: 'Parcours', value: value('careerPath', p.careerPath), errors, maxLength: 1500 }),
      `<fieldset><legend>Position publiée (centre de la commune)</legend><p class="aide">${
        hasPosition
          ? 'Donnée par la recherche de commune. Ne remplissez ces champs que pour la corriger.'
          : 'La recherche de commune n’a pas pu la donner : indiquez la latitude et la longitude du centre de la commune.'
      }</p>${inputField({ name: 'latitude', label: 'Latitude', value: value('latitude'), errors, attributes: 'inputmode="decimal"' })}${inputField({ name: 'longitude', label: 'Longitude', value: value('longitude'), errors, attributes: 'inputmode="decimal"' })}</fieldset>`,
      '<button type="submit">Valider et publier le profil</button>',
    ].join(''),
  );
  const reject = postForm(
    '/api/referents/candidature',
    { id: a.id, decision: 'refuser' },
    `${textAreaField({ name: 'reason', label: 'Motif du refus (envoyé à la personne)', value: value('reason'), errors, maxLength: 1000 })}<button type="submit" class="danger">Refuser l’inscription</button>`,
  );
  return htmlPage({
    title: `Inscription de ${a.firstName} ${a.lastName}`,
    status,
    body: `${errorSummary(errors, REVIEW_LABELS)}<dl><dt>Contact (jamais publié)</dt><dd>${e(a.email)}${a.phone ? ` · ${e(a.phone)}` : ''}</dd><dt>Profil</dt><dd>${e(labelOf(AMBASSADOR_TYPES, p.type))}, ${e(labelOf(SECTORS, p.sector))}</dd><dt>Commune</dt><dd>${e(a.communeName)} (${e(a.department)})</dd><dt>Interventions</dt><dd>${list(p.interventions, INTERVENTIONS)}</dd><dt>Publics</dt><dd>${list(p.publics, PUBLICS)}</dd><dt>Mineurs</dt><dd>${a.meetsMinors ? 'Oui : vérifiez l’extrait de casier judiciaire' : 'Non'}</dd><dt>Adresse confirmée le</dt><dd>${frenchDate(a.confirmedAt)}</dd></dl><section aria-labelledby="titre-valider"><h2 id="titre-valider">Valider</h2>${approve}</section><section aria-labelledby="titre-refuser"><h2 id="titre-refuser">Refuser</h2>${reject}</section><p><a href="/api/referents/candidatures">Retour aux inscriptions à valider</a></p>`,
  });
}

const DAY = 86_400_000;

/** GET: the open requests of the territory, escalated first. POST (id, ambassador): reassign a request still waiting. */
export function territoryRequestsHandler(deps: Provider) {
  return forReferent(deps, 'referent-requests', async (req, d, referent) => {
    let notice = '';
    if (req.method === 'POST') {
      if (!isSameOrigin(req)) return forbidden();
      const body = (await readBody(req, [])) ?? {};
      const result = await reassignRequest(d, referent, String(body.id ?? ''), String(body.ambassador ?? '').trim());
      if (result.ok) return seeOther('/api/referents/demandes?fait=reassignee');
      notice = `<div class="resume-erreurs" role="alert"><p>${e('refused' in result ? result.refused : Object.values(result.errors).join(' '))}</p></div>`;
    } else if (req.method !== 'GET') return methodNotAllowed('GET, POST');
    else if (new URL(req.url).searchParams.get('fait') === 'reassignee')
      notice =
        '<p role="status"><strong>La demande est confiée au nouvel ambassadeur, qui est prévenu, ainsi que le demandeur.</strong></p>';

    const requests = await requestsOfTerritory(d.db, referent);
    const now = d.clock.now().getTime();
    const rows: string[] = [];
    for (const r of requests) {
      const waitingDays = Math.floor((now - (r.sentAt ?? r.createdAt).getTime()) / DAY);
      let action = '';
      if (r.status === 'sent') {
        const suggestions = r.escalatedAt
          ? await suggestAmbassadors(d.db, d.clock, d.siteUrl, {
              near: r.ambassador.public,
              exclude: [r.ambassador.id],
              intervention: r.intervention,
              requesterDepartment: r.requesterDepartment,
            })
          : [];
        const options = suggestions.map((s) => `<option value="${e(s.path)}">${e(`${s.displayName}, ${s.jobTitle}`)}</option>`).join('');
        action = postForm(
          '/api/referents/demandes',
          { id: r.id },
          `<label for="ambassadeur-${r.id}">Confier à</label>${
            options
              ? `<select id="ambassadeur-${r.id}" name="ambassador">${options}</select>`
              : `<input id="ambassadeur-${r.id}" name="ambassador" placeholder="59/prenom-n-metier" aria-describedby="aide-${r.id}"><small id="aide-${r.id}">Adresse du profil : département/nom</small>`
          } <button type="submit">Réassigner</button>`,
        );
      }
      rows.push(
        `<tr${r.escalatedAt && r.status === 'sent' ? ' class="alerte"' : ''}><td>${r.escalatedAt && r.status === 'sent' ? '<strong>Sans réponse, signalée</strong><br>' : ''}${e(REQUEST_STATUSES[r.status])}${r.status === 'sent' && r.awaiting === 'requester' ? ' (dates proposées au demandeur)' : ''}</td><td>${waitingDays} j</td><td>${e(INTERVENTIONS[r.intervention as keyof typeof INTERVENTIONS] ?? r.intervention)}${r.acceptedStart ? `<br><small>${e(formatParis(r.acceptedStart))}</small>` : ''}</td><td>${e(r.organisationName ?? r.requesterName)}</td><td>${e(r.ambassador.displayName)} (${e(r.ambassador.department)})</td><td>${action}</td></tr>`,
      );
    }
    return htmlPage({
      title: 'Demandes d’intervention de mon territoire',
      body: `${notice}<p>${e(referent.name)}, départements ${referent.departments.map(e).join(', ')}. <a href="/api/referents/candidatures">Inscriptions à valider</a></p>${
        requests.length === 0
          ? '<p>Aucune demande en cours.</p>'
          : `<table><caption>${requests.length} demande${requests.length > 1 ? 's' : ''} en cours, les demandes signalées d’abord, puis les plus anciennes</caption><thead><tr><th scope="col">État</th><th scope="col">Attente</th><th scope="col">Intervention</th><th scope="col">Demandeur</th><th scope="col">Ambassadeur</th><th scope="col">Action</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
      }`,
    });
  });
}
