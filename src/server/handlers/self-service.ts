/**
 * HTTP side of "Gérer mon profil": link request, session opening, the space (edit, pause or
 * resume, delete) and the data export. The session is an HttpOnly cookie limited to /api/profil.
 */
import { attachment, htmlPage, isSameOrigin, methodNotAllowed, readBody, seeOther, unavailable } from '../http.ts';
import { escapeHtml as e } from '../html/escape.ts';
import { errorSummary, postForm, type Errors } from '../html/form.ts';
import { postedValues, publicProfileFields } from '../html/profile-fields.ts';
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
import { forbidden, linkRequestHandler, sessionCookie, sessionFromLinkHandler, signInRequired, type SessionSpace } from './link-session.ts';
import { APPLICATION_FIELD_LABELS } from '../../lib/application.ts';

type Provider = () => Promise<SelfServiceDeps>;

const SPACE: SessionSpace<SelfServiceDeps> = {
  name: 'profile-session',
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
  });
}

export function profileSessionHandler(deps: Provider) {
  return sessionFromLinkHandler(deps, SPACE);
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
      return htmlPage({
        title: 'Compte supprimé',
        body: '<p>Votre profil est retiré de l’annuaire (dans quelques minutes, le temps de la mise à jour du site) et vos données personnelles sont effacées. Merci pour le temps que vous avez donné aux jeunes.</p>',
      });
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
  const publicUrl = `/ambassadeurs/${account.department}/${account.slug}/`;
  const edit = profile
    ? postForm(
        '/api/profil',
        { action: 'modifier' },
        [
          publicProfileFields(
            postedValues(posted, { ...profile, monthlyCapacity: account.monthlyCapacity }),
            errors,
            d.settings.departments,
          ),
          '<button type="submit">Enregistrer mon profil</button>',
        ].join(''),
      )
    : '<p>Votre profil public est introuvable : l’équipe régionale l’a peut-être retiré. Écrivez au contact du réseau.</p>';
  const pause = postForm(
    '/api/profil',
    { action: account.paused ? 'reprendre' : 'pause' },
    `<button type="submit">${account.paused ? 'Reprendre les demandes' : 'Mettre mon profil en pause'}</button>`,
  );
  const remove = postForm(
    '/api/profil',
    { action: 'supprimer' },
    `<div class="choix"><input type="checkbox" id="confirmation" name="confirmation" value="oui" required${errors.confirmation ? ' aria-invalid="true" aria-describedby="erreur-confirmation"' : ''}> <label for="confirmation">Je comprends que mon profil et toutes mes données seront effacés définitivement.</label></div>${errors.confirmation ? `<p class="erreur" id="erreur-confirmation">${e(errors.confirmation)}</p>` : ''}<p><button type="submit" class="danger">Supprimer mon compte</button></p>`,
  );
  return htmlPage({
    title: 'Gérer mon profil',
    status,
    body: `${done ? `<p role="status"><strong>${e(done)}</strong></p>` : ''}${errorSummary(errors, { ...APPLICATION_FIELD_LABELS, confirmation: 'Confirmation' })}<p>Bonjour ${e(account.firstName)}. Votre profil est <strong>${account.paused ? 'en pause' : 'disponible pour des demandes'}</strong> : <a href="${publicUrl}">voir mon profil public</a>.</p><section aria-labelledby="titre-modifier"><h2 id="titre-modifier">Modifier mon profil</h2>${edit}</section><section aria-labelledby="titre-pause"><h2 id="titre-pause">${account.paused ? 'Reprendre' : 'Faire une pause'}</h2><p>${account.paused ? 'Votre profil reste visible, mais personne ne peut vous solliciter.' : 'En pause, votre profil reste visible mais personne ne peut vous solliciter.'}</p>${pause}</section><section aria-labelledby="titre-donnees"><h2 id="titre-donnees">Mes données</h2><p><a href="/api/profil/donnees" download>Télécharger toutes mes données (fichier JSON)</a> : identité, inscription, consentements, profil.</p></section><section aria-labelledby="titre-supprimer"><h2 id="titre-supprimer">Supprimer mon compte</h2>${remove}</section>`,
  });
}
