/**
 * Calendar invitations for an accepted intervention (brief F7), made with the `ics` library.
 * One UID per request; an update (new date) or a cancellation sends the same UID with a
 * higher SEQUENCE, so calendars replace or remove the event they already have.
 */
import { createEvent } from 'ics';
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
