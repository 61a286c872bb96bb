/**
 * The relayed thread of a request (brief F6), for the side whose link opened it: what was
 * done or refused, the request, what this side can do now, and the messages. Neither side's
 * address is ever shown to the other.
 */
import { THREAD_FIELDS } from '../../lib/forms/request.ts';
import { summaryLabels } from '../../lib/forms/field.ts';
import { NEED_FILLED_MESSAGE, needOpenMessage } from '../../lib/need.ts';
import { REQUEST_STATUSES } from '../../lib/request-status.ts';
import { INTERVENTIONS } from '../../lib/vocabularies.ts';
import { ErrorSummary } from '../form/ErrorSummary.tsx';
import { FunctionPage } from '../layout/FunctionPage.tsx';
import { ThreadActions } from './ThreadActions.tsx';
import { labelIn, ThreadDetails } from './ThreadDetails.tsx';
import { ThreadMessages } from './ThreadMessages.tsx';
import type { SentForm, ThreadData } from './thread-types.ts';

export interface ThreadPageProps {
  thread: ThreadData;
  /** The link's token, sent back with each action. */
  token: string;
  /** What the last action did, said once it is done. */
  done?: string | undefined;
  /** Why the action sent was refused (the request moved on meanwhile). */
  refused?: string | undefined;
  /** The form sent back with errors. */
  sent?: SentForm | undefined;
}

export function ThreadPage({ thread: t, token, done, refused, sent }: ThreadPageProps) {
  const r = t.request;
  const other = t.side === 'requester' ? t.ambassador.public.displayName : r.requester_name;
  return (
    <FunctionPage title={`${labelIn(INTERVENTIONS, r.intervention)} – ${other}`}>
      {done && (
        <p className="status-message" role="status">
          {done}
        </p>
      )}
      {refused && (
        <div className="error-summary" role="alert">
          <p>{refused}</p>
        </div>
      )}
      {sent && <ErrorSummary errors={sent.errors} labels={summaryLabels(THREAD_FIELDS)} idPrefix={sent.action} />}
      {r.status === 'filled_elsewhere' && !done && !refused && (
        <p className="status-message" role="status">
          {NEED_FILLED_MESSAGE}
        </p>
      )}
      {t.need && t.side === 'ambassador' && r.status === 'sent' && <p>{needOpenMessage(t.need.invited)}</p>}
      <p>
        {'État : '}
        <strong>{REQUEST_STATUSES[r.status]}</strong>
        {`. Vous échangez avec ${other} : vos coordonnées ne lui sont pas montrées.`}
      </p>
      <ThreadDetails thread={t} />
      <ThreadActions thread={t} token={token} sent={sent} />
      <ThreadMessages thread={t} token={token} other={other} sent={sent} />
    </FunctionPage>
  );
}
