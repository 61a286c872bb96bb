/**
 * HTTP side of the signup (functions signup.mts and confirm-application.mts): checks in
 * order method, origin, input, limits, then hands over to the workflow. Answers in French,
 * as JSON for the enhanced form and as pages or redirects for a form posted without JavaScript.
 */
import { createElement } from 'react';
import { departmentOptions } from '../../lib/directory.ts';
import { postedValues } from '../../lib/forms/values.ts';
import {
  CannotConfirmPage,
  ConfirmApplicationPage,
  SignupCorrectionPage,
  type CannotConfirmReason,
} from '../../views/signup/SignupPages.tsx';
import { isSameOrigin, json, messagePage, methodNotAllowed, page, readBody, seeOther, unavailable, wantsJson } from '../http.ts';
import { resendLatestLink, type LinkMail } from '../link-resend.ts';
import { LINK_REQUEST_LIMITS, checkAddressRequest, type AddressLimits } from '../rate-limit.ts';
import { peekToken } from '../tokens.ts';
import { confirmApplication, resendConfirmationLink, submitApplication, type SignupDeps } from '../workflows/signup.ts';
import { employmentAreaOptions } from '../employment-areas.ts';
import { companyOptions } from '../records/companies.ts';

export type DepsProvider = () => Promise<SignupDeps>;
export interface RequestContext {
  ip?: string;
}

/** Per connection and address, per connection (20: a school's shared connection), per address whoever asks. */
const SIGNUP_LIMITS: AddressLimits = { ...LINK_REQUEST_LIMITS, name: 'signup', perClient: 20 };
const NEW_LINK_LIMITS: AddressLimits = { ...LINK_REQUEST_LIMITS, name: 'new-confirmation-link' };
/** Past the per-address cap (strangers posting the address), the still-valid confirmation link goes again. */
const confirmationMail = (d: SignupDeps): LinkMail => ({
  template: 'confirm_application',
  purpose: 'confirm_application',
  lifetimeMs: d.settings.confirmationLinkHours * 3_600_000,
});

/** Said whether or not the address is already known (brief W3). */
export const SIGNUP_ACCEPTED =
  'Merci ! Un lien de confirmation vient d’être envoyé à l’adresse indiquée. Ouvrez-le pour transmettre votre inscription au référent de votre département.';

function refused(req: Request, status: number, message: string): Response {
  return wantsJson(req) ? json({ message }, status) : messagePage('Envoi refusé', [message], status);
}

export function signupHandler(deps: DepsProvider) {
  return async (req: Request, context: RequestContext = {}): Promise<Response> => {
    if (req.method !== 'POST') return methodNotAllowed('POST');
    if (!isSameOrigin(req)) return refused(req, 403, 'Le formulaire doit être envoyé depuis le site du réseau.');
    const body = await readBody(req);
    if (!body) return refused(req, 400, 'Formulaire illisible : rechargez la page et recommencez.');
    const wantsJsonAnswer = wantsJson(req);
    const accepted = () => (wantsJsonAnswer ? json({ message: SIGNUP_ACCEPTED }, 202) : seeOther('/devenir-ambassadeur/merci/'));
    // Honeypot: a field people never see. Bots that fill it are told "thank you" and nothing is kept.
    if (typeof body.website === 'string' && body.website !== '') return accepted();
    delete body.website;
    try {
      const d = await deps();
      const email = typeof body.email === 'string' ? body.email.trim() : '';
      // Without an address nothing is written or mailed (the schema refuses it): no limit to count.
      const check = email
        ? await checkAddressRequest(d.db, d.clock, SIGNUP_LIMITS, { address: email, ip: context.ip })
        : ({ ok: true } as const);
      if (!check.ok && check.over === 'client') {
        return refused(req, 429, 'Trop d’inscriptions envoyées depuis cette connexion. Réessayez dans une heure.');
      }
      if (!check.ok && check.over === 'address-and-client') {
        return refused(req, 429, 'Trop de demandes pour cette adresse. Réessayez dans une heure.');
      }
      // Posted from many connections: perhaps not by its owner. Nothing new; the owner gets the valid link again.
      if (!check.ok) {
        await resendLatestLink(d.db, d.clock, { name: 'signup', address: email, mail: confirmationMail(d) });
        return accepted();
      }
      const result = await submitApplication(d, body);
      if (result.ok) return accepted();
      if (wantsJsonAnswer) return json({ errors: result.errors }, 422);
      const values = postedValues(body);
      const correction = createElement(SignupCorrectionPage, {
        values,
        errors: result.errors,
        departments: departmentOptions(d.settings.departments),
        areas: employmentAreaOptions(),
        companies: await companyOptions(d.db),
        charterVersion: values.text('charterVersion'),
      });
      return page(correction, 422);
    } catch (error) {
      console.error(`signup: ${(error as Error).name}`); // never the input: it holds personal data
      return unavailable(req);
    }
  };
}

const CONFIRM_PATH = '/api/inscription/confirmer';
const NEW_LINK_PATH = '/api/inscription/nouveau-lien';

function cannotConfirm(reason: CannotConfirmReason): Response {
  return page(createElement(CannotConfirmPage, { reason, newLinkAction: NEW_LINK_PATH }), 410);
}

/** GET shows the page (mail scanners may follow it); only the POST confirms. */
export function confirmApplicationHandler(deps: DepsProvider) {
  return async (req: Request): Promise<Response> => {
    try {
      if (req.method === 'GET') {
        const token = new URL(req.url).searchParams.get('jeton') ?? '';
        const d = await deps();
        const check = await peekToken(d.db, d.clock, 'confirm_application', token);
        if (!check.ok) return cannotConfirm(check.reason);
        return page(createElement(ConfirmApplicationPage, { action: CONFIRM_PATH, token }));
      }
      if (req.method !== 'POST') return methodNotAllowed('GET, POST');
      if (!isSameOrigin(req)) return refused(req, 403, 'La confirmation doit être envoyée depuis le site du réseau.');
      const body = await readBody(req, []);
      const token = typeof body?.jeton === 'string' ? body.jeton : '';
      const result = await confirmApplication(await deps(), token);
      if (!result.ok) return cannotConfirm(result.reason);
      return messagePage('Adresse confirmée', [
        'Merci ! Votre inscription est transmise au référent de votre département. Il vérifie la charte et, si vous rencontrez des mineurs, l’extrait de casier judiciaire, puis publie votre profil. Vous recevrez un e-mail à chaque étape.',
      ]);
    } catch (error) {
      console.error(`confirm-application: ${(error as Error).name}`);
      return unavailable(req);
    }
  };
}

export function newConfirmationLinkHandler(deps: DepsProvider) {
  return async (req: Request, context: RequestContext = {}): Promise<Response> => {
    if (req.method !== 'POST') return methodNotAllowed('POST');
    if (!isSameOrigin(req)) return refused(req, 403, 'La demande doit être envoyée depuis le site du réseau.');
    const body = await readBody(req, []);
    const email = typeof body?.email === 'string' ? body.email.trim() : '';
    try {
      const d = await deps();
      const check = email ? await checkAddressRequest(d.db, d.clock, NEW_LINK_LIMITS, { address: email, ip: context.ip }) : undefined;
      if (check?.ok) await resendConfirmationLink(d, email);
      else if (check?.over === 'address')
        await resendLatestLink(d.db, d.clock, { name: NEW_LINK_LIMITS.name, address: email, mail: confirmationMail(d) });
      return messagePage('Demande reçue', [
        'Si une inscription attend sa confirmation avec cette adresse, un nouveau lien vient d’y être envoyé.',
      ]);
    } catch (error) {
      console.error(`new-confirmation-link: ${(error as Error).name}`);
      return unavailable(req);
    }
  };
}
