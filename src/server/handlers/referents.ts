/**
 * HTTP side of the referents' space: sign-in link request, session opening and sign-out, the
 * dashboard (their home), the list of applications to review, the review page (approve or reject)
 * and the territory's requests.
 * HTTP only: checks → workflow → view (src/views/referents) + status; the session is an
 * HttpOnly cookie limited to /api/referents.
 */
import { createElement } from 'react';
import { isSameOrigin, methodNotAllowed, page, readBody, seeOther, unavailable } from '../http.ts';
import type { Referent } from '../referents.ts';
import { approveApplication, applicationToReview, applicationsToReview, rejectApplication, type ReviewDeps } from '../workflows/review.ts';
import {
  LINK_LIFETIME_MS,
  SESSION_LIFETIME_MS,
  openReferentSession,
  referentFromSession,
  requestReferentSignIn,
  type ReferentDeps,
} from '../workflows/referent-session.ts';
import {
  forbidden,
  linkRequestHandler,
  sessionCookie,
  sessionFromLinkHandler,
  signInRequired,
  signOutHandler,
  type SessionSpace,
} from './link-session.ts';
import type { RequestDeps } from '../workflows/requests/deps.ts';
import { reassignRequest } from '../workflows/requests/reassign.ts';
import { confirmedMembers } from '../records/companies.ts';
import { suggestAmbassadors } from '../workflows/requests/suggestions.ts';
import { requestsOfTerritory } from '../workflows/requests/territory.ts';
import { ApplicationsPage } from '../../views/referents/ApplicationsPage.tsx';
import { DASHBOARD_PATH, TERRITORY_PATH } from '../../views/referents/ReferentPage.tsx';
import { DashboardPage } from '../../views/referents/dashboard/DashboardPage.tsx';
import { DashboardProblemPage } from '../../views/referents/dashboard/DashboardProblemPage.tsx';
import { dashboardChoice, dashboardFigures } from '../indicators/dashboard.ts';
import { scopeOf } from '../indicators/scope.ts';
import { figureDefinitions } from '../../lib/indicators/definitions.ts';
import { ApplicationNotFoundPage, DecisionPage, ReviewPage } from '../../views/referents/ReviewPage.tsx';
import {
  RequestNotFoundPage,
  TerritoryPage,
  type TerritoryNotice,
  type TerritoryRequestView,
} from '../../views/referents/TerritoryPage.tsx';
import { isUuid } from '../../lib/ids.ts';

type Deps = ReferentDeps & ReviewDeps & RequestDeps;
export type Provider = () => Promise<Deps>;

const SPACE: SessionSpace<Deps> = {
  name: 'referent-session',
  kind: 'referent',
  purpose: 'referent_sign_in',
  open: openReferentSession,
  cookie: { name: 'session_referent', path: '/api/referents', maxAgeMs: SESSION_LIFETIME_MS },
  landing: DASHBOARD_PATH,
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
    linkMail: () => ({ template: 'referent_sign_in', purpose: 'referent_sign_in', lifetimeMs: LINK_LIFETIME_MS }),
  });
}

export function referentSessionHandler(deps: Provider) {
  return sessionFromLinkHandler(deps, SPACE);
}

export function referentSignOutHandler(deps: Provider) {
  return signOutHandler(deps, SPACE);
}

/** Runs `handle` for a signed-in referent; 401 otherwise; 503 when the database is down. */
export function forReferent<D extends Deps = Deps>(
  deps: () => Promise<D>,
  name: string,
  handle: (req: Request, d: D, referent: Referent) => Promise<Response>,
) {
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

/**
 * GET ?periode=2025-2026|2026-03&departement=59: the figures of the referent's départements (the
 * coordinator's: the whole Région). 400 for a malformed period or département; 404 for one outside
 * what the referent may see, as for an unknown page.
 */
export function dashboardHandler(deps: Provider) {
  return forReferent(deps, 'referent-dashboard', async (req, d, referent) => {
    if (req.method !== 'GET') return methodNotAllowed('GET');
    const query = new URL(req.url).searchParams;
    const scope = scopeOf(referent, d.settings);
    const now = d.clock.now();
    const choice = await dashboardChoice(d.db, scope, { periode: query.get('periode'), departement: query.get('departement') }, now);
    if (!choice.ok) {
      const malformed = 'malformed' in choice ? choice.malformed : undefined;
      return page(createElement(DashboardProblemPage, { malformed }), malformed ? 400 : 404);
    }
    const figures = await dashboardFigures(d.db, choice.scope, choice.period, d.settings, now);
    return page(
      createElement(DashboardPage, {
        referent,
        scope: scope.departments,
        coordinator: referent.coordinator === true,
        period: choice.period,
        department: choice.department,
        choices: choice.choices,
        figures,
        definitions: figureDefinitions(d.settings),
        settings: d.settings,
      }),
    );
  });
}

export function applicationsHandler(deps: Provider) {
  return forReferent(deps, 'referent-applications', async (req, d, referent) => {
    if (req.method !== 'GET') return methodNotAllowed('GET');
    const applications = await applicationsToReview(d.db, referent);
    return page(createElement(ApplicationsPage, { referent, applications }));
  });
}

/** GET ?id=…: the application and the two decisions. POST (id, decision, fields): approve or reject. */
export function applicationReviewHandler(deps: Provider) {
  return forReferent(deps, 'referent-application', async (req, d, referent) => {
    if (req.method === 'GET') {
      const id = new URL(req.url).searchParams.get('id');
      const application = isUuid(id) ? await applicationToReview(d.db, referent, id) : undefined;
      return application ? page(createElement(ReviewPage, { referent, application })) : alreadyDecided();
    }
    if (req.method !== 'POST') return methodNotAllowed('GET, POST');
    if (!isSameOrigin(req)) return forbidden();
    const body = (await readBody(req, [])) ?? {};
    const { id, decision, ...fields } = body;
    if (!isUuid(id)) return alreadyDecided();
    const applicationId = id;
    const result =
      decision === 'valider'
        ? await approveApplication(d, referent, applicationId, fields)
        : await rejectApplication(d, referent, applicationId, fields);
    if (result.ok) return page(createElement(DecisionPage, { approved: decision === 'valider' }));
    if ('notFound' in result) return alreadyDecided();
    const application = await applicationToReview(d.db, referent, applicationId);
    if (!application) return alreadyDecided();
    return page(createElement(ReviewPage, { referent, application, errors: result.errors, posted: body }), 422);
  });
}

function alreadyDecided(): Response {
  return page(createElement(ApplicationNotFoundPage), 404);
}

const DAY = 86_400_000;

/** GET: the open requests of the territory, escalated first. POST (id, ambassador): reassign a request still waiting. */
export function territoryRequestsHandler(deps: Provider) {
  return forReferent(deps, 'referent-requests', async (req, d, referent) => {
    let notice: TerritoryNotice | undefined;
    let status = 200;
    if (req.method === 'POST') {
      if (!isSameOrigin(req)) return forbidden();
      const body = (await readBody(req, [])) ?? {};
      const requestId = body.id;
      if (!isUuid(requestId)) return page(createElement(RequestNotFoundPage), 404);
      const result = await reassignRequest(d, referent, requestId, String(body.ambassador ?? '').trim());
      if (result.ok) return seeOther(`${TERRITORY_PATH}?fait=reassignee`);
      notice = 'refused' in result ? { refused: result.refused } : { requestId, errors: result.errors };
      status = 'refused' in result ? 409 : 422;
    } else if (req.method !== 'GET') return methodNotAllowed('GET, POST');
    else if (new URL(req.url).searchParams.get('fait') === 'reassignee')
      notice = { done: 'La demande est confiée au nouvel ambassadeur, qui est prévenu, ainsi que le demandeur.' };

    const now = d.clock.now().getTime();
    const requests: TerritoryRequestView[] = [];
    for (const r of await requestsOfTerritory(d.db, referent)) {
      const waiting = r.status === 'sent';
      const suggestions =
        waiting && r.escalatedAt
          ? await suggestAmbassadors(d.db, d.clock, d.siteUrl, {
              near: r.ambassador.public,
              exclude: [r.ambassador.id],
              intervention: r.intervention,
              requesterDepartment: r.requesterDepartment,
              requesterCommune: r.requesterCommune,
            })
          : [];
      // Issue 11: a request to a company is best entrusted to one of its confirmed members, proposed first.
      const members =
        waiting && r.ambassador.public.type === 'company'
          ? await confirmedMembers(d.db, `${r.ambassador.department}/${r.ambassador.slug}`)
          : [];
      requests.push({
        id: r.id,
        status: r.status,
        awaitingRequester: waiting && r.awaiting === 'requester',
        escalated: waiting && r.escalatedAt !== null,
        sharedNeed: r.sharedNeed,
        waitingDays: Math.floor((now - (r.sentAt ?? r.createdAt).getTime()) / DAY),
        intervention: r.intervention,
        acceptedStart: r.acceptedStart,
        requester: r.organisationName ?? r.requesterName,
        ambassador: { displayName: r.ambassador.displayName, department: r.ambassador.department },
        reassign: waiting
          ? {
              suggestions: [
                ...members.map((m) => ({ path: m.value, label: `${m.label} (membre de la structure)` })),
                ...suggestions
                  .filter((s) => !members.some((m) => m.value === s.path))
                  .map((s) => ({ path: s.path, label: `${s.displayName}, ${s.jobTitle}` })),
              ],
            }
          : undefined,
      });
    }
    return page(createElement(TerritoryPage, { referent, requests, notice }), status);
  });
}
