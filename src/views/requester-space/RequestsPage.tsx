/**
 * « Mes demandes »: every request made from the signed-in address, those in progress first,
 * each with its state, its ambassador, its dates and a link that opens its thread.
 */
import { formatParis } from '../../lib/paris-time.ts';
import { NEED_STATUSES, type NeedStatus } from '../../lib/need.ts';
import { OPEN_STATUSES, REQUEST_STATUSES, type RequestStatus } from '../../lib/request-status.ts';
import { INTERVENTIONS } from '../../lib/vocabularies.ts';
import { FunctionPage } from '../layout/FunctionPage.tsx';
import { frenchDate, labelOf } from '../referents/applications.ts';
import { SignOutForm } from '../shared/SignOutForm.tsx';
import { MinistageList, type RequesterMinistageView } from './MinistageList.tsx';
import { MY_REQUESTS_PATH, REQUESTER_SIGN_OUT_PATH, requesterThreadPath } from './paths.ts';

export interface RequesterRequestView {
  id: string;
  status: RequestStatus;
  awaitingRequester: boolean;
  intervention: string;
  ambassadorName: string | null;
  createdAt: Date;
  acceptedStart: Date | null;
  slots: readonly string[];
  /** A need sent to several ambassadors, listed once: its state and to how many it went. */
  need?: { status: NeedStatus; invited: number } | null;
}

/** A need nobody has accepted yet (or ever): no ambassador to show, no thread to open. */
const untaken = (r: RequesterRequestView) => r.need && r.need.status !== 'filled';

export function RequestsPage({
  email,
  requests,
  ministages = [],
}: {
  email: string;
  requests: readonly RequesterRequestView[];
  /** Applications to mini-stage offers made with the address: their own section, when there are any. */
  ministages?: readonly RequesterMinistageView[];
}) {
  const open = requests.filter((r) => OPEN_STATUSES.includes(r.status));
  const closed = requests.filter((r) => !OPEN_STATUSES.includes(r.status));
  return (
    <FunctionPage title="Mes demandes">
      <p>{`Vous êtes connecté avec l’adresse ${email}.`}</p>
      <SignOutForm action={REQUESTER_SIGN_OUT_PATH} />
      <p>
        Tant que vous êtes connecté, une demande faite avec cette adresse depuis <a href="/ambassadeurs/">l’annuaire</a> est transmise
        directement à l’ambassadeur, sans lien de confirmation.
      </p>
      {requests.length === 0 && ministages.length === 0 ? (
        <p>Aucune demande n’a été faite avec cette adresse.</p>
      ) : (
        <>
          {requests.length === 0 ? (
            <p>Aucune demande à un ambassadeur n’a été faite avec cette adresse.</p>
          ) : (
            <>
              <RequestList title="En cours" empty="Aucune demande en cours." requests={open} />
              <RequestList title="Terminées" empty="Aucune demande terminée." requests={closed} />
            </>
          )}
          {ministages.length > 0 && <MinistageList ministages={ministages} />}
        </>
      )}
    </FunctionPage>
  );
}

function RequestList({ title, empty, requests }: { title: string; empty: string; requests: readonly RequesterRequestView[] }) {
  return (
    <section className="page-section">
      <h2>{title}</h2>
      {requests.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="plain">
          {requests.map((r) => (
            <li key={r.id}>
              <h3>{untaken(r) ? headingOf(r) : <a href={requesterThreadPath(r.id)}>{headingOf(r)}</a>}</h3>
              <dl>
                <dt>État</dt>
                <dd>
                  {r.need && untaken(r)
                    ? `${NEED_STATUSES[r.need.status]} (besoin proposé à ${r.need.invited} ambassadeur${r.need.invited >= 2 ? 's' : ''})`
                    : `${REQUEST_STATUSES[r.status]}${r.awaitingRequester ? ' : l’ambassadeur vous propose d’autres dates' : ''}`}
                </dd>
                <dt>Demande faite le</dt>
                <dd>{frenchDate(r.createdAt)}</dd>
                <DateOf request={r} />
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What was asked, of whom: the thread page's own title. */
const headingOf = (r: RequesterRequestView) =>
  untaken(r)
    ? `${labelOf(INTERVENTIONS, r.intervention)} – besoin proposé à plusieurs ambassadeurs`
    : `${labelOf(INTERVENTIONS, r.intervention)} – ${r.ambassadorName ?? 'Ambassadeur parti'}`;

/** The date agreed once accepted, else the dates still proposed. */
function DateOf({ request: r }: { request: RequesterRequestView }) {
  if (r.acceptedStart && (r.status === 'accepted' || r.status === 'done'))
    return (
      <>
        <dt>Date de l’intervention</dt>
        <dd>{formatParis(r.acceptedStart)}</dd>
      </>
    );
  if (r.slots.length === 0) return null;
  return (
    <>
      <dt>{r.awaitingRequester ? 'Dates proposées par l’ambassadeur' : 'Créneaux proposés'}</dt>
      <dd>{r.slots.map((s) => formatParis(new Date(s))).join(' ; ')}</dd>
    </>
  );
}

/** A thread asked for with an id that is none of the requester's requests (another address's, or none at all). */
export function RequestNotFoundPage() {
  return (
    <FunctionPage title="Demande introuvable">
      <p>
        Cette demande n’existe pas, ou n’a pas été faite avec votre adresse. <a href={MY_REQUESTS_PATH}>Retour à mes demandes</a>.
      </p>
    </FunctionPage>
  );
}
