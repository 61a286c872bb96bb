/**
 * Calendar files, made with the `ics` library.
 * - Invitations for an accepted intervention (brief F7). One UID per request; an update (new date)
 *   or a cancellation sends the same UID with a higher SEQUENCE, so calendars replace or remove
 *   the event they already have.
 * - The agenda's events (issue 10), published at build: one `.ics` per event and the feed of every
 *   upcoming event. One UID per event (`evenement-<id>@<host>`), so that the file attached to a
 *   confirmed ambassador's mail and the feed a visitor subscribed to update the same event.
 */
import { createEvent, createEvents, type EventAttributes } from 'ics';
import { placeLine, type NetworkEvent } from '../lib/events.ts';
import { EVENT_TYPES } from '../lib/vocabularies.ts';
import type { MailAttachment } from './mail/mailer.ts';

export interface Invitation {
  requestId: string;
  /** Host of the site, to make the UID globally unique. */
  siteHost: string;
  sequence: number;
  cancelled: boolean;
  start: Date;
  durationMinutes: number;
  title: string;
  description: string;
  /** The network's public contact address: calendars require an organizer for REQUEST and CANCEL. */
  organizer: { name: string; email: string };
}

export function invitationFile(invitation: Invitation): MailAttachment {
  const s = invitation.start;
  const method = invitation.cancelled ? 'CANCEL' : 'REQUEST';
  const { error, value } = createEvent({
    uid: `demande-${invitation.requestId}@${invitation.siteHost}`,
    sequence: invitation.sequence,
    method,
    start: [s.getUTCFullYear(), s.getUTCMonth() + 1, s.getUTCDate(), s.getUTCHours(), s.getUTCMinutes()],
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: invitation.durationMinutes },
    title: invitation.title,
    description: invitation.description,
    status: invitation.cancelled ? 'CANCELLED' : 'CONFIRMED',
    organizer: invitation.organizer,
    productId: 'reseau-ambassadeurs-metiers',
  });
  if (error || !value) throw error ?? new Error('Invitation de calendrier impossible à créer');
  return {
    filename: invitation.cancelled ? 'intervention-annulee.ics' : 'intervention.ics',
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content: Buffer.from(value, 'utf8').toString('base64'),
  };
}

export interface CalendarSite {
  /** Public address of the site, for the event pages' links and the UIDs. */
  url: string;
}

const PRODUCT_ID = 'reseau-ambassadeurs-metiers';
const utc = (d: Date): [number, number, number, number, number] => [
  d.getUTCFullYear(),
  d.getUTCMonth() + 1,
  d.getUTCDate(),
  d.getUTCHours(),
  d.getUTCMinutes(),
];

export const eventUid = (event: Pick<NetworkEvent, 'id'>, site: CalendarSite) => `evenement-${event.id}@${new URL(site.url).hostname}`;

function eventAttributes(event: NetworkEvent, site: CalendarSite): EventAttributes {
  const page = new URL(event.url, site.url).href;
  return {
    uid: eventUid(event, site),
    start: utc(event.start),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utc(event.end),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: event.title,
    description: [...event.paragraphs, event.onlineUrl ? `En ligne : ${event.onlineUrl}` : '', `Plus d’informations : ${page}`]
      .filter(Boolean)
      .join('\n\n'),
    location: placeLine(event),
    url: page,
    categories: [EVENT_TYPES[event.type]],
    status: 'CONFIRMED',
    productId: PRODUCT_ID,
  };
}

/** A published calendar (METHOD:PUBLISH) of the given events: one event's file, or the agenda's feed. */
export function eventsCalendar(events: readonly NetworkEvent[], site: CalendarSite, name: string): string {
  const { error, value } = createEvents(
    events.map((e) => eventAttributes(e, site)),
    { productId: PRODUCT_ID, method: 'PUBLISH', calName: name },
  );
  if (error || !value) throw error ?? new Error('Calendrier impossible à créer');
  return value;
}
