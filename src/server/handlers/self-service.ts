/**
 * HTTP side of "Gérer mon profil": link request, session opening and sign-out, the space (edit, pause or
 * resume, delete) and the data export. HTTP only: checks → workflow → view
 * (src/views/self-service) + status. The session is an HttpOnly cookie limited to /api/profil.
 */
import { createElement } from 'react';
import { attachment, isSameOrigin, messagePage, methodNotAllowed, page, readBody, seeOther, unavailable } from '../http.ts';
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
import { SpacePage } from '../../views/self-service/SpacePage.tsx';

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

function forAmbassador(
  deps: Provider,
  name: string,
  handle: (req: Request, d: SelfServiceDeps, account: AmbassadorAccount) => Promise<Response>,
) {
  return async (req: Request): Promise<Response> => {
    try {
      const d = await deps();
      const account = await accountFromSession(d, sessionCookie(req, SPACE));
      if (!account) return signInRequired(SPACE.newLinkPage, 'aux ambassadeurs du réseau');
      return await handle(req, d, account);
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
};

const LIST_FIELDS = ['interventions', 'publics', 'modalities', 'departments'];

/** GET: the space. POST (action = modifier | pause | reprendre | supprimer). */
export function profileSpaceHandler(deps: Provider) {
  return forAmbassador(deps, 'profile', async (req, d, account) => {
    if (req.method === 'GET') return spacePage(d, account, {}, {}, DONE[new URL(req.url).searchParams.get('fait') ?? '']);
    if (req.method !== 'POST') return methodNotAllowed('GET, POST');
    if (!isSameOrigin(req)) return forbidden();
    const { action, ...fields } = (await readBody(req, LIST_FIELDS)) ?? {};
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
      errors,
      posted,
      done,
    }),
    status,
  );
}
