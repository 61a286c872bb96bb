/**
 * HTTP side of « Mes demandes »: link request, session opening and sign-out, the list of the
 * requester's requests and the way into each thread. HTTP only: checks → workflow → view
 * (src/views/requester-space) + status. The session is an HttpOnly cookie limited to
 * /api/demandes, so that the request form's POST receives it too (src/views/requester-space/paths.ts).
 */
import { createElement } from 'react';
import { isSameOrigin, methodNotAllowed, page, readBody, seeOther, unavailable } from '../http.ts';
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
import { WITHDRAW_REFUSALS, ministageOfRequester, ministagesOfRequester, withdrawMinistage } from '../workflows/ministages/requester.ts';
import {
  forbidden,
  linkRequestHandler,
  sessionCookie,
  sessionFromLinkHandler,
  signInRequired,
  signOutHandler,
  type SessionSpace,
} from './link-session.ts';
import { MY_REQUESTS_PATH, REQUESTER_COOKIE_PATH, REQUESTER_SIGN_IN_PAGE } from '../../views/requester-space/paths.ts';
import { RequestNotFoundPage, RequestsPage } from '../../views/requester-space/RequestsPage.tsx';
import { WithdrawMinistagePage, WithdrawnMinistagePage } from '../../views/requester-space/WithdrawMinistagePage.tsx';

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

/**
 * Runs `handle` for a signed-in requester (GET, or a POST from the site itself when `allowPost`);
 * 401 without a session, 503 when the database is down.
 */
function forRequester(
  deps: Provider,
  name: string,
  handle: (req: Request, d: RequesterSpaceDeps, requester: SignedInRequester) => Promise<Response>,
  allowPost = false,
) {
  return async (req: Request): Promise<Response> => {
    if (req.method !== 'GET' && !(allowPost && req.method === 'POST')) return methodNotAllowed(allowPost ? 'GET, POST' : 'GET');
    if (req.method === 'POST' && !isSameOrigin(req)) return forbidden();
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
    page(
      createElement(RequestsPage, {
        email: requester.email,
        requests: await requestsOfRequester(d, requester),
        ministages: await ministagesOfRequester(d, requester),
      }),
    ),
  );
}

/** GET ?demande=<id>: to the thread of one of the requester's own requests (a fresh link for the session's length); 404 for any other. */
export function requesterThreadHandler(deps: Provider) {
  return forRequester(deps, 'requester-thread', async (req, d, requester) => {
    const path = await requesterThreadPath(d, requester, new URL(req.url).searchParams.get('demande') ?? '');
    return path ? seeOther(path) : page(createElement(RequestNotFoundPage), 404);
  });
}

/**
 * GET ?candidature=<id>: what withdrawing one of the requester's mini-stage applications means, and
 * its button. POST (candidature): the withdrawal, once; 409 once closed or begun, 404 for an
 * application that is not theirs.
 */
export function withdrawMinistageHandler(deps: Provider) {
  return forRequester(
    deps,
    'requester-ministage-withdraw',
    async (req, d, requester) => {
      if (req.method === 'GET') {
        const application = await ministageOfRequester(d, requester, new URL(req.url).searchParams.get('candidature') ?? '');
        if (!application) return page(createElement(WithdrawnMinistagePage, { refused: WITHDRAW_REFUSALS.unknown }), 404);
        return page(createElement(WithdrawMinistagePage, { application }));
      }
      const body = await readBody(req, []);
      const result = await withdrawMinistage(d, requester, typeof body?.candidature === 'string' ? body.candidature : '');
      if (result.ok) return page(createElement(WithdrawnMinistagePage, {}));
      return page(
        createElement(WithdrawnMinistagePage, { refused: WITHDRAW_REFUSALS[result.reason] }),
        result.reason === 'unknown' ? 404 : 409,
      );
    },
    true,
  );
}
