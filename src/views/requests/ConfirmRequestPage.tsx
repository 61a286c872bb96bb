/** The requester's emailed confirmation link opens this page; only its button (a POST) sends the request. */
import { PostForm, SubmitButton } from '../form/PostForm.tsx';
import { FunctionPage } from '../layout/FunctionPage.tsx';

export function ConfirmRequestPage({ token }: { token: string }) {
  return (
    <FunctionPage title="Confirmer votre demande">
      <p>Confirmez votre adresse pour transmettre la demande à l’ambassadeur.</p>
      <PostForm action="/api/demandes/confirmer" hidden={{ jeton: token }}>
        <SubmitButton>Confirmer et envoyer ma demande</SubmitButton>
      </PostForm>
    </FunctionPage>
  );
}
