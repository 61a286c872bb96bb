/** What the call's pages show, as plain data (the views never import the server). */
import type { EventInvitationStatus, EventType } from '../../lib/vocabularies.ts';

export type StatusCountsView = Readonly<Record<EventInvitationStatus, number>>;

/** An event as the call's pages and the ambassadors' link pages present it. */
export interface EventSummary {
  id: string;
  title: string;
  type: EventType;
  /** « jeudi 21 janvier 2027, de 09:00 à 17:00 » */
  dates: string;
  /** « Mégacité, avenue de l’Hippodrome, Amiens », « En ligne » */
  place: string;
  territory: string;
  places: number;
  /** The public page, /agenda/<id>/ */
  url: string;
}

export interface CalledAmbassadorView {
  displayName: string;
  jobTitle: string;
  /** `<département>/<slug>` */
  ref: string;
}
