/**
 * The emailed links of the call (brief W3: random, hashed, bound to one purpose and invitation,
 * expiring when the event starts), the event's public page, and its calendar file as a mail
 * attachment: the same event (same UID) as the agenda's .ics and feed.
 */
import { eventsCalendar } from '../../calendar.ts';
import type { Queryable } from '../../db.ts';
import type { CallEvent } from '../../events.ts';
import type { MailAttachment } from '../../mail/mailer.ts';
import { issueTokens } from '../../tokens.ts';
import { EVENT_ANSWER_PATH, EVENT_PARTICIPATION_PATH } from '../../../views/event-call/paths.ts';
import type { EventCallDeps } from './deps.ts';

export const pageUrlOf = (deps: Pick<EventCallDeps, 'siteUrl'>, event: CallEvent) => new URL(event.url, deps.siteUrl).href;

/** One link per invitation, valid until the event starts. */
async function links(
  tx: Queryable,
  deps: Pick<EventCallDeps, 'clock' | 'siteUrl'>,
  purpose: 'event_answer' | 'event_participation',
  event: CallEvent,
  invitationIds: readonly string[],
): Promise<string[]> {
  const lifetimeMs = event.start.getTime() - deps.clock.now().getTime();
  const tokens = await issueTokens(
    tx,
    deps.clock,
    invitationIds.map((subject) => ({ purpose, subject, lifetimeMs })),
  );
  const path = purpose === 'event_answer' ? EVENT_ANSWER_PATH : EVENT_PARTICIPATION_PATH;
  return tokens.map((t) => `${deps.siteUrl}${path}?jeton=${t}`);
}

export interface AnswerLinks {
  yes: string;
  no: string;
}

/** The answer links (the same token, « oui » or « non » preselected on the page it opens). */
export async function answerLinks(
  tx: Queryable,
  deps: Pick<EventCallDeps, 'clock' | 'siteUrl'>,
  event: CallEvent,
  invitationIds: readonly string[],
): Promise<AnswerLinks[]> {
  return (await links(tx, deps, 'event_answer', event, invitationIds)).map((link) => ({
    yes: `${link}&reponse=oui`,
    no: `${link}&reponse=non`,
  }));
}

/** « Gérer ma participation »: the page that shows where the ambassador stands and lets them withdraw. */
export const participationLinks = (
  tx: Queryable,
  deps: Pick<EventCallDeps, 'clock' | 'siteUrl'>,
  event: CallEvent,
  invitationIds: readonly string[],
) => links(tx, deps, 'event_participation', event, invitationIds);

export function eventCalendarFile(deps: Pick<EventCallDeps, 'siteUrl'>, event: CallEvent): MailAttachment {
  return {
    filename: 'evenement.ics',
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    content: Buffer.from(eventsCalendar([event], { url: deps.siteUrl }, event.title), 'utf8').toString('base64'),
  };
}
