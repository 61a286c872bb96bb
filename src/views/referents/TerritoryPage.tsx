/**
 * The open requests of the referent's départements, escalated first, then the oldest; a
 * request still waiting can be handed to another ambassador (the suggestions when it was
 * escalated, else a profile address typed in).
 */
import { formatParis } from '../../lib/paris-time.ts';
import { REQUEST_STATUSES, type RequestStatus } from '../../lib/request-status.ts';
import { INTERVENTIONS } from '../../lib/vocabularies.ts';
import { ErrorSummary } from '../form/ErrorSummary.tsx';
import { Select, TextField, type Errors } from '../form/Field.tsx';
import { PostForm, SubmitButton } from '../form/PostForm.tsx';
import { labelOf } from './applications.ts';
import { FunctionPage } from '../layout/FunctionPage.tsx';
import { ReferentPage, TERRITORY_PATH, type ReferentIdentity } from './ReferentPage.tsx';

export interface TerritoryRequestView {
  id: string;
  status: RequestStatus;
  /** Waiting for the requester's answer to other dates. */
  awaitingRequester: boolean;
  escalated: boolean;
  /** One invitation of a need sent to several ambassadors (the first to accept takes it). */
  sharedNeed?: boolean;
  waitingDays: number;
  intervention: string;
  acceptedStart: Date | null;
  requester: string;
  ambassador: { displayName: string; department: string };
  /** Only for a request still waiting for an answer: other ambassadors to hand it to (may be none). */
  reassign?: { suggestions: readonly { path: string; label: string }[] } | undefined;
}

/** What the last reassignment said: done, refused (a sentence), or a message by the request's field. */
export type TerritoryNotice = { done: string } | { refused: string } | { requestId: string; errors: Errors };

const AMBASSADOR_FIELD = { name: 'ambassador', label: 'Confier à', shortLabel: 'Ambassadeur' } as const;
const idPrefixOf = (requestId: string) => `demande-${requestId}`;

export function TerritoryPage({
  referent,
  requests,
  notice,
}: {
  referent: ReferentIdentity;
  requests: readonly TerritoryRequestView[];
  notice?: TerritoryNotice | undefined;
}) {
  const n = requests.length;
  return (
    <ReferentPage title="Demandes d’intervention de mon territoire" referent={referent}>
      {notice && 'done' in notice && (
        <p className="status-message" role="status">
          {notice.done}
        </p>
      )}
      {notice && 'refused' in notice && (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <p>{notice.refused}</p>
        </div>
      )}
      {notice && 'errors' in notice && (
        <ErrorSummary errors={notice.errors} labels={{ ambassador: AMBASSADOR_FIELD.shortLabel }} idPrefix={idPrefixOf(notice.requestId)} />
      )}
      {n === 0 ? (
        <p>Aucune demande en cours.</p>
      ) : (
        <table>
          <caption>{`${n} demande${n > 1 ? 's' : ''} en cours, les demandes signalées d’abord, puis les plus anciennes`}</caption>
          <thead>
            <tr>
              <th scope="col">État</th>
              <th scope="col">Attente</th>
              <th scope="col">Intervention</th>
              <th scope="col">Demandeur</th>
              <th scope="col">Ambassadeur</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((r) => (
              <tr key={r.id} className={r.escalated ? 'alert-row' : undefined}>
                <td>
                  {r.escalated && (
                    <>
                      <strong>Sans réponse, signalée</strong>
                      <br />
                    </>
                  )}
                  {REQUEST_STATUSES[r.status]}
                  {r.awaitingRequester && ' (dates proposées au demandeur)'}
                  {r.sharedNeed && (
                    <>
                      <br />
                      <small>Besoin proposé à plusieurs ambassadeurs</small>
                    </>
                  )}
                </td>
                <td>{`${r.waitingDays} j`}</td>
                <td>
                  {labelOf(INTERVENTIONS, r.intervention)}
                  {r.acceptedStart && (
                    <>
                      <br />
                      <small>{formatParis(r.acceptedStart)}</small>
                    </>
                  )}
                </td>
                <td>{r.requester}</td>
                <td>{`${r.ambassador.displayName} (${r.ambassador.department})`}</td>
                <td>
                  {r.reassign && (
                    <ReassignForm
                      requestId={r.id}
                      suggestions={r.reassign.suggestions}
                      errors={notice && 'errors' in notice && notice.requestId === r.id ? notice.errors : undefined}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ReferentPage>
  );
}

function ReassignForm({
  requestId,
  suggestions,
  errors,
}: {
  requestId: string;
  suggestions: readonly { path: string; label: string }[];
  errors: Errors | undefined;
}) {
  const field = { ...AMBASSADOR_FIELD, idPrefix: idPrefixOf(requestId), errors };
  return (
    <PostForm action={TERRITORY_PATH} hidden={{ id: requestId }}>
      {suggestions.length > 0 ? (
        <Select {...field} options={Object.fromEntries(suggestions.map((s) => [s.path, s.label]))} />
      ) : (
        <TextField {...field} hint="Adresse du profil : département/nom, par exemple 59/prenom-n-metier" />
      )}
      <SubmitButton>Réassigner</SubmitButton>
    </PostForm>
  );
}

/** A reassignment posted with an id that is no request's (a stale or altered form). */
export function RequestNotFoundPage() {
  return (
    <FunctionPage title="Demande introuvable" section="/referents/">
      <p>
        Cette demande n’existe pas ou plus. <a href={TERRITORY_PATH}>Retour aux demandes de mon territoire</a>.
      </p>
    </FunctionPage>
  );
}
