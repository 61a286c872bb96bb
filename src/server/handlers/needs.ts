/**
 * HTTP side of a need sent to several ambassadors (issue F, part 4): the form (GET) and its POST,
 * and the requester's confirmation link (GET shows a button, POST sends). The invited ambassadors
 * answer on the request thread (src/server/handlers/requests.ts). Pages work without JavaScript.
 */
import { createElement } from 'react';
import { isSameOrigin, messagePage, methodNotAllowed, page, readBody, unavailable } from '../http.ts';
import { checkAddressRequest, type AddressLimits } from '../rate-limit.ts';
import { confirmLinkHandler } from './confirm-link.ts';
import { forbidden } from './link-session.ts';
import { signedInRequester } from './requester-space.ts';
import type { RequestDeps } from '../workflows/requests/deps.ts';
import { confirmNeed } from '../workflows/needs/dispatch.ts';
import { submitNeed } from '../workflows/needs/submit.ts';
import { departmentOptions } from '../../lib/directory.ts';
import type { Errors } from '../../views/form/Field.tsx';
import { NeedFormPage } from '../../views/needs/NeedFormPage.tsx';
import { ConfirmNeedPage, NeedConfirmedPage, NeedSentPage } from '../../views/needs/NeedPages.tsx';
import { LinkProblemPage } from '../../views/shared/LinkPages.tsx';

type Provider = () => Promise<RequestDeps>;

/** A need mails up to five ambassadors: tighter than a single request's limits. */
const NEED_LIMITS: AddressLimits = { name: 'need', perAddressAndClient: 3, perClient: 10, perAddress: 10, windowMs: 3_600_000 };

const LINK_PROBLEMS = {
  used: 'Ce lien a déjà servi : votre besoin est transmis. Un courriel vous a dit à combien d’ambassadeurs.',
  expired: 'Ce lien a expiré. Décrivez à nouveau votre besoin depuis l’annuaire.',
  unknown: 'Ce lien n’est pas valide. Vérifiez qu’il a été copié en entier.',
} as const;

const needFormPage = (
  departments: readonly string[],
  errors: Errors,
  posted: Record<string, unknown>,
  signedIn: { email: string } | undefined,
  status = 200,
) => page(createElement(NeedFormPage, { departments: departmentOptions(departments), errors, posted, signedIn }), status);

/** GET: the form. POST: the need. A requester signed in to « Mes demandes » sees their address, and a need made with it is sent at once. */
export function needFormHandler(deps: Provider) {
  return async (req: Request, context: { ip?: string } = {}): Promise<Response> => {
    try {
      if (req.method === 'GET') {
        const d = await deps();
        return needFormPage(d.settings.departments, {}, {}, await signedInRequester(d, req));
      }
      if (req.method !== 'POST') return methodNotAllowed('GET, POST');
      if (!isSameOrigin(req)) return forbidden();
      const body = await readBody(req, []);
      if (!body) return messagePage('Envoi refusé', ['Formulaire illisible : rechargez la page et recommencez.'], 400);
      if (typeof body.website === 'string' && body.website !== '') return page(createElement(NeedSentPage, {}));
      delete body.website;
      const d = await deps();
      const email = typeof body.email === 'string' ? body.email.trim() : '';
      // Without an address nothing is written or mailed (the schema refuses it): no limit to count.
      const check = email ? await checkAddressRequest(d.db, d.clock, NEED_LIMITS, { address: email, ip: context.ip }) : { ok: true };
      if (!check.ok)
        return messagePage('Trop de besoins envoyés', ['Trop de besoins envoyés en peu de temps. Réessayez dans une heure.'], 429);
      const requester = await signedInRequester(d, req);
      const result = await submitNeed(d, body, requester ? { signedInRequester: requester } : {});
      if (result.ok) return page(createElement(NeedSentPage, { invited: result.invited }));
      return needFormPage(d.settings.departments, result.errors, body, requester, 422);
    } catch (error) {
      console.error(`need: ${(error as Error).name}`);
      return unavailable(req);
    }
  };
}

/** GET shows a button; POST confirms the requester's address and sends the need. */
export const confirmNeedHandler = (deps: Provider) =>
  confirmLinkHandler(deps, {
    purpose: 'confirm_need',
    button: (token) => createElement(ConfirmNeedPage, { token }),
    confirm: confirmNeed,
    done: (result) => createElement(NeedConfirmedPage, { invited: result.invited }),
    problem: (reason) => createElement(LinkProblemPage, { explanation: LINK_PROBLEMS[reason] }),
    name: 'confirm-need',
  });
