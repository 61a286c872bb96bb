/**
 * HTTP side of the mini-stage applications (issue 11, part 5): the form for one offer (GET, at
 * the address the offer pages link to, /api/mini-stages?offre=<id>, and under /api/demandes where
 * the « Mes demandes » session reaches) and its POST, the requester's confirmation link, the
 * company's answer page, and each side's feedback after the stage. An unknown or expired offer
 * answers 404. Pages work without JavaScript.
 */
import { createElement } from 'react';
import { isSameOrigin, messagePage, methodNotAllowed, page, readBody, unavailable } from '../http.ts';
import { openOffer, type Offer } from '../offers.ts';
import { checkAddressRequest, type AddressLimits, type Limit } from '../rate-limit.ts';
import { actionLinkHandler, type ActionOutcome } from './action-link.ts';
import { confirmLinkHandler } from './confirm-link.ts';
import { forbidden } from './link-session.ts';
import { surveyHandler } from './requests.ts';
import { signedInRequester } from './requester-space.ts';
import { ANSWER_DONE, answerMinistage, openAnswer, submitMinistageFeedback, type AnswerAction } from '../workflows/ministages/answer.ts';
import { applyForMinistage, confirmMinistage, hostOf } from '../workflows/ministages/apply.ts';
import {
  CONFIRM_MINISTAGE_PATH,
  MINISTAGE_ANSWER_PATH,
  MINISTAGE_FEEDBACK_PATH,
  MINISTAGE_FORM_PATH,
  type MinistageDeps,
  type MinistageRow,
} from '../workflows/ministages/records.ts';
import { LEVEL_PUBLIC, stageDates } from '../../lib/ministage.ts';
import { AGREEMENT_ISSUERS, LEVELS, type Level } from '../../lib/vocabularies.ts';
import type { Errors } from '../../views/form/Field.tsx';
import { MinistageFormPage } from '../../views/ministages/MinistageFormPage.tsx';
import { MinistageAnswerPage, MinistageSentPage } from '../../views/ministages/MinistagePages.tsx';
import { FeedbackPage } from '../../views/requests/FeedbackPage.tsx';
import { MessagePage } from '../../views/shared/MessagePage.tsx';
import { LinkButtonPage, LinkProblemPage } from '../../views/shared/LinkPages.tsx';

type Provider = () => Promise<MinistageDeps>;

/** As a request to an ambassador (src/server/handlers/requests.ts): per connection and address, per connection, per address. */
const MINISTAGE_LIMITS: AddressLimits = { name: 'ministage', perAddressAndClient: 5, perClient: 20, perAddress: 20, windowMs: 3_600_000 };
const PER_ANSWER_LINK: Limit = { name: 'ministage-answer', max: 30, windowMs: 3_600_000 };

const offerNotFound = () =>
  messagePage(
    'Offre introuvable',
    [
      'Cette offre de mini-stage n’existe pas, n’est plus publiée ou a expiré (sa dernière période d’accueil est passée).',
      'Les offres ouvertes sont sur la page des mini-stages : /stages/.',
    ],
    404,
  );

function formPage(
  offer: Offer,
  companyName: string,
  errors: Errors,
  posted: Record<string, unknown>,
  signedIn: { email: string } | undefined,
  status = 200,
): Response {
  const levels = Object.fromEntries(
    Object.entries(LEVELS).filter(([code]) => {
      const p = LEVEL_PUBLIC[code as Level];
      return p === null || offer.publics.includes(p);
    }),
  );
  const agreements = Object.fromEntries(offer.agreements.map((code) => [code, AGREEMENT_ISSUERS[code]]));
  return page(
    createElement(MinistageFormPage, {
      offer: { id: offer.id, title: offer.title, companyName, durationDays: offer.durationDays, periods: offer.periods },
      levels,
      agreements,
      action: `${MINISTAGE_FORM_PATH}?offre=${encodeURIComponent(offer.id)}`,
      errors,
      posted,
      signedIn,
    }),
    status,
  );
}

/** GET ?offre=<id>: the form. POST ?offre=<id>: the application (a signed-in requester's goes straight to the company). */
export function ministageFormHandler(deps: Provider) {
  return async (req: Request, context: { ip?: string } = {}): Promise<Response> => {
    try {
      if (req.method !== 'GET' && req.method !== 'POST') return methodNotAllowed('GET, POST');
      if (req.method === 'POST' && !isSameOrigin(req)) return forbidden();
      const d = await deps();
      const offer = openOffer(d.offers, new URL(req.url).searchParams.get('offre') ?? '', d.clock);
      const company = offer && (await hostOf(d, offer));
      if (!offer || !company) return offerNotFound();
      const requester = await signedInRequester(d, req);
      if (req.method === 'GET') return formPage(offer, company.public.displayName, {}, {}, requester);
      const body = await readBody(req, []);
      if (!body) return messagePage('Envoi refusé', ['Formulaire illisible : rechargez la page et recommencez.'], 400);
      if (typeof body.website === 'string' && body.website !== '') return page(createElement(MinistageSentPage, {}));
      delete body.website;
      const email = typeof body.email === 'string' ? body.email.trim() : '';
      // Without an address nothing is written or mailed (the schema refuses it): no limit to count.
      const check = email ? await checkAddressRequest(d.db, d.clock, MINISTAGE_LIMITS, { address: email, ip: context.ip }) : { ok: true };
      if (!check.ok)
        return messagePage('Trop de candidatures', ['Trop de candidatures envoyées en peu de temps. Réessayez dans une heure.'], 429);
      const result = await applyForMinistage(d, offer, body, requester ? { signedInRequester: requester } : {});
      if (result.ok) return page(createElement(MinistageSentPage, { straightToCompany: result.straightToCompany === true }));
      if ('unavailable' in result) return offerNotFound();
      return formPage(offer, company.public.displayName, result.errors, body, requester, 422);
    } catch (error) {
      console.error(`ministage: ${(error as Error).name}`);
      return unavailable(req);
    }
  };
}

const CONFIRM_PROBLEMS = {
  used: 'Ce lien a déjà servi : votre candidature est transmise à l’entreprise. Vous recevrez sa réponse par courriel.',
  expired: 'Ce lien a expiré, ou la candidature a été annulée. Vous pouvez la refaire depuis la page de l’offre.',
  unknown: 'Ce lien n’est pas valide. Vérifiez qu’il a été copié en entier.',
} as const;

/** GET shows a button; POST confirms the requester's address and sends the application to the company. */
export const confirmMinistageHandler = (deps: Provider) =>
  confirmLinkHandler(deps, {
    purpose: 'confirm_ministage',
    button: (token) =>
      createElement(LinkButtonPage, {
        title: 'Confirmer votre candidature',
        button: 'Confirmer et envoyer ma candidature',
        action: CONFIRM_MINISTAGE_PATH,
        token,
      }),
    confirm: confirmMinistage,
    done: () =>
      createElement(MessagePage, {
        title: 'Candidature transmise',
        paragraphs: ['Merci ! Votre candidature est transmise à l’entreprise. Vous recevrez sa réponse par courriel.'],
      }),
    problem: (reason) => createElement(LinkProblemPage, { explanation: CONFIRM_PROBLEMS[reason] }),
    name: 'confirm-ministage',
  });

function answerView(row: MinistageRow, token: string, outcome: ActionOutcome<AnswerAction>) {
  const accepted = row.status === 'accepted' || row.status === 'done';
  return createElement(MinistageAnswerPage, {
    token,
    action: MINISTAGE_ANSWER_PATH,
    application: {
      offerTitle: row.offer_title,
      status: row.status,
      dates: stageDates({ startDay: row.start_day, endDay: row.end_day }),
      level: row.level,
      under16: row.under_16,
      agreementIssuer: row.agreement_issuer,
      requesterKind: row.requester_kind,
      requesterName: row.requester_name ?? '',
      organisationName: row.organisation_name,
      message: row.message,
      adult: accepted && row.adult_name && row.adult_phone ? { name: row.adult_name, phone: row.adult_phone } : undefined,
    },
    done: outcome.done,
    refused: outcome.refused,
    errors: outcome.sent?.errors ?? {},
  });
}

/** GET ?jeton=…: the application for the company. POST (jeton, action accept|decline, message): the answer, once. */
export const ministageAnswerHandler = (deps: Provider) =>
  actionLinkHandler(deps, {
    path: MINISTAGE_ANSWER_PATH,
    done: ANSWER_DONE,
    open: openAnswer,
    act: answerMinistage,
    view: answerView,
    problem: (reason) =>
      createElement(LinkProblemPage, {
        explanation:
          reason === 'expired'
            ? 'Ce lien a expiré : la candidature est close.'
            : 'Ce lien n’est pas valide. Vérifiez qu’il a été copié en entier.',
      }),
    limit: PER_ANSWER_LINK,
    tooMany: 'Trop d’actions envoyées en une heure depuis ce lien. Réessayez un peu plus tard.',
    name: 'ministage-answer',
  });

/** GET ?jeton=…: one side's survey after the stage. POST: records it once. */
export const ministageFeedbackHandler = (deps: Provider) =>
  surveyHandler(deps, {
    purpose: 'ministage_feedback',
    submit: submitMinistageFeedback,
    form: (props) =>
      createElement(FeedbackPage, {
        ...props,
        action: MINISTAGE_FEEDBACK_PATH,
        title: 'Comment s’est passé le mini-stage ?',
        withYoungPeople: false,
      }),
    name: 'ministage-feedback',
  });
