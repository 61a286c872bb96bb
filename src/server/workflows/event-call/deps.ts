/**
 * What the call for ambassadors receives (database, clock, settings, site address, content
 * writer, the agenda's events) and the rules its use cases share: which events a referent may
 * call ambassadors to, and when answers close.
 */
import type { Clock } from '../../clock.ts';
import type { ContentWriter } from '../../content/writer.ts';
import type { Db } from '../../db.ts';
import type { CallEvent } from '../../events.ts';
import type { Referent } from '../../referents.ts';
import type { SettingsData } from '../../../lib/schemas.ts';
import { scopeOf } from '../../indicators/scope.ts';
import type { MailContext } from '../../mail/templates.ts';

export interface EventCallDeps {
  db: Db;
  clock: Clock;
  settings: SettingsData;
  siteUrl: string;
  content: ContentWriter;
  events: readonly CallEvent[];
}

/** What giving places needs inside a transaction: no database (the caller's transaction), the mails' settings only. */
export type PlacesDeps = Pick<EventCallDeps, 'clock' | 'siteUrl' | 'content'> & { settings: MailContext };

export const DAY = 86_400_000;
/** The reminder goes this many days before the event's start. */
export const REMINDER_DAYS = 2;

export const eventById = (deps: Pick<EventCallDeps, 'events'>, id: string): CallEvent | undefined => deps.events.find((e) => e.id === id);

/** Answers and withdrawals close when the event starts. */
export const isOpen = (event: CallEvent, now: Date) => event.start > now;

/**
 * The events a referent may call ambassadors to: upcoming, with places for ambassadors, in one of
 * their départements or for the whole Région (the coordinator: every one). Soonest first.
 */
export function callableEvents(
  deps: Pick<EventCallDeps, 'events' | 'settings'>,
  referent: Pick<Referent, 'departments' | 'coordinator'>,
  now: Date,
): CallEvent[] {
  const scope = scopeOf(referent, deps.settings).departments;
  return deps.events.filter(
    (e) => isOpen(e, now) && e.ambassadorPlaces > 0 && (e.department === undefined || scope.includes(e.department)),
  );
}
