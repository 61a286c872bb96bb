/**
 * HTTP side of the signup (functions signup.mts and confirm-application.mts): checks in
 * order method, origin, input, limits, then hands over to the workflow. Answers in French,
 * as JSON for the enhanced form and as pages or redirects for a form posted without JavaScript.
 */
import { escapeHtml } from '../html/escape.ts';
import { signupCorrectionForm } from '../html/signup-form.ts';
import { htmlPage, isSameOrigin, json, methodNotAllowed, readBody, seeOther, unavailable, wantsJson } from '../http.ts';
import { withinLimit, type Limit } from '../rate-limit.ts';
import { peekToken } from '../tokens.ts';
import { confirmApplication, resendConfirmationLink, submitApplication, type SignupDeps } from '../workflows/signup.ts';

export type DepsProvider = () => Promise<SignupDeps>;
export interface RequestContext {
  ip?: string;
}

const PER_IP: Limit = { name: 'signup-ip', max: 20, windowMs: 3_600_000 };
const PER_EMAIL: Limit = { name: 'signup-email', max: 3, windowMs: 3_600_000 };

/** Said whether or not the address is already known (brief W3). */
export const SIGNUP_ACCEPTED =
  'Merci ! Un lien de confirmation vient d’être envoyé à l’adresse indiquée. Ouvrez-le pour transmettre votre inscription au référent de votre département.';

function refused(req: Request, status: number, message: string): Response {
  return wantsJson(req) ? json({ message }, status) : htmlPage({ title: 'Envoi refusé', body: `<p>${escapeHtml(message)}</p>`, status });
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
      if (!(await withinLimit(d.db, d.clock, PER_IP, context.ip ?? 'inconnue'))) {
        return refused(req, 429, 'Trop d’inscriptions envoyées depuis cette connexion. Réessayez dans une heure.');
      }
      if (typeof body.email === 'string' && !(await withinLimit(d.db, d.clock, PER_EMAIL, body.email.trim()))) {
        return refused(req, 429, 'Trop de demandes pour cette adresse. Réessayez dans une heure.');
      }
      const result = await submitApplication(d, body);
      if (result.ok) return accepted();
      if (wantsJsonAnswer) return json({ errors: result.errors }, 422);
      return htmlPage({
        title: 'Quelques réponses sont à corriger',
        body: signupCorrectionForm(body, result.errors, d.settings.departments),
        status: 422,
      });
    } catch (error) {
      console.error(`signup: ${(error as Error).name}`); // never the input: it holds personal data
      return unavailable(req);
    }
  };
}

const REASONS: Record<'unknown' | 'expired' | 'used', string> = {
  used: 'Ce lien a déjà servi : votre adresse est confirmée et votre inscription est entre les mains du référent de votre département.',
  expired: 'Ce lien a expiré. Demandez-en un nouveau ci-dessous : il vous sera envoyé si votre inscription attend encore sa confirmation.',
  unknown: 'Ce lien n’est pas valide. Vérifiez qu’il a été copié en entier, ou demandez-en un nouveau ci-dessous.',
};

const newLinkForm = `<form method="post" action="/api/inscription/nouveau-lien"><label for="email">Votre adresse e-mail</label><input id="email" name="email" type="email" autocomplete="email" required> <button type="submit">Recevoir un nouveau lien</button></form>`;

function cannotConfirm(reason: keyof typeof REASONS): Response {
  return htmlPage({
    title: 'Confirmation impossible',
    body: `<p>${REASONS[reason]}</p>${reason === 'used' ? '' : newLinkForm}`,
    status: 410,
  });
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
        return htmlPage({
          title: 'Confirmer votre inscription',
          body: `<p>Un dernier geste : confirmez votre adresse pour transmettre votre inscription au référent de votre département.</p><form method="post"><input type="hidden" name="jeton" value="${escapeHtml(token)}"><button type="submit">Confirmer mon adresse</button></form>`,
        });
      }
      if (req.method !== 'POST') return methodNotAllowed('GET, POST');
      if (!isSameOrigin(req)) return refused(req, 403, 'La confirmation doit être envoyée depuis le site du réseau.');
      const body = await readBody(req, []);
      const token = typeof body?.jeton === 'string' ? body.jeton : '';
      const result = await confirmApplication(await deps(), token);
      if (!result.ok) return cannotConfirm(result.reason);
      return htmlPage({
        title: 'Adresse confirmée',
        body: '<p>Merci ! Votre inscription est transmise au référent de votre département. Il vérifie la charte et, si vous rencontrez des mineurs, l’extrait de casier judiciaire, puis publie votre profil. Vous recevrez un e-mail à chaque étape.</p>',
      });
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
      if (
        (await withinLimit(d.db, d.clock, PER_IP, context.ip ?? 'inconnue')) &&
        (await withinLimit(d.db, d.clock, PER_EMAIL, email)) &&
        email
      ) {
        await resendConfirmationLink(d, email);
      }
      return htmlPage({
        title: 'Demande reçue',
        body: '<p>Si une inscription attend sa confirmation avec cette adresse, un nouveau lien vient d’y être envoyé.</p>',
      });
    } catch (error) {
      console.error(`new-confirmation-link: ${(error as Error).name}`);
      return unavailable(req);
    }
  };
}
