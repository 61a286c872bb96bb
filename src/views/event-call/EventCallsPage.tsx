/**
 * The referent's events open to a call for ambassadors: upcoming events with places, of their
 * départements or of the whole Région (all of them for the coordinator), with the answers so far.
 */
import { ReferentPage, type ReferentIdentity } from '../referents/ReferentPage.tsx';
import { EVENT_TYPES } from '../../lib/vocabularies.ts';
import { EVENT_CALL_PATH } from './paths.ts';
import type { EventSummary, StatusCountsView } from './types.ts';

export interface EventCallRow {
  event: EventSummary;
  counts: StatusCountsView;
}

export function EventCallsPage({ referent, rows }: { referent: ReferentIdentity; rows: readonly EventCallRow[] }) {
  return (
    <ReferentPage title="Appels aux ambassadeurs pour les événements" referent={referent}>
      <p>
        Invitez les ambassadeurs de votre territoire à un événement de l’agenda : les premiers à répondre oui sont confirmés dans la limite
        des places, les suivants attendent sur une liste et montent quand quelqu’un se désiste. Les ambassadeurs confirmés sont présentés
        sur la page publique de l’événement.
      </p>
      {rows.length === 0 ? (
        <p>Aucun événement à venir de votre territoire n’attend d’ambassadeurs. Les événements s’ajoutent dans le CMS (Agenda).</p>
      ) : (
        <div className="table-scroll" role="region" aria-label="Tableau : événements à venir" tabIndex={0}>
          <table>
            <caption>{`${rows.length} événement${rows.length > 1 ? 's' : ''} à venir, le plus proche d’abord`}</caption>
            <thead>
              <tr>
                <th scope="col">Événement</th>
                <th scope="col">Date</th>
                <th scope="col">Territoire</th>
                <th scope="col">Places</th>
                <th scope="col">Confirmés</th>
                <th scope="col">Liste d’attente</th>
                <th scope="col">Sans réponse</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ event, counts }) => (
                <tr key={event.id}>
                  <td>
                    <a href={`${EVENT_CALL_PATH}?id=${encodeURIComponent(event.id)}`}>{event.title}</a>
                    <br />
                    <small>{EVENT_TYPES[event.type]}</small>
                  </td>
                  <td>{event.dates}</td>
                  <td>{event.territory}</td>
                  <td>{event.places}</td>
                  <td>{counts.confirmed}</td>
                  <td>{counts.waiting}</td>
                  <td>{counts.invited}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ReferentPage>
  );
}
