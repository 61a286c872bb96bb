/**
 * HTTP side of "Gérer mon profil": link request, session opening and sign-out, the space (edit, contact
 * details, pause or resume, delete), the agenda and the threads it opens, the new address's confirmation
 * link, and the data export. HTTP only: checks → workflow → view (src/views/self-service) + status.
 * The session is an HttpOnly cookie limited to /api/profil.
 */
import { createElement } from 'react';
import { attachment, isSameOrigin, messagePage, methodNotAllowed, page, readBody, seeOther, unavailable } from '../http.ts';
import { LINK_REQUEST_LIMITS, checkAddressRequest, withinLimit, type Limit } from '../rate-limit.ts';
import {
  AMBASSADOR_SESSION_MS,
  MANAGE_LINK_PURPOSE,
  accountFromSession,
  deleteAccount,
  exportAccount,
  openAmbassadorSession,
  readProfile,
  requestManageLink,
  setPaused,
  updateProfile,
  type AmbassadorAccount,
  type SelfServiceDeps,
} from '../workflows/self-service.ts';
import { acceptAnimationMail, refuseAnimationMail } from '../workflows/animation/opt-out.ts';
import { agendaOf, feedbackFromSpace, threadFromSpace } from '../workflows/self-service/agenda.ts';
import { EMAIL_CHANGE_PURPOSE, changePhone, confirmEmailChange, requestEmailChange } from '../workflows/self-service/contact.ts';
import {
  forbidden,
  linkRequestHandler,
  sessionCookie,
  sessionFromLinkHandler,
  signInRequired,
  signOutHandler,
  type SessionSpace,
} from './link-session.ts';
import { departmentOptions } from '../../lib/directory.ts';
import { AgendaPage, AgendaRequestNotFoundPage } from '../../views/self-service/AgendaPage.tsx';
import { SpacePage } from '../../views/self-service/SpacePage.tsx';
import { employmentAreaOptions } from '../employment-areas.ts';
import { companyOptions } from '../records/companies.ts';

type Errors = Readonly<Record<string, string>>;

type Provider = () => Promise<SelfServiceDeps>;

const SPACE: SessionSpace<SelfServiceDeps> = {
  name: 'profile-session',
  kind: 'ambassador',
  purpose: MANAGE_LINK_PURPOSE,
  open: openAmbassadorSession,
  cookie: { name: 'session_ambassadeur', path: '/api/profil', maxAgeMs: AMBASSADOR_SESSION_MS },
  landing: '/api/profil',
  title: 'Gérer mon profil',
  button: 'Ouvrir mon espace',
  newLinkPage: '/gerer-mon-profil/',
};

/** The link mailed to a new address: its button confirms the change and opens a new session in the space. */
const EMAIL_CHANGE_LINK: SessionSpace<SelfServiceDeps> = {
  ...SPACE,
  name: 'profile-email',
  purpose: EMAIL_CHANGE_PURPOSE,
  open: confirmEmailChange,
  landing: '/api/profil?fait=adresse',
  title: 'Confirmer ma nouvelle adresse',
  button: 'Confirmer cette adresse',
};

export function manageLinkRequestHandler(deps: Provider) {
  return linkRequestHandler(deps, {
    name: 'manage-link',
    send: requestManageLink,
    answer: 'Si cette adresse est celle d’un ambassadeur du réseau, un lien pour gérer votre profil vient d’y être envoyé.',
    linkMail: (d) => ({
      template: 'manage_profile_link',
      purpose: MANAGE_LINK_PURPOSE,
      lifetimeMs: d.settings.confirmationLinkHours * 3_600_000,
    }),
  });
}

export function profileSessionHandler(deps: Provider) {
  return sessionFromLinkHandler(deps, SPACE);
}

export function profileSignOutHandler(deps: Provider) {
  return signOutHandler(deps, SPACE);
}

export function emailChangeConfirmHandler(deps: Provider) {
  return sessionFromLinkHandler(deps, EMAIL_CHANGE_LINK);
}

type Context = { ip?: string };

/** A page of the space: the session's account, or 401; the database down, 503 (used by handlers/attestation.ts too). */
export function forAmbassador(
  deps: Provider,
  name: string,
  handle: (req: Request, d: SelfServiceDeps, account: AmbassadorAccount, context: Context) => Promise<Response>,
) {
  return async (req: Request, context: Context = {}): Promise<Response> => {
    try {
      const d = await deps();
      const account = await accountFromSession(d, sessionCookie(req, SPACE));
      if (!account) return signInRequired(SPACE.newLinkPage, 'aux ambassadeurs du réseau');
      return await handle(req, d, account, context);
    } catch (error) {
      console.error(`${name}: ${(error as Error).name}`);
      return unavailable(req);
    }
  };
}

const DONE: Record<string, string> = {
  modifie: 'Votre profil est enregistré. L’annuaire le montrera après la prochaine mise à jour du site, dans quelques minutes.',
  pause: 'Votre profil est en pause : il reste visible, mais on ne peut plus vous solliciter.',
  reprise: 'Votre profil est de nouveau disponible pour des demandes.',
  adresse:
    'Votre nouvelle adresse est enregistrée : c’est à elle que le réseau vous écrira. Les liens reçus à l’ancienne adresse ne fonctionnent plus ; retrouvez vos demandes dans votre agenda.',
  telephone: 'Votre numéro de téléphone est enregistré.',
  'telephone-retire': 'Votre numéro de téléphone est retiré.',
  'sans-animation':
    'C’est noté : vous ne recevrez plus les messages d’animation du réseau. Les demandes d’intervention vous parviennent toujours.',
  'avec-animation': 'C’est noté : vous recevrez de nouveau les messages d’animation du réseau.',
};

/** What the page says once done; the address's link lasts as long as the settings say. */
function doneMessage(d: SelfServiceDeps, key: string | null): string | undefined {
  // The same words whether or not the address was free (the mail to it says which): the space does not tell who is registered.
  if (key === 'lien-adresse')
    return `Nous avons écrit à la nouvelle adresse : ouvrez le lien reçu pour confirmer le changement (il est valable ${d.settings.confirmationLinkHours} heures). D’ici là, votre adresse reste la même.`;
  return key && Object.hasOwn(DONE, key) ? DONE[key] : undefined;
}

/** The same limits as the other link requests (per address and connection, per connection, per address), and a few per account. */
const EMAIL_CHANGE_LIMITS = { name: 'email-change', ...LINK_REQUEST_LIMITS };
const EMAIL_CHANGES_PER_ACCOUNT: Limit = { name: 'email-change-account', max: 5, windowMs: 3_600_000 };

async function withinEmailChangeLimits(d: SelfServiceDeps, accountId: string, email: string, ip: string | undefined): Promise<boolean> {
  if (!(await withinLimit(d.db, d.clock, EMAIL_CHANGES_PER_ACCOUNT, accountId))) return false;
  return (await checkAddressRequest(d.db, d.clock, EMAIL_CHANGE_LIMITS, { address: email, ip })).ok;
}

const LIST_FIELDS = ['interventions', 'publics', 'modalities', 'themes', 'departments', 'employmentAreas'];

/** GET: the space. POST (action = modifier | adresse | telephone | pause | reprendre | sans-animation | avec-animation | supprimer). */
export function profileSpaceHandler(deps: Provider) {
  return forAmbassador(deps, 'profile', async (req, d, account, context) => {
    if (req.method === 'GET') return spacePage(d, account, {}, {}, doneMessage(d, new URL(req.url).searchParams.get('fait')));
    if (req.method !== 'POST') return methodNotAllowed('GET, POST');
    if (!isSameOrigin(req)) return forbidden();
    const { action, ...fields } = (await readBody(req, LIST_FIELDS)) ?? {};
    if (action === 'adresse') {
      const email = typeof fields.email === 'string' ? fields.email.trim() : '';
      if (email && !(await withinEmailChangeLimits(d, account.id, email, context.ip))) {
        const tooMany = { email: 'Adresse e-mail : trop de demandes de changement en une heure. Réessayez plus tard.' };
        return spacePage(d, account, tooMany, { email }, undefined, 429);
      }
      const result = await requestEmailChange(d, account, email);
      if (!result.ok) return spacePage(d, account, result.errors, { email }, undefined, 422);
      return seeOther('/api/profil?fait=lien-adresse');
    }
    if (action === 'telephone') {
      const result = await changePhone(d, account.id, fields.phone);
      if (!result.ok) return spacePage(d, account, result.errors, { phone: fields.phone }, undefined, 422);
      return seeOther(`/api/profil?fait=${result.phone ? 'telephone' : 'telephone-retire'}`);
    }
    if (action === 'sans-animation' || action === 'avec-animation') {
      if (action === 'sans-animation') await refuseAnimationMail(d.db, d.clock, account.id, 'space');
      else await acceptAnimationMail(d.db, d.clock, account.id);
      return seeOther(`/api/profil?fait=${action}`);
    }
    if (action === 'supprimer') {
      if (fields.confirmation !== 'oui') {
        return spacePage(d, account, { confirmation: 'Cochez la case pour confirmer la suppression définitive.' }, {}, undefined, 422);
      }
      await deleteAccount(d, account.id);
      return messagePage('Compte supprimé', [
        'Votre profil est retiré de l’annuaire (dans quelques minutes, le temps de la mise à jour du site) et vos données personnelles sont effacées. Merci pour le temps que vous avez donné aux jeunes.',
      ]);
    }
    const result = action === 'modifier' ? await updateProfile(d, account.id, fields) : await setPaused(d, account.id, action === 'pause');
    if (!result.ok) return spacePage(d, account, result.errors, fields, undefined, 422);
    const done = action === 'modifier' ? 'modifie' : action === 'pause' ? 'pause' : 'reprise';
    return seeOther(`/api/profil?fait=${done}`);
  });
}

/** GET: every piece of data the platform holds about the ambassador, as a JSON file. */
export function profileExportHandler(deps: Provider) {
  return forAmbassador(deps, 'profile-export', async (req, d, account) => {
    if (req.method !== 'GET') return methodNotAllowed('GET');
    const data = await exportAccount(d, account.id);
    return attachment(JSON.stringify(data, null, 2), { type: 'application/json; charset=utf-8', filename: 'mes-donnees-ambassadeur.json' });
  });
}

/** GET: the agenda of the signed-in ambassador. */
export function profileAgendaHandler(deps: Provider) {
  return forAmbassador(deps, 'profile-agenda', async (req, d, account) => {
    if (req.method !== 'GET') return methodNotAllowed('GET');
    return page(createElement(AgendaPage, { agenda: await agendaOf(d, account.id) }));
  });
}

const requestNotFound = () => page(createElement(AgendaRequestNotFoundPage), 404);

/**
 * GET ?demande=<id>: to the thread of one of the ambassador's requests, by a fresh thread link (303).
 * A GET that issues a link: the cookie is SameSite=Strict and limited to /api/profil, so only the
 * ambassador's own clicks in the space carry a session, and the request itself does not change.
 */
export function spaceThreadHandler(deps: Provider) {
  return forAmbassador(deps, 'profile-thread', async (req, d, account) => {
    if (req.method !== 'GET') return methodNotAllowed('GET');
    const path = await threadFromSpace(d, account.id, new URL(req.url).searchParams.get('demande'));
    return path ? seeOther(path) : requestNotFound();
  });
}

/** GET ?demande=<id>: to the feedback form of one of the ambassador's requests done (303), as the thread above. */
export function spaceFeedbackHandler(deps: Provider) {
  return forAmbassador(deps, 'profile-feedback', async (req, d, account) => {
    if (req.method !== 'GET') return methodNotAllowed('GET');
    const feedback = await feedbackFromSpace(d, account.id, new URL(req.url).searchParams.get('demande'));
    if (!feedback) return requestNotFound();
    if ('given' in feedback) return messagePage('Avis déjà donné', ['Merci, votre avis sur ce rendez-vous est déjà enregistré.']);
    return seeOther(feedback.path);
  });
}

async function spacePage(
  d: SelfServiceDeps,
  account: AmbassadorAccount,
  errors: Errors,
  posted: Record<string, unknown>,
  done?: string,
  status = 200,
): Promise<Response> {
  const profile = await readProfile(d.content, account);
  return page(
    createElement(SpacePage, {
      account,
      profile: profile && { ...profile },
      departments: departmentOptions(d.settings.departments),
      areas: employmentAreaOptions(),
      companies: await companyOptions(d.db),
      errors,
      posted,
      done,
    }),
    status,
  );
}
