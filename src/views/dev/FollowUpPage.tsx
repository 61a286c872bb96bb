/** Development only: run the follow-up job as if it were a given date, and what it did. */
import { TextField, type Errors } from '../form/Field.tsx';
import { PostForm, SubmitButton } from '../form/PostForm.tsx';
import { FunctionPage } from '../layout/FunctionPage.tsx';

export const FOLLOW_UP_PATH = '/api/dev/suivi';

export interface FollowUpReportView {
  reminders: number;
  escalations: number;
  expired: number;
  completed: number;
  purged: number;
  needsEscalated: number;
  needsExpired: number;
}

const DATE_FIELD = { name: 'date', label: 'Faire comme si nous étions le', type: 'datetime-local', required: true } as const;

export function FollowUpPage({ errors = {}, posted = '' }: { errors?: Errors; posted?: string }) {
  return (
    <FunctionPage title={errors.date ? 'Date invalide' : 'Suivi des demandes (développement)'}>
      <p>Lance le travail planifié de suivi à la date choisie.</p>
      <PostForm action={FOLLOW_UP_PATH}>
        <TextField {...DATE_FIELD} defaultValue={posted} errors={errors} />
        <SubmitButton>Lancer le suivi</SubmitButton>
      </PostForm>
    </FunctionPage>
  );
}

export function FollowUpDonePage({ report }: { report: FollowUpReportView }) {
  return (
    <FunctionPage title="Suivi lancé">
      <p className="status-message" role="status">
        {`Rappels : ${report.reminders}, signalements : ${report.escalations}, expirées : ${report.expired}, réalisées : ${report.completed}, effacées : ${report.purged} ; besoins signalés : ${report.needsEscalated}, besoins expirés : ${report.needsExpired}.`}
      </p>
      <p>
        <a href="/api/dev/courriels">Voir les courriels</a>
      </p>
    </FunctionPage>
  );
}
