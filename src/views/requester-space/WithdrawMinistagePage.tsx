/**
 * Withdrawing a mini-stage application from « Mes demandes »: the application and what
 * withdrawing it does, one button (POST), then what happened.
 */
import { PostForm, SubmitButton } from '../form/PostForm.tsx';
import { FunctionPage } from '../layout/FunctionPage.tsx';
import { stageDates } from '../../lib/ministage.ts';
import { ministageHeading, type RequesterMinistageView } from './MinistageList.tsx';
import { MINISTAGE_WITHDRAW_PATH, MY_REQUESTS_PATH } from './paths.ts';

const BACK = (
  <p>
    <a href={MY_REQUESTS_PATH}>Retour à mes demandes</a>
  </p>
);

export function WithdrawMinistagePage({ application: a }: { application: RequesterMinistageView }) {
  return (
    <FunctionPage title="Annuler une candidature à un mini-stage">
      <p>{`${ministageHeading(a)}, ${stageDates(a)}.`}</p>
      {a.withdrawable ? (
        <>
          <p>
            {a.status === 'awaiting_requester_confirmation'
              ? 'Cette candidature n’a pas encore été transmise à l’entreprise : elle ne le sera pas.'
              : a.status === 'accepted'
                ? 'L’entreprise a accepté cette candidature : elle sera prévenue par courriel que l’élève ne viendra pas, et la place sera libérée.'
                : 'L’entreprise sera prévenue par courriel et n’aura plus à répondre.'}{' '}
            L’annulation est définitive.
          </p>
          <PostForm action={MINISTAGE_WITHDRAW_PATH} hidden={{ candidature: a.id }}>
            <SubmitButton danger>Annuler ma candidature</SubmitButton>
          </PostForm>
        </>
      ) : (
        <p role="alert" className="error-summary">
          Cette candidature est close, ou le stage a déjà commencé : elle ne peut plus être annulée.
        </p>
      )}
      {BACK}
    </FunctionPage>
  );
}

/** After the button: done, or why not. */
export function WithdrawnMinistagePage({ refused }: { refused?: string }) {
  return (
    <FunctionPage title={refused ? 'Annulation impossible' : 'Candidature annulée'}>
      {refused ? (
        <p role="alert" className="error-summary">
          {refused}
        </p>
      ) : (
        <p className="notice" role="status">
          Votre candidature est annulée. Si l’entreprise l’avait reçue, elle en est prévenue par courriel.
        </p>
      )}
      {BACK}
    </FunctionPage>
  );
}
