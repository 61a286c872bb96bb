/**
 * HTTP side of « Mes demandes »: link request, session opening and sign-out, the list of the
 * requester's requests and the way into each thread. HTTP only: checks → workflow → view
 * (src/views/requester-space) + status. The session is an HttpOnly cookie limited to
 * /api/demandes, so that the request form's POST receives it too (src/views/requester-space/paths.ts).
 */
import { createElement } from 'react';
import { methodNotAllowed, page, seeOther, unavailable } from '../http.ts';
import {
  REQUESTER_LINK_PURPOSE,
  REQUESTER_SESSION_MS,
  openRequesterSession,
  requestRequesterLink,
  requesterFromSession,
  requesterThreadPath,
  requestsOfRequester,
  type RequesterSpaceDeps,
  type SignedInRequester,
} from '../workflows/requester-space.ts';
import {
  linkRequestHandler,
  sessionCookie,
  sessionFromLinkHandler,
  signInRequired,
  signOutHandler,
  type SessionSpace,
} from './link-session.ts';
import { MY_REQUESTS_PATH, REQUESTER_COOKIE_PATH, REQUESTER_SIGN_IN_PAGE } from '../../views/requester-space/paths.ts';
import { RequestNotFoundPage, RequestsPage } from '../../views/requester-space/RequestsPage.tsx';

type Provider = () => Promise<RequesterSpaceDeps>;

const SPACE: SessionSpace<RequesterSpaceDeps> = {
  name: 'requester-session',
  kind: 'requester',
  purpose: REQUESTER_LINK_PURPOSE,
  open: openRequesterSession,
  cookie: { name: 'session_demandeur', path: REQUESTER_COOKIE_PATH, maxAgeMs: REQUESTER_SESSION_MS },
  landing: MY_REQUESTS_PATH,
  title: 'Mes demandes',
  button: 'Voir mes demandes',
  newLinkPage: REQUESTER_SIGN_IN_PAGE,
};

export function requesterLinkHandler(deps: Provider) {
  return linkRequestHandler(deps, {
    name: 'requester-link',
    send: requestRequesterLink,
    // Any address gets a link: the answer is the same whether or not it made requests.
    answer: 'Un lien pour voir vos demandes vient d’être envoyé à cette adresse. Il ne sert qu’une fois.',
    linkMail: (d) => ({
      template: 'requester_sign_in',
      purpose: REQUESTER_LINK_PURPOSE,
      lifetimeMs: d.settings.confirmationLinkHours * 3_600_000,
    }),
  });
}

export function requesterSessionHandler(deps: Provider) {
  return sessionFromLinkHandler(deps, SPACE);
}

export function requesterSignOutHandler(deps: Provider) {
  return signOutHandler(deps, SPACE);
}

/** The signed-in requester of this request, if any (the request form reads it too). */
export function signedInRequester(d: Pick<RequesterSpaceDeps, 'db' | 'clock'>, req: Request): Promise<SignedInRequester | undefined> {
  return requesterFromSession(d, sessionCookie(req, SPACE));
}

/** Runs `handle` for a GET by a signed-in requester; 401 without a session, 503 when the database is down. */
function forRequester(
  deps: Provider,
  name: string,
  handle: (req: Request, d: RequesterSpaceDeps, requester: SignedInRequester) => Promise<Response>,
) {
  return async (req: Request): Promise<Response> => {
    if (req.method !== 'GET') return methodNotAllowed('GET');
    try {
      const d = await deps();
      const requester = await signedInRequester(d, req);
      if (!requester) return signInRequired(SPACE.newLinkPage, 'aux personnes connectées par le lien reçu par courriel');
      return await handle(req, d, requester);
    } catch (error) {
      console.error(`${name}: ${(error as Error).name}`);
      return unavailable(req);
    }
  };
}

/** GET: the list of the requester's requests. */
export function myRequestsHandler(deps: Provider) {
  return forRequester(deps, 'requester-requests', async (_req, d, requester) =>
    page(createElement(RequestsPage, { email: requester.email, requests: await requestsOfRequester(d, requester) })),
  );
}

/** GET ?demande=<id>: to the thread of one of the requester's own requests (a fresh link for the session's length); 404 for any other. */
export function requesterThreadHandler(deps: Provider) {
  return forRequester(deps, 'requester-thread', async (req, d, requester) => {
    const path = await requesterThreadPath(d, requester, new URL(req.url).searchParams.get('demande') ?? '');
    return path ? seeOther(path) : page(createElement(RequestNotFoundPage), 404);
  });
}
