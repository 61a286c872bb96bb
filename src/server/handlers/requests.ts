/**
 * HTTP side of the requests (brief F5–F7): the form (GET, shown for one ambassador with only
 * what they offer) and its POST, the requester's confirmation link, the relayed thread reached
 * by emailed links from both sides, and the feedback form. Pages work without JavaScript.
 */
import { createElement, type ReactElement } from 'react';
import { isSameOrigin, messagePage, methodNotAllowed, page, readBody, unavailable } from '../http.ts';
import { checkAddressRequest, type AddressLimits, type Limit } from '../rate-limit.ts';
import { peekToken, type TokenPurpose } from '../tokens.ts';
import { actionLinkHandler } from './action-link.ts';
import { confirmLinkHandler } from './confirm-link.ts';
import { forbidden } from './link-session.ts';
import { signedInRequester } from './requester-space.ts';
import { ambassadorByPath, type AmbassadorRecord } from '../records/ambassadors.ts';
import { whyUnavailable } from '../workflows/requests/availability.ts';
import { confirmRequest } from '../workflows/requests/confirm.ts';
import type { ActionResult, RequestDeps } from '../workflows/requests/deps.ts';
import { submitFeedback } from '../workflows/requests/feedback.ts';
import { submitRequest } from '../workflows/requests/submit.ts';
import { openThread } from '../workflows/requests/thread.ts';
import { actOnThread, THREAD_DONE } from '../workflows/requests/thread-actions.ts';
import type { Suggestion } from '../mail/request-templates.ts';
import { departmentOptions } from '../../lib/directory.ts';
import { commitmentSentence } from '../../lib/commitment.ts';
import { schoolYearOf } from '../../lib/period.ts';
import type { Clock } from '../clock.ts';
import { INTERVENTIONS, MODALITIES, PUBLICS } from '../../lib/vocabularies.ts';
import type { Errors } from '../../views/form/Field.tsx';
import { ConfirmRequestPage } from '../../views/requests/ConfirmRequestPage.tsx';
import { FeedbackPage } from '../../views/requests/FeedbackPage.tsx';
import { RequestFormPage } from '../../views/requests/RequestFormPage.tsx';
import { RequestLinkProblem } from '../../views/requests/RequestLinkProblem.tsx';
import { RequestSentPage } from '../../views/requests/RequestSentPage.tsx';
import { ThreadPage } from '../../views/requests/ThreadPage.tsx';
import { UnavailablePage, type UnavailableReason } from '../../views/requests/UnavailablePage.tsx';
import { LinkProblemPage } from '../../views/shared/LinkPages.tsx';
import { MessagePage } from '../../views/shared/MessagePage.tsx';

type Provider = () => Promise<RequestDeps>;

/** Per connection and address, per connection, per address whoever asks: strangers cannot lock an address out. */
const REQUEST_LIMITS: AddressLimits = { name: 'request', perAddressAndClient: 5, perClient: 20, perAddress: 20, windowMs: 3_600_000 };
const PER_THREAD_LINK: Limit = { name: 'thread-action', max: 30, windowMs: 3_600_000 };

const pick = <V extends Record<string, string>>(vocabulary: V, codes: readonly string[]) =>
  Object.fromEntries(Object.entries(vocabulary).filter(([code]) => codes.includes(code)));

function requestFormPage(
  a: AmbassadorRecord,
  departments: readonly string[],
  errors: Errors,
  posted: Record<string, unknown>,
  signedIn: { email: string } | undefined,
  status = 200,
): Response {
  const p = a.public;
  return page(
    createElement(RequestFormPage, {
      ambassador: { department: a.department, slug: a.slug, displayName: p.displayName, jobTitle: p.jobTitle },
      commitment: commitmentSentence(p),
      offer: {
        interventions: pick(INTERVENTIONS, p.interventions),
        publics: pick(PUBLICS, p.publics),
        modalities: pick(MODALITIES, p.modalities),
      },
      departments: departmentOptions(departments),
      errors,
      posted,
      signedIn,
    }),
    status,
  );
}

const unavailablePage = (
  reason: UnavailableReason,
  name: string | undefined,
  suggestions: readonly Suggestion[],
  yearly?: { ambassador: AmbassadorRecord | undefined; clock: Clock },
) => {
  const volume = yearly?.ambassador?.public.yearlyInterventions;
  const next = yearly && schoolYearOf(yearly.clock.now()).startYear + 1;
  return page(
    createElement(UnavailablePage, {
      reason,
      name,
      suggestions,
      yearly: reason === 'yearly' && volume !== undefined ? { volume, nextSchoolYear: `1er septembre ${next}` } : undefined,
    }),
    409,
  );
};

/**
 * GET ?ambassadeur=59/slug: the form for that ambassador. POST: the request. A requester signed
 * in to « Mes demandes » (its cookie covers /api/demandes) sees their address filled in, and a
 * request made with it goes straight to the ambassador.
 */
export function requestFormHandler(deps: Provider) {
  return async (req: Request, context: { ip?: string } = {}): Promise<Response> => {
    try {
      if (req.method === 'GET') {
        const d = await deps();
        const path = new URL(req.url).searchParams.get('ambassadeur') ?? '';
        const a = /^[\dAB]{2,3}\/[a-z0-9-]+$/.test(path) ? await ambassadorByPath(d.db, path) : undefined;
        if (!a) return unavailablePage('unknown', undefined, []);
        const unavailable = await whyUnavailable(d, a);
        if (unavailable)
          return unavailablePage(unavailable.unavailable, a.public.displayName, unavailable.suggestions, { ambassador: a, clock: d.clock });
        return requestFormPage(a, d.settings.departments, {}, {}, await signedInRequester(d, req));
      }
      if (req.method !== 'POST') return methodNotAllowed('GET, POST');
      if (!isSameOrigin(req)) return forbidden();
      const body = await readBody(req, []);
      if (!body) return messagePage('Envoi refusé', ['Formulaire illisible : rechargez la page et recommencez.'], 400);
      const sentPage = (straightToAmbassador = false) => page(createElement(RequestSentPage, { straightToAmbassador }));
      if (typeof body.website === 'string' && body.website !== '') return sentPage();
      delete body.website;
      const d = await deps();
      const email = typeof body.email === 'string' ? body.email.trim() : '';
      // Without an address nothing is written or mailed (the schema refuses it): no limit to count.
      const check = email ? await checkAddressRequest(d.db, d.clock, REQUEST_LIMITS, { address: email, ip: context.ip }) : { ok: true };
      if (!check.ok) {
        return messagePage('Trop de demandes', ['Trop de demandes envoyées en peu de temps. Réessayez dans une heure.'], 429);
      }
      const requester = await signedInRequester(d, req);
      const result = await submitRequest(d, body, requester ? { signedInRequester: requester } : {});
      if (result.ok) return sentPage(result.straightToAmbassador);
      const a = typeof body.ambassador === 'string' ? await ambassadorByPath(d.db, body.ambassador) : undefined;
      if ('unavailable' in result || !a)
        return unavailablePage(
          'unavailable' in result ? result.unavailable : 'unknown',
          a?.public.displayName,
          'suggestions' in result ? result.suggestions : [],
          { ambassador: a, clock: d.clock },
        );
      return requestFormPage(a, d.settings.departments, result.errors, body, requester, 422);
    } catch (error) {
      console.error(`request: ${(error as Error).name}`);
      return unavailable(req);
    }
  };
}

/** GET shows a button; POST confirms the requester's address and sends the request. */
export const confirmRequestHandler = (deps: Provider) =>
  confirmLinkHandler(deps, {
    purpose: 'confirm_request',
    button: (token) => createElement(ConfirmRequestPage, { token }),
    confirm: confirmRequest,
    done: () =>
      createElement(MessagePage, {
        title: 'Demande transmise',
        paragraphs: [
          'Merci ! Votre demande est transmise à l’ambassadeur. Vous venez de recevoir un courriel avec le lien pour la suivre et lui écrire.',
        ],
      }),
    problem: (reason) => createElement(RequestLinkProblem, { reason }),
    name: 'confirm-request',
  });

/** GET ?jeton=…: the thread for the side the link belongs to. POST (jeton, action, fields): one action. */
export const threadHandler = (deps: Provider) =>
  actionLinkHandler(deps, {
    path: '/api/demandes/fil',
    done: THREAD_DONE,
    open: openThread,
    act: actOnThread,
    view: (thread, token, outcome) => createElement(ThreadPage, { thread, token, ...outcome }),
    problem: (reason) => createElement(RequestLinkProblem, { reason }),
    limit: PER_THREAD_LINK,
    // Every action mails the other side (a message, other dates, a new date…): a link cannot be used to flood them.
    tooMany: 'Trop de messages ou d’actions envoyés en une heure depuis ce lien. Réessayez un peu plus tard.',
    name: 'request-thread',
  });

/** What a feedback survey is made of: its token's purpose, how it is recorded, how its form is shown, its name in the logs. */
export interface Survey<D> {
  purpose: TokenPurpose;
  submit: (deps: D, token: string, fields: Record<string, unknown>) => Promise<ActionResult>;
  form: (props: { token: string; errors?: Errors; posted?: Record<string, unknown> }) => ReactElement;
  name: string;
}

/** GET ?jeton=…: a feedback form. POST: records it once. A request's survey, and a mini-stage's (src/server/handlers/ministages.ts). */
export function surveyHandler<D extends { db: RequestDeps['db']; clock: RequestDeps['clock'] }>(deps: () => Promise<D>, survey: Survey<D>) {
  return async (req: Request): Promise<Response> => {
    try {
      const d = await deps();
      if (req.method === 'GET') {
        const token = new URL(req.url).searchParams.get('jeton') ?? '';
        const check = await peekToken(d.db, d.clock, survey.purpose, token);
        if (!check.ok) {
          const explanation = check.reason === 'used' ? 'Merci, votre avis est déjà enregistré.' : 'Ce lien a expiré ou n’est pas valide.';
          return page(createElement(LinkProblemPage, { explanation }), 410);
        }
        return page(survey.form({ token }));
      }
      if (req.method !== 'POST') return methodNotAllowed('GET, POST');
      if (!isSameOrigin(req)) return forbidden();
      const { jeton, ...fields } = (await readBody(req, [])) ?? {};
      const token = typeof jeton === 'string' ? jeton : '';
      const result = await survey.submit(d, token, fields);
      if (result.ok) return messagePage('Merci !', [result.done]);
      if ('refused' in result) return messagePage('Avis non enregistré', [result.refused], 410);
      return page(survey.form({ token, errors: result.errors, posted: fields }), 422);
    } catch (error) {
      console.error(`${survey.name}: ${(error as Error).name}`);
      return unavailable(req);
    }
  };
}

/** GET ?jeton=…: the feedback form. POST: records it once. */
export const feedbackHandler = (deps: Provider) =>
  surveyHandler(deps, {
    purpose: 'request_feedback',
    submit: submitFeedback,
    form: (props) => createElement(FeedbackPage, props),
    name: 'request-feedback',
  });
