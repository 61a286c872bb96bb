/**
 * HTTP side of the requests (brief F5–F7): the form (GET, shown for one ambassador with only
 * what they offer) and its POST, the requester's confirmation link, the relayed thread reached
 * by emailed links from both sides, and the feedback form. Pages work without JavaScript.
 */
import { htmlPage, isSameOrigin, methodNotAllowed, readBody, seeOther, unavailable } from '../http.ts';
import { escapeHtml as e } from '../html/escape.ts';
import { withinLimit, type Limit } from '../rate-limit.ts';
import { peekToken } from '../tokens.ts';
import { checkboxGroup, errorSummary, inputField, postForm, radioGroup, selectField, textAreaField, type Errors } from '../html/form.ts';
import { forbidden } from './link-session.ts';
import { ambassadorByPath, type AmbassadorRecord } from '../records/ambassadors.ts';
import { whyUnavailable } from '../workflows/requests/availability.ts';
import { confirmRequest } from '../workflows/requests/confirm.ts';
import type { RequestDeps } from '../workflows/requests/deps.ts';
import { submitFeedback } from '../workflows/requests/feedback.ts';
import { submitRequest } from '../workflows/requests/submit.ts';
import { openThread, type Thread } from '../workflows/requests/thread.ts';
import { actOnThread, THREAD_DONE, type ThreadAction } from '../workflows/requests/thread-actions.ts';
import type { Suggestion } from '../mail/request-templates.ts';
import { departmentChoices, departmentLabel } from '../../lib/directory.ts';
import { formatParis } from '../../lib/paris-time.ts';
import { REQUEST_STATUSES } from '../../lib/request-status.ts';
import { DURATIONS, MESSAGE_MAX } from '../../lib/request.ts';
import { INTERVENTIONS, MODALITIES, PUBLICS, REQUESTER_KINDS } from '../../lib/vocabularies.ts';

type Provider = () => Promise<RequestDeps>;

const PER_IP: Limit = { name: 'request-ip', max: 20, windowMs: 3_600_000 };
const PER_EMAIL: Limit = { name: 'request-email', max: 5, windowMs: 3_600_000 };
const PER_THREAD_LINK: Limit = { name: 'thread-message', max: 30, windowMs: 3_600_000 };

const pick = <V extends Record<string, string>>(vocabulary: V, codes: readonly string[]) =>
  Object.fromEntries(Object.entries(vocabulary).filter(([code]) => codes.includes(code)));

const FORM_LABELS: Record<string, string> = {
  requesterKind: 'Vous êtes',
  name: 'Votre nom',
  email: 'Adresse e-mail',
  role: 'Votre fonction',
  organisationName: 'Établissement ou structure',
  uai: 'Code UAI',
  age: 'Votre âge',
  department: 'Département',
  intervention: 'Type d’intervention',
  public: 'Public',
  level: 'Niveau',
  groupSize: 'Nombre de participants',
  modality: 'Modalité',
  under16: 'Moins de 16 ans',
  accompaniedBy: 'Accompagnement',
  slot1: 'Créneau 1',
  slot2: 'Créneau 2',
  slot3: 'Créneau 3',
  durationMinutes: 'Durée',
  message: 'Message',
};

function requestFormPage(
  a: AmbassadorRecord,
  departments: readonly string[],
  errors: Errors,
  posted: Record<string, unknown>,
  status = 200,
): Response {
  const v = (name: string, fallback = '') => (typeof posted[name] === 'string' ? (posted[name] as string) : fallback);
  const p = a.public;
  const fields = [
    selectField({ name: 'requesterKind', label: 'Vous êtes', value: v('requesterKind', 'school'), vocabulary: REQUESTER_KINDS, errors }),
    inputField({
      name: 'name',
      label: 'Votre nom (transmis à l’ambassadeur)',
      value: v('name'),
      errors,
      attributes: 'required maxlength="80" autocomplete="name"',
    }),
    inputField({
      name: 'email',
      label: 'Votre adresse e-mail',
      hint: 'Jamais montrée à l’ambassadeur : elle sert à confirmer la demande et à vous prévenir de ses réponses.',
      type: 'email',
      value: v('email'),
      errors,
      attributes: 'required autocomplete="email"',
    }),
    inputField({
      name: 'role',
      label: 'Votre fonction (établissement ou structure)',
      hint: 'Par exemple : professeure principale, conseiller d’orientation.',
      value: v('role'),
      errors,
      attributes: 'maxlength="80"',
    }),
    inputField({
      name: 'organisationName',
      label: 'Nom de l’établissement ou de la structure',
      value: v('organisationName'),
      errors,
      attributes: 'maxlength="120" autocomplete="organization"',
    }),
    inputField({
      name: 'uai',
      label: 'Code UAI de l’établissement scolaire',
      hint: '7 chiffres et une lettre, par exemple 0590001A.',
      value: v('uai'),
      errors,
      attributes: 'maxlength="8"',
    }),
    inputField({
      name: 'age',
      label: 'Votre âge (demande à titre personnel)',
      hint: 'Il faut avoir 15 ans ou plus.',
      type: 'number',
      value: v('age'),
      errors,
      attributes: 'min="15" max="120"',
    }),
    selectField({
      name: 'department',
      label: 'Département où aurait lieu l’intervention',
      hint: 'Si l’ambassadeur ne peut pas venir, les ambassadeurs proposés à sa place interviennent d’abord dans ce département.',
      value: v('department', a.department),
      vocabulary: departmentChoices(departments),
      errors,
    }),
    selectField({
      name: 'intervention',
      label: 'Type d’intervention',
      value: v('intervention'),
      vocabulary: pick(INTERVENTIONS, p.interventions),
      errors,
    }),
    selectField({ name: 'public', label: 'Public', value: v('public'), vocabulary: pick(PUBLICS, p.publics), errors }),
    inputField({
      name: 'level',
      label: 'Niveau ou classe (facultatif)',
      hint: 'Par exemple : 3e, 2de bac pro, BTS.',
      value: v('level'),
      errors,
      attributes: 'maxlength="80"',
    }),
    inputField({
      name: 'groupSize',
      label: 'Nombre de participants',
      type: 'number',
      value: v('groupSize'),
      errors,
      attributes: 'required min="1" max="500"',
    }),
    selectField({ name: 'modality', label: 'Modalité', value: v('modality'), vocabulary: pick(MODALITIES, p.modalities), errors }),
    checkboxGroup({
      name: 'under16',
      label: 'Âge des participants',
      values: v('under16') ? [v('under16')] : [],
      vocabulary: { oui: 'Certains participants ont moins de 16 ans' },
      errors,
    }),
    inputField({
      name: 'accompaniedBy',
      label: 'Qui accompagne les jeunes ?',
      hint: 'Obligatoire pour une visite d’entreprise avec des jeunes de moins de 16 ans.',
      value: v('accompaniedBy'),
      errors,
      attributes: 'maxlength="200"',
    }),
    `<fieldset><legend>Vos créneaux (1 à 3)</legend><p class="aide">Proposez des dates au moins un jour à l’avance.</p>${[1, 2, 3]
      .map((n) =>
        inputField({
          name: `slot${n}`,
          label: `Créneau ${n}${n === 1 ? '' : ' (facultatif)'}`,
          type: 'datetime-local',
          value: v(`slot${n}`),
          errors,
          attributes: n === 1 ? 'required' : '',
        }),
      )
      .join('')}</fieldset>`,
    selectField({ name: 'durationMinutes', label: 'Durée', value: v('durationMinutes', '60'), vocabulary: DURATIONS, errors }),
    textAreaField({
      name: 'message',
      label: 'Votre message',
      hint: 'Le contexte, ce que vous attendez, les questions des jeunes.',
      value: v('message'),
      errors,
      maxLength: MESSAGE_MAX,
    }),
    '<div class="piege" aria-hidden="true"><label for="website">Ne pas remplir</label><input id="website" name="website" tabindex="-1" autocomplete="off"></div>',
    '<button type="submit">Envoyer ma demande</button>',
  ].join('');
  return htmlPage({
    title: `Solliciter ${p.displayName}`,
    status,
    body: `<p>${e(p.displayName)}, ${e(p.jobTitle)}. <a href="/ambassadeurs/${a.department}/${a.slug}/">Revoir son profil</a>.</p><p>Vos coordonnées restent protégées : l’ambassadeur voit votre nom et votre structure, jamais votre adresse. Vous confirmerez votre adresse par un lien avant que la demande lui soit transmise.</p>${errorSummary(errors, FORM_LABELS)}${postForm('/api/demandes', { ambassador: `${a.department}/${a.slug}` }, fields)}`,
  });
}

function unavailablePage(
  reason: 'paused' | 'capacity' | 'unknown',
  name: string | undefined,
  suggestions: readonly Suggestion[],
): Response {
  const why = {
    paused: `${name} a mis ses interventions en pause.`,
    capacity: `${name} a reçu ce mois-ci toutes les demandes qu’il ou elle peut accepter.`,
    unknown: 'Cet ambassadeur ne peut pas recevoir de demande en ligne.',
  }[reason];
  const list = suggestions.length
    ? `<p>Ces ambassadeurs du même secteur sont disponibles :</p><ul>${suggestions.map((s) => `<li><a href="${e(new URL(s.url).pathname)}">${e(s.displayName)}</a>, ${e(s.jobTitle)}</li>`).join('')}</ul>`
    : '<p>Le <a href="/referents/">référent de votre département</a> peut vous orienter vers un autre ambassadeur.</p>';
  return htmlPage({
    title: 'Demande impossible pour le moment',
    body: `<p>${e(why)}</p>${list}<p><a href="/ambassadeurs/">Retour à l’annuaire</a></p>`,
    status: 409,
  });
}

/** GET ?ambassadeur=59/slug: the form for that ambassador. POST: the request. */
export function requestFormHandler(deps: Provider) {
  return async (req: Request, context: { ip?: string } = {}): Promise<Response> => {
    try {
      if (req.method === 'GET') {
        const d = await deps();
        const path = new URL(req.url).searchParams.get('ambassadeur') ?? '';
        const a = /^[\dAB]{2,3}\/[a-z0-9-]+$/.test(path) ? await ambassadorByPath(d.db, path) : undefined;
        if (!a) return unavailablePage('unknown', undefined, []);
        const unavailable = await whyUnavailable(d, a);
        if (unavailable) return unavailablePage(unavailable.unavailable, a.public.displayName, unavailable.suggestions);
        return requestFormPage(a, d.settings.departments, {}, {});
      }
      if (req.method !== 'POST') return methodNotAllowed('GET, POST');
      if (!isSameOrigin(req)) return forbidden();
      const body = await readBody(req, []);
      if (!body)
        return htmlPage({ title: 'Envoi refusé', body: '<p>Formulaire illisible : rechargez la page et recommencez.</p>', status: 400 });
      const sentPage = () =>
        htmlPage({
          title: 'Vérifiez votre messagerie',
          body: '<p>Merci ! Un courriel vient de vous être envoyé. Ouvrez-le et confirmez cette demande par son lien : elle sera alors transmise à l’ambassadeur.</p><p><a href="/ambassadeurs/">Retour à l’annuaire</a></p>',
        });
      if (typeof body.website === 'string' && body.website !== '') return sentPage();
      delete body.website;
      const d = await deps();
      if (
        !(await withinLimit(d.db, d.clock, PER_IP, context.ip ?? 'inconnue')) ||
        (typeof body.email === 'string' && !(await withinLimit(d.db, d.clock, PER_EMAIL, body.email.trim())))
      ) {
        return htmlPage({
          title: 'Trop de demandes',
          body: '<p>Trop de demandes envoyées en peu de temps. Réessayez dans une heure.</p>',
          status: 429,
        });
      }
      const result = await submitRequest(d, body);
      if (result.ok) return sentPage();
      const a = typeof body.ambassador === 'string' ? await ambassadorByPath(d.db, body.ambassador) : undefined;
      if ('unavailable' in result || !a)
        return unavailablePage(
          'unavailable' in result ? result.unavailable : 'unknown',
          a?.public.displayName,
          'suggestions' in result ? result.suggestions : [],
        );
      return requestFormPage(a, d.settings.departments, result.errors, body, 422);
    } catch (error) {
      console.error(`request: ${(error as Error).name}`);
      return unavailable(req);
    }
  };
}

const LINK_PROBLEM = {
  used: 'Ce lien a déjà servi : votre demande est transmise. Suivez-la avec le lien reçu ensuite.',
  expired: 'Ce lien a expiré. Refaites la demande depuis le profil de l’ambassadeur.',
  unknown: 'Ce lien n’est pas valide ou ne donne plus accès à cette demande. Vérifiez qu’il a été copié en entier.',
} as const;
const linkProblem = (reason: keyof typeof LINK_PROBLEM) =>
  htmlPage({ title: 'Lien inutilisable', body: `<p>${LINK_PROBLEM[reason]}</p>`, status: 410 });

/** GET shows a button; POST confirms the requester's address and sends the request. */
export function confirmRequestHandler(deps: Provider) {
  return async (req: Request): Promise<Response> => {
    try {
      const d = await deps();
      if (req.method === 'GET') {
        const token = new URL(req.url).searchParams.get('jeton') ?? '';
        const check = await peekToken(d.db, d.clock, 'confirm_request', token);
        if (!check.ok) return linkProblem(check.reason);
        return htmlPage({
          title: 'Confirmer votre demande',
          body: `<p>Confirmez votre adresse pour transmettre la demande à l’ambassadeur.</p>${postForm('/api/demandes/confirmer', { jeton: token }, '<button type="submit">Confirmer et envoyer ma demande</button>')}`,
        });
      }
      if (req.method !== 'POST') return methodNotAllowed('GET, POST');
      if (!isSameOrigin(req)) return forbidden();
      const body = await readBody(req, []);
      const result = await confirmRequest(d, typeof body?.jeton === 'string' ? body.jeton : '');
      if (!result.ok) return linkProblem(result.reason);
      return htmlPage({
        title: 'Demande transmise',
        body: '<p>Merci ! Votre demande est transmise à l’ambassadeur. Vous venez de recevoir un courriel avec le lien pour la suivre et lui écrire.</p>',
      });
    } catch (error) {
      console.error(`confirm-request: ${(error as Error).name}`);
      return unavailable(req);
    }
  };
}

const ACTIONS: readonly ThreadAction[] = ['message', 'accept', 'decline', 'propose', 'cancel', 'reschedule'];

/** GET ?jeton=…: the thread for the side the link belongs to. POST (jeton, action, fields): one action. */
export function threadHandler(deps: Provider) {
  return async (req: Request): Promise<Response> => {
    try {
      const d = await deps();
      if (req.method === 'GET') {
        const url = new URL(req.url);
        const token = url.searchParams.get('jeton') ?? '';
        const thread = await openThread(d, token);
        if ('ok' in thread) return linkProblem(thread.reason);
        // Only the action's name travels in the address: the page says what it means.
        const done = url.searchParams.get('fait');
        return threadPage(thread, token, {}, {}, ACTIONS.includes(done as ThreadAction) ? THREAD_DONE[done as ThreadAction] : undefined);
      }
      if (req.method !== 'POST') return methodNotAllowed('GET, POST');
      if (!isSameOrigin(req)) return forbidden();
      const { jeton, action, ...fields } = (await readBody(req, [])) ?? {};
      const token = typeof jeton === 'string' ? jeton : '';
      if (!ACTIONS.includes(action as ThreadAction))
        return htmlPage({ title: 'Action inconnue', body: '<p>Rechargez la page.</p>', status: 400 });
      // Each message mails the other side: a link cannot be used to flood them.
      if (action === 'message' && !(await withinLimit(d.db, d.clock, PER_THREAD_LINK, token))) {
        return htmlPage({
          title: 'Trop de messages',
          body: '<p>Trop de messages envoyés en une heure. Réessayez un peu plus tard.</p>',
          status: 429,
        });
      }
      const result = await actOnThread(d, token, action as ThreadAction, fields);
      if (result.ok) return seeOther(`/api/demandes/fil?jeton=${encodeURIComponent(token)}&fait=${action as ThreadAction}`);
      const thread = await openThread(d, token);
      if ('ok' in thread) return linkProblem(thread.reason);
      if ('refused' in result) return threadPage(thread, token, {}, {}, undefined, result.refused, 409);
      return threadPage(thread, token, result.errors, { ...fields, action }, undefined, undefined, 422);
    } catch (error) {
      console.error(`request-thread: ${(error as Error).name}`);
      return unavailable(req);
    }
  };
}

const THREAD_LABELS: Record<string, string> = {
  body: 'Message',
  slot: 'Créneau',
  slot1: 'Créneau 1',
  slot2: 'Créneau 2',
  slot3: 'Créneau 3',
};

function threadPage(
  t: Thread,
  token: string,
  errors: Errors,
  posted: Record<string, unknown>,
  done?: string,
  refused?: string,
  status = 200,
): Response {
  const r = t.request;
  const other = t.side === 'requester' ? t.ambassador.public.displayName : r.requester_name;
  const intervention = INTERVENTIONS[r.intervention as keyof typeof INTERVENTIONS] ?? r.intervention;
  const form = (action: string, inner: string) => postForm('/api/demandes/fil', { jeton: token, action }, inner);
  // Errors belong to the form that was sent.
  const errorsFor = (action: string): Errors => (posted.action === action ? errors : {});
  const v = (action: string, name: string) =>
    posted.action === action && typeof posted[name] === 'string' ? (posted[name] as string) : '';
  const slotOptions = r.slots.map((s, i) => ({ value: String(i), label: formatParis(new Date(s)) }));
  const slotInputs = (action: string, count: number) =>
    [1, 2, 3]
      .slice(0, count)
      .map((n) =>
        inputField({
          name: `slot${n}`,
          label: count === 1 ? 'Nouvelle date et heure' : `Créneau ${n}${n === 1 ? '' : ' (facultatif)'}`,
          type: 'datetime-local',
          value: v(action, `slot${n}`),
          errors: errorsFor(action),
          attributes: n === 1 ? 'required' : '',
        }),
      )
      .join('');
  const sections: string[] = [];
  const awaitingMe = r.status === 'sent' && r.awaiting === t.side;
  if (awaitingMe && r.slots.length > 0) {
    sections.push(
      `<section aria-labelledby="titre-accepter"><h2 id="titre-accepter">Accepter</h2>${form('accept', `${radioGroup({ name: 'slot', idPrefix: 'accept', label: 'Créneau retenu', options: slotOptions, value: v('accept', 'slot'), errors: errorsFor('accept') })}<button type="submit">Accepter ce créneau</button>`)}</section>`,
    );
  }
  if (awaitingMe && t.side === 'ambassador') {
    sections.push(
      `<section aria-labelledby="titre-proposer"><h2 id="titre-proposer">Proposer d’autres dates</h2>${form('propose', `${slotInputs('propose', 3)}${textAreaField({ name: 'body', idPrefix: 'propose', label: 'Un mot pour la personne (facultatif)', value: v('propose', 'body'), errors: {}, maxLength: MESSAGE_MAX, optional: true })}<button type="submit">Proposer ces dates</button>`)}</section>`,
      `<section aria-labelledby="titre-decliner"><h2 id="titre-decliner">Décliner</h2>${form('decline', `${textAreaField({ name: 'body', idPrefix: 'decline', label: 'Votre message à la personne', hint: 'Quelques mots suffisent : elle recevra aussi des suggestions d’autres ambassadeurs.', value: v('decline', 'body'), errors: errorsFor('decline'), maxLength: MESSAGE_MAX })}<button type="submit" class="danger">Décliner la demande</button>`)}</section>`,
    );
  }
  if (r.status === 'accepted') {
    sections.push(
      `<section aria-labelledby="titre-deplacer"><h2 id="titre-deplacer">Déplacer l’intervention</h2><p>Mettez-vous d’accord par message, puis indiquez la nouvelle date : les deux agendas sont mis à jour.</p>${form('reschedule', `${slotInputs('reschedule', 1)}<button type="submit">Enregistrer la nouvelle date</button>`)}</section>`,
    );
  }
  if (r.status === 'accepted' || (r.status === 'sent' && t.side === 'requester')) {
    sections.push(
      `<section aria-labelledby="titre-annuler"><h2 id="titre-annuler">Annuler</h2>${form('cancel', `${textAreaField({ name: 'body', idPrefix: 'cancel', label: 'Un mot d’explication (facultatif)', value: v('cancel', 'body'), errors: {}, maxLength: MESSAGE_MAX, optional: true })}<button type="submit" class="danger">Annuler la demande</button>`)}</section>`,
    );
  }
  const canWrite = ['sent', 'accepted', 'done'].includes(r.status);
  const messages = t.messages.length
    ? `<ol class="messages">${t.messages.map((m) => `<li><p><strong>${m.author === t.side ? 'Vous' : e(m.authorName)}</strong>, ${e(formatParis(m.created_at))}</p><p>${e(m.body).replace(/\n/g, '<br>')}</p></li>`).join('')}</ol>`
    : '<p>Aucun message pour l’instant.</p>';
  const details = [
    ['Demandeur', [r.requester_name, r.requester_role, r.organisation_name, r.uai ? `UAI ${r.uai}` : null].filter(Boolean).join(', ')],
    ['Ambassadeur', `${t.ambassador.public.displayName}, ${t.ambassador.public.jobTitle}`],
    ...(r.requester_department ? [['Département', departmentLabel(r.requester_department)]] : []),
    [
      'Intervention',
      `${intervention}, ${(MODALITIES[r.modality as keyof typeof MODALITIES] ?? r.modality).toLowerCase()}, ${DURATIONS[String(r.duration_minutes) as keyof typeof DURATIONS] ?? `${r.duration_minutes} minutes`}`,
    ],
    [
      'Public',
      `${PUBLICS[r.public as keyof typeof PUBLICS] ?? r.public}${r.level ? `, ${r.level}` : ''}, ${r.group_size} participant${r.group_size > 1 ? 's' : ''}`,
    ],
    ...(r.accompanied_by ? [['Accompagnement', r.accompanied_by]] : []),
    [
      r.status === 'accepted' || r.status === 'done'
        ? 'Date retenue'
        : r.awaiting === 'requester'
          ? 'Dates proposées par l’ambassadeur'
          : 'Créneaux proposés',
      r.accepted_start && r.status !== 'sent' ? formatParis(r.accepted_start) : r.slots.map((s) => formatParis(new Date(s))).join(' ; '),
    ],
    ['Message initial', r.message],
  ] as const;
  return htmlPage({
    title: `${intervention} – ${t.side === 'requester' ? t.ambassador.public.displayName : r.requester_name}`,
    status,
    body: `${done ? `<p role="status"><strong>${e(done)}</strong></p>` : ''}${refused ? `<div class="resume-erreurs" role="alert"><p>${e(refused)}</p></div>` : ''}${errorSummary(errors, THREAD_LABELS, typeof posted.action === 'string' ? posted.action : undefined)}<p>État : <strong>${e(REQUEST_STATUSES[r.status])}</strong>. Vous échangez avec ${e(other)} : vos coordonnées ne lui sont pas montrées.</p><dl>${details.map(([k, val]) => `<dt>${e(k)}</dt><dd>${e(val ?? '')}</dd>`).join('')}</dl>${sections.join('')}<section aria-labelledby="titre-messages"><h2 id="titre-messages">Messages</h2>${messages}${canWrite ? form('message', `${textAreaField({ name: 'body', idPrefix: 'message', label: `Écrire à ${other}`, value: v('message', 'body'), errors: errorsFor('message'), maxLength: MESSAGE_MAX })}<button type="submit">Envoyer le message</button>`) : ''}</section>`,
  });
}

/** GET ?jeton=…: the feedback form. POST: records it once. */
export function feedbackHandler(deps: Provider) {
  return async (req: Request): Promise<Response> => {
    try {
      const d = await deps();
      if (req.method === 'GET') {
        const token = new URL(req.url).searchParams.get('jeton') ?? '';
        const check = await peekToken(d.db, d.clock, 'request_feedback', token);
        if (!check.ok)
          return htmlPage({
            title: 'Lien inutilisable',
            body: `<p>${check.reason === 'used' ? 'Merci, votre avis est déjà enregistré.' : 'Ce lien a expiré ou n’est pas valide.'}</p>`,
            status: 410,
          });
        return feedbackPage(token, {}, {});
      }
      if (req.method !== 'POST') return methodNotAllowed('GET, POST');
      if (!isSameOrigin(req)) return forbidden();
      const { jeton, ...fields } = (await readBody(req, [])) ?? {};
      const token = typeof jeton === 'string' ? jeton : '';
      const result = await submitFeedback(d, token, fields);
      if (result.ok) return htmlPage({ title: 'Merci !', body: `<p>${e(result.done)}</p>` });
      if ('refused' in result) return htmlPage({ title: 'Avis non enregistré', body: `<p>${e(result.refused)}</p>`, status: 410 });
      return feedbackPage(token, result.errors, fields, 422);
    } catch (error) {
      console.error(`request-feedback: ${(error as Error).name}`);
      return unavailable(req);
    }
  };
}

function feedbackPage(token: string, errors: Errors, posted: Record<string, unknown>, status = 200): Response {
  const v = (name: string) => (typeof posted[name] === 'string' ? (posted[name] as string) : '');
  const inner = [
    radioGroup({
      name: 'satisfaction',
      label: 'Votre satisfaction, de 1 (pas du tout satisfait) à 5 (très satisfait)',
      value: v('satisfaction'),
      options: ['1', '2', '3', '4', '5'].map((n) => ({ value: n, label: n })),
      errors,
    }),
    inputField({
      name: 'youngPeopleReached',
      label: 'Nombre de jeunes rencontrés (facultatif)',
      type: 'number',
      value: v('youngPeopleReached'),
      errors,
      attributes: 'min="0" max="2000"',
    }),
    textAreaField({ name: 'comment', label: 'Un commentaire (facultatif)', value: v('comment'), errors, maxLength: 1000, optional: true }),
    '<button type="submit">Envoyer mon avis</button>',
  ].join('');
  return htmlPage({
    title: 'Comment s’est passée l’intervention ?',
    status,
    body: `${errorSummary(errors, { satisfaction: 'Satisfaction', youngPeopleReached: 'Jeunes rencontrés', comment: 'Commentaire' })}${postForm('/api/demandes/avis', { jeton: token }, inner)}`,
  });
}
