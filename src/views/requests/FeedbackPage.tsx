/** The survey after the date (brief F7), reached by each side's one-time link. */
import { FEEDBACK_FIELDS as F } from '../../lib/forms/feedback.ts';
import { summaryLabels } from '../../lib/forms/field.ts';
import { Radios } from '../form/Choices.tsx';
import { ErrorSummary } from '../form/ErrorSummary.tsx';
import { TextArea, TextField, type Errors } from '../form/Field.tsx';
import { PostForm, SubmitButton } from '../form/PostForm.tsx';
import { FunctionPage } from '../layout/FunctionPage.tsx';

const NOTES = Array.from({ length: F.satisfaction.max - F.satisfaction.min + 1 }, (_, i) => String(F.satisfaction.min + i));

export function FeedbackPage({
  token,
  errors = {},
  posted = {},
  action = '/api/demandes/avis',
  title = 'Comment s’est passée l’intervention ?',
  withYoungPeople = true,
}: {
  token: string;
  errors?: Errors;
  posted?: Readonly<Record<string, unknown>>;
  /** The same survey after a mini-stage (src/server/handlers/ministages.ts): its own address and title, no count of young people. */
  action?: string;
  title?: string;
  withYoungPeople?: boolean;
}) {
  const value = (name: string) => (typeof posted[name] === 'string' ? (posted[name] as string) : '');
  return (
    <FunctionPage title={title}>
      <ErrorSummary errors={errors} labels={summaryLabels(F)} />
      <PostForm action={action} hidden={{ jeton: token }}>
        <Radios {...F.satisfaction} options={NOTES.map((n) => ({ value: n, label: n }))} value={value('satisfaction')} errors={errors} />
        {withYoungPeople && <TextField {...F.youngPeopleReached} defaultValue={value('youngPeopleReached')} errors={errors} />}
        <TextArea {...F.comment} defaultValue={value('comment')} errors={errors} />
        <SubmitButton>Envoyer mon avis</SubmitButton>
      </PostForm>
    </FunctionPage>
  );
}
