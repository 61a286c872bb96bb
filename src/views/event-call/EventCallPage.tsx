/**
 * One event's call for ambassadors, for a referent: the answers so far (confirmed, then the
 * waiting list in its order), and the invitation: a GET form to choose whom (sectors, types,
 * départements of the referent's territory) and count them, then a POST that invites that many.
 */
import { departmentOptions } from '../../lib/directory.ts';
import { AUDIENCE_FIELDS } from '../../lib/forms/event-call.ts';
import { AMBASSADOR_TYPES, EVENT_INVITATION_STATUSES, SECTORS } from '../../lib/vocabularies.ts';
import { Checkboxes } from '../form/Choices.tsx';
import { ErrorSummary } from '../form/ErrorSummary.tsx';
import type { Errors } from '../form/Field.tsx';
import { PostForm, SubmitButton } from '../form/PostForm.tsx';
import { ReferentPage, type ReferentIdentity } from '../referents/ReferentPage.tsx';
import { EventFacts, placesLabel } from './EventFacts.tsx';
import { EVENT_CALLS_PATH, EVENT_CALL_PATH } from './paths.ts';
import type { CalledAmbassadorView, EventSummary, StatusCountsView } from './types.ts';

export interface EventCallDetailsView {
  counts: StatusCountsView;
  confirmed: readonly CalledAmbassadorView[];
  waiting: readonly CalledAmbassadorView[];
  listedByHand: number;
}

export type Chosen = Readonly<Record<'secteur' | 'type' | 'departement', readonly string[]>>;

export type EventCallNotice = { invited: number } | { changed: number };

export interface EventCallPageProps {
  referent: ReferentIdentity;
  event: EventSummary;
  details: EventCallDetailsView;
  /** The départements the referent may invite from. */
  scope: readonly string[];
  chosen: Chosen;
  /** How many ambassadors the choice matches (undefined when the choice has errors). */
  count: number | undefined;
  errors?: Errors | undefined;
  notice?: EventCallNotice | undefined;
}

const LABELS = Object.fromEntries(Object.values(AUDIENCE_FIELDS).map((f) => [f.name, 'shortLabel' in f ? f.shortLabel : f.label]));
const ambassadors = (n: number) => `${n} ambassadeur${n > 1 ? 's' : ''}`;

function AmbassadorList({ people, ordered = false }: { people: readonly CalledAmbassadorView[]; ordered?: boolean }) {
  const items = people.map((p) => (
    <li key={p.ref}>
      <a href={`/ambassadeurs/${p.ref}/`}>{p.displayName}</a>
      {`, ${p.jobTitle}`}
    </li>
  ));
  return ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
}

export function EventCallPage({ referent, event, details, scope, chosen, count, errors = {}, notice }: EventCallPageProps) {
  const c = details.counts;
  const taken = c.confirmed + details.listedByHand;
  return (
    <ReferentPage title={`Appel aux ambassadeurs : ${event.title}`} referent={referent}>
      <p>
        <a href={EVENT_CALLS_PATH}>Tous les événements</a>
      </p>
      {notice && 'invited' in notice && (
        <p className="status-message" role="status">
          {`${ambassadors(notice.invited)} ${notice.invited > 1 ? 'sont invités' : 'est invité'} : chacun reçoit un courriel pour répondre oui ou non.`}
        </p>
      )}
      {notice && 'changed' in notice && (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <p>{`Le nombre d’ambassadeurs a changé depuis votre comptage : ils sont ${notice.changed} maintenant. Rien n’a été envoyé ; vérifiez, puis invitez-les.`}</p>
        </div>
      )}
      <EventFacts event={event} />

      <h2>Réponses</h2>
      <ul>
        <li>
          {`Confirmés : ${taken} sur ${placesLabel(event.places)}`}
          {details.listedByHand > 0 && ` (dont ${details.listedByHand} inscrit${details.listedByHand > 1 ? 's' : ''} dans le CMS)`}
        </li>
        {(['waiting', 'invited', 'declined', 'withdrawn'] as const).map((status) => (
          <li key={status}>{`${EVENT_INVITATION_STATUSES[status]} : ${c[status]}`}</li>
        ))}
      </ul>
      {details.confirmed.length > 0 && (
        <>
          <h3>Ambassadeurs confirmés</h3>
          <AmbassadorList people={details.confirmed} />
        </>
      )}
      {details.waiting.length > 0 && (
        <>
          <h3>Liste d’attente, dans l’ordre des réponses</h3>
          <AmbassadorList people={details.waiting} ordered />
        </>
      )}

      <h2>Inviter des ambassadeurs</h2>
      <p>
        Sont invités les ambassadeurs publiés et pas en pause, domiciliés dans vos départements, qui n’ont pas encore reçu d’invitation à
        cet événement.
      </p>
      <form method="get" action={EVENT_CALL_PATH} className="form">
        <input type="hidden" name="id" value={event.id} />
        <Checkboxes {...AUDIENCE_FIELDS.sectors} options={SECTORS} values={chosen.secteur} errors={errors} />
        <Checkboxes {...AUDIENCE_FIELDS.types} options={AMBASSADOR_TYPES} values={chosen.type} errors={errors} />
        {scope.length > 1 && (
          <Checkboxes {...AUDIENCE_FIELDS.departments} options={departmentOptions(scope)} values={chosen.departement} errors={errors} />
        )}
        <button className="button secondary" type="submit">
          Compter les ambassadeurs
        </button>
      </form>
      <ErrorSummary errors={errors} labels={LABELS} />
      {count !== undefined && (
        <>
          <p role="status">
            {count === 0
              ? 'Aucun ambassadeur à inviter avec ces critères.'
              : `${ambassadors(count)} ${count > 1 ? 'correspondent' : 'correspond'} à ces critères.`}
          </p>
          {count > 0 && (
            <PostForm action={EVENT_CALL_PATH} hidden={{ id: event.id, nombre: String(count) }}>
              {(['secteur', 'type', 'departement'] as const).flatMap((name) =>
                chosen[name].map((value) => <input key={`${name}-${value}`} type="hidden" name={name} value={value} />),
              )}
              <SubmitButton>{`Inviter ${count > 1 ? `ces ${ambassadors(count)}` : 'cet ambassadeur'}`}</SubmitButton>
            </PostForm>
          )}
        </>
      )}
    </ReferentPage>
  );
}

/** An event id that is none of the referent's upcoming events (past, removed, another territory, a forged address). */
export function EventCallNotFoundPage({ referent }: { referent: ReferentIdentity }) {
  return (
    <ReferentPage title="Événement introuvable" referent={referent}>
      <p>
        Cet événement n’est pas à venir dans votre territoire, ou n’attend pas d’ambassadeurs.{' '}
        <a href={EVENT_CALLS_PATH}>Voir les événements de mon territoire</a>.
      </p>
    </ReferentPage>
  );
}
