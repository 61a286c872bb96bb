/**
 * The pages the signup functions answer with (src/server/handlers/signup.ts), besides the
 * ones that only say something (MessagePage): the form sent back to correct, the button that
 * confirms the address, and the link that cannot confirm it.
 */
import { ErrorSummary } from '../form/ErrorSummary.tsx';
import type { Errors, Options } from '../form/Field.tsx';
import { EmailForm, PostForm, SubmitButton } from '../form/PostForm.tsx';
import { FunctionPage } from '../layout/FunctionPage.tsx';
import { MessagePage } from '../shared/MessagePage.tsx';
import type { FieldValues } from '../../lib/forms/values.ts';
import { SIGNUP_SUMMARY_LABELS, SignupForm, summaryErrors } from './SignupForm.tsx';

const SECTION = '/devenir-ambassadeur/';

/** Posted without JavaScript with answers to correct (422): the long form, as it was filled. */
export function SignupCorrectionPage(props: {
  values: FieldValues;
  errors: Errors;
  departments: Options;
  areas?: Options;
  companies?: Options;
  charterVersion: string;
}) {
  return (
    <FunctionPage title="Quelques réponses sont à corriger" section={SECTION}>
      <ErrorSummary errors={summaryErrors(props.errors)} labels={SIGNUP_SUMMARY_LABELS} />
      <p>
        Vos réponses sont conservées ci-dessous : corrigez celles qui sont signalées, puis envoyez de nouveau. Les champs sont obligatoires
        sauf mention « facultatif ».
      </p>
      <SignupForm {...props} />
    </FunctionPage>
  );
}

/** GET of the emailed link: a button, since mail scanners follow links; only the POST confirms. */
export function ConfirmApplicationPage({ action, token }: { action: string; token: string }) {
  return (
    <FunctionPage title="Confirmer votre inscription" section={SECTION}>
      <p>Un dernier geste : confirmez votre adresse pour transmettre votre inscription au référent de votre département.</p>
      <PostForm action={action} hidden={{ jeton: token }}>
        <SubmitButton>Confirmer mon adresse</SubmitButton>
      </PostForm>
    </FunctionPage>
  );
}

export type CannotConfirmReason = 'unknown' | 'expired' | 'used';

const REASONS: Record<CannotConfirmReason, string> = {
  used: 'Ce lien a déjà servi : votre adresse est confirmée et votre inscription est entre les mains du référent de votre département.',
  expired: 'Ce lien a expiré. Demandez-en un nouveau ci-dessous : il vous sera envoyé si votre inscription attend encore sa confirmation.',
  unknown: 'Ce lien n’est pas valide. Vérifiez qu’il a été copié en entier, ou demandez-en un nouveau ci-dessous.',
};

/** The link is unknown, expired or used: what happened and, unless used, a form for a new one. */
export function CannotConfirmPage({ reason, newLinkAction }: { reason: CannotConfirmReason; newLinkAction: string }) {
  return (
    <MessagePage title="Confirmation impossible" paragraphs={[REASONS[reason]]} section={SECTION}>
      {reason !== 'used' && <EmailForm action={newLinkAction} label="Votre adresse e-mail" button="Recevoir un nouveau lien" />}
    </MessagePage>
  );
}
