/** The facts of an event, the same on the referents' pages and on the ambassadors' link pages. */
import { EVENT_TYPES } from '../../lib/vocabularies.ts';
import type { EventSummary } from './types.ts';

export const placesLabel = (n: number) => `${n} place${n > 1 ? 's' : ''}`;

export function EventFacts({ event }: { event: EventSummary }) {
  return (
    <dl>
      <dt>Événement</dt>
      <dd>
        <a href={event.url}>{event.title}</a>
        {` (${EVENT_TYPES[event.type]})`}
      </dd>
      <dt>Date</dt>
      <dd>{`${event.dates} (heure de Paris)`}</dd>
      <dt>Lieu</dt>
      <dd>{event.place}</dd>
      <dt>Territoire</dt>
      <dd>{event.territory}</dd>
      <dt>Places pour les ambassadeurs</dt>
      <dd>{placesLabel(event.places)}</dd>
    </dl>
  );
}
