/**
 * HTTP side of the call for ambassadors (issue 10): the referents' events and one event's call
 * (count, then invite), and the pages the ambassadors' emailed links open (answer yes or no,
 * « Gérer ma participation »). HTTP only: checks → workflow → view (src/views/event-call) + status.
 * Every emailed link's GET only shows; its button's POST acts.
 */
import { createElement } from 'react';
import { isSameOrigin, messagePage, methodNotAllowed, page, readBody, seeOther, unavailable } from '../http.ts';
import type { CallEvent } from '../events.ts';
import { scopeOf } from '../indicators/scope.ts';
import { answerInvitation } from '../workflows/event-call/answer.ts';
import { countAudience, parseAudience } from '../workflows/event-call/audience.ts';
import { callableEvents, type EventCallDeps } from '../workflows/event-call/deps.ts';
import { openInvitation, type LinkProblem } from '../workflows/event-call/invitation.ts';
import { inviteAmbassadors } from '../workflows/event-call/invite.ts';
import { callDetails, countsByEvent } from '../workflows/event-call/overview.ts';
import { withdraw } from '../workflows/event-call/withdraw.ts';
import { forbidden } from './link-session.ts';
import { forReferent, type Provider as ReferentProvider } from './referents.ts';
import { formatEventDates, placeLine } from '../../lib/events.ts';
import { ANSWERS, AUDIENCE_LIST_FIELDS, type AnswerCode } from '../../lib/forms/event-call.ts';
import {
  AnswerDonePage,
  AnswerPage,
  EventLinkProblemPage,
  ParticipationPage,
  WithdrawnPage,
} from '../../views/event-call/AmbassadorPages.tsx';
import { EventCallNotFoundPage, EventCallPage, type Chosen, type EventCallNotice } from '../../views/event-call/EventCallPage.tsx';
import { EventCallsPage } from '../../views/event-call/EventCallsPage.tsx';
import { EVENT_CALL_PATH } from '../../views/event-call/paths.ts';
import type { EventSummary } from '../../views/event-call/types.ts';

type ReferentDepsOf<P> = P extends () => Promise<infer D> ? D : never;
type Deps = ReferentDepsOf<ReferentProvider> & EventCallDeps;
type Provider = () => Promise<Deps>;
type LinkProvider = () => Promise<EventCallDeps>;

export function summaryOf(event: CallEvent): EventSummary {
  return {
    id: event.id,
    title: event.title,
    type: event.type,
    dates: formatEventDates(event.start, event.end),
    place: placeLine(event),
    territory: event.territory,
    places: event.ambassadorPlaces,
    url: event.url,
  };
}

/** GET: the referent's upcoming events with places, and the answers so far. */
export function eventCallsHandler(deps: Provider) {
  return forReferent(deps, 'referent-events', async (req, d, referent) => {
    if (req.method !== 'GET') return methodNotAllowed('GET');
    const events = callableEvents(d, referent, d.clock.now());
    const counts = await countsByEvent(d.db, events);
    return page(createElement(EventCallsPage, { referent, rows: events.map((e) => ({ event: summaryOf(e), counts: counts.get(e.id)! })) }));
  });
}

const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const chosenOf = (input: Record<string, unknown>): Chosen => ({
  secteur: listOf(input.secteur),
  type: listOf(input.type),
  departement: listOf(input.departement),
});

/**
 * GET ?id=<événement>&secteur=…&type=…&departement=…: the event's call and how many ambassadors the
 * choice matches (400 for a choice outside the lists). POST (id, the same lists, nombre): invites
 * them, then 303 to the GET with ?invites=N; 422 with messages, 409 when the number changed.
 * 404 for an event that is not one of the referent's upcoming events with places.
 */
export function eventCallHandler(deps: Provider) {
  return forReferent(deps, 'referent-event', async (req, d, referent) => {
    const notFound = () => page(createElement(EventCallNotFoundPage, { referent }), 404);
    const show = async (
      event: CallEvent,
      input: Record<string, unknown>,
      status: number,
      notice?: EventCallNotice,
      errors?: Record<string, string>,
    ) => {
      const scope = scopeOf(referent, d.settings).departments;
      const parsed = parseAudience(input, scope);
      const count = errors ? undefined : parsed.ok ? await countAudience(d.db, event.id, parsed.audience) : undefined;
      return page(
        createElement(EventCallPage, {
          referent,
          event: summaryOf(event),
          details: await callDetails(d.db, event),
          scope,
          chosen: chosenOf(input),
          count,
          errors: errors ?? (parsed.ok ? {} : parsed.errors),
          notice,
        }),
        parsed.ok || errors ? status : 400,
      );
    };
    const eventOf = (id: unknown) => callableEvents(d, referent, d.clock.now()).find((e) => e.id === id);

    if (req.method === 'GET') {
      const query = new URL(req.url).searchParams;
      const event = eventOf(query.get('id'));
      if (!event) return notFound();
      const input = Object.fromEntries(AUDIENCE_LIST_FIELDS.map((name) => [name, query.getAll(name)]));
      const invited = query.get('invites');
      return show(event, input, 200, invited && /^\d{1,6}$/.test(invited) ? { invited: Number(invited) } : undefined);
    }
    if (req.method !== 'POST') return methodNotAllowed('GET, POST');
    if (!isSameOrigin(req)) return forbidden();
    const body = await readBody(req, AUDIENCE_LIST_FIELDS);
    if (!body) return messagePage('Envoi refusé', ['Formulaire illisible : rechargez la page et recommencez.'], 400);
    const event = eventOf(body.id);
    if (!event) return notFound();
    const result = await inviteAmbassadors(d, referent, event.id, body);
    if (result.ok) return seeOther(`${EVENT_CALL_PATH}?id=${encodeURIComponent(event.id)}&invites=${result.invited}`);
    if ('notFound' in result) return notFound();
    if ('changed' in result) return show(event, body, 409, { changed: result.changed });
    return show(event, body, 422, undefined, result.errors);
  });
}

const PROBLEM_STATUS: Record<LinkProblem, number> = { unknown: 404, event_gone: 404, used: 409, expired: 410, closed: 410 };
const problemPage = (link: 'answer' | 'participation', problem: LinkProblem) =>
  page(createElement(EventLinkProblemPage, { link, problem }), PROBLEM_STATUS[problem]);
const tokenOf = (value: unknown) => (typeof value === 'string' ? value : '');
const isAnswer = (value: unknown): value is AnswerCode => typeof value === 'string' && Object.hasOwn(ANSWERS, value);

/** Runs `handle`, with 503 when the database (or the content store) is down: nothing was recorded. */
function guarded(name: string, handle: (req: Request) => Promise<Response>) {
  return async (req: Request): Promise<Response> => {
    try {
      return await handle(req);
    } catch (error) {
      console.error(`${name}: ${(error as Error).name}`);
      return unavailable(req);
    }
  };
}

/** GET ?jeton=…&reponse=oui|non: the event and the answer to confirm. POST (jeton, reponse): records it. */
export function eventAnswerHandler(deps: LinkProvider) {
  return guarded('event-answer', async (req) => {
    if (req.method === 'GET') {
      const query = new URL(req.url).searchParams;
      const token = query.get('jeton') ?? '';
      const d = await deps();
      const opened = await openInvitation(d.db, d, 'event_answer', token);
      if ('problem' in opened) return problemPage('answer', opened.problem);
      if (opened.invitation.status !== 'invited') return problemPage('answer', 'used');
      const chosen = query.get('reponse');
      return page(
        createElement(AnswerPage, {
          token,
          event: summaryOf(opened.event),
          name: opened.invitation.display_name,
          chosen: isAnswer(chosen) ? chosen : undefined,
        }),
      );
    }
    if (req.method !== 'POST') return methodNotAllowed('GET, POST');
    if (!isSameOrigin(req)) return forbidden();
    const body = await readBody(req, []);
    if (!body) return messagePage('Réponse non enregistrée', ['Formulaire illisible : rouvrez le lien du courriel et recommencez.'], 400);
    if (!isAnswer(body.reponse))
      return messagePage('Réponse non enregistrée', ['Réponse : choisissez « oui » ou « non » avec l’un des deux boutons.'], 400);
    const d = await deps();
    const result = await answerInvitation(d, tokenOf(body.jeton), ANSWERS[body.reponse]);
    if (!result.ok) return problemPage('answer', result.problem);
    return page(createElement(AnswerDonePage, { result, event: summaryOf(result.event) }));
  });
}

/** GET ?jeton=…: where the ambassador stands (confirmed, or waiting at a position). POST (jeton): withdraws. */
export function eventParticipationHandler(deps: LinkProvider) {
  return guarded('event-participation', async (req) => {
    if (req.method === 'GET') {
      const token = new URL(req.url).searchParams.get('jeton') ?? '';
      const d = await deps();
      const opened = await openInvitation(d.db, d, 'event_participation', token);
      if ('problem' in opened) return problemPage('participation', opened.problem);
      const { status, display_name: name } = opened.invitation;
      if (status !== 'confirmed' && status !== 'waiting') return problemPage('participation', 'used');
      return page(createElement(ParticipationPage, { token, event: summaryOf(opened.event), name, position: opened.position }));
    }
    if (req.method !== 'POST') return methodNotAllowed('GET, POST');
    if (!isSameOrigin(req)) return forbidden();
    const body = await readBody(req, []);
    if (!body)
      return messagePage('Désistement non enregistré', ['Formulaire illisible : rouvrez le lien du courriel et recommencez.'], 400);
    const result = await withdraw(await deps(), tokenOf(body.jeton));
    if (!result.ok) return problemPage('participation', result.problem);
    return page(createElement(WithdrawnPage, { event: summaryOf(result.event), wasConfirmed: result.wasConfirmed }));
  });
}
