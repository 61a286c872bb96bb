/** The pages around the need form: after it is sent, the confirmation link's page and what the confirmation did. */
import { PostForm, SubmitButton } from '../form/PostForm.tsx';
import { FunctionPage } from '../layout/FunctionPage.tsx';
import { MY_REQUESTS_PATH, REQUESTER_SIGN_IN_PAGE } from '../requester-space/paths.ts';
import { CONFIRM_NEED_PATH } from './paths.ts';

/** What became of a need sent: to how many ambassadors it went (none: the referent has it). */
function Outcome({ invited }: { invited: number }) {
  return invited > 0 ? (
    <p>
      {`Merci ! Votre besoin est proposé à ${invited >= 2 ? `${invited} ambassadeurs disponibles` : 'un ambassadeur disponible'}. Dès que l’un d’eux accepte un créneau, vous recevez un courriel avec son nom, l’invitation de calendrier et le lien pour lui écrire.`}
    </p>
  ) : (
    <p>
      Merci. Aucun ambassadeur disponible ne correspond pour l’instant à votre besoin : le référent de votre département l’a reçu pour vous
      aider, et un courriel vient de vous proposer d’autres ambassadeurs.
    </p>
  );
}

/** After the form: the same page whatever happens next, unless a signed-in requester's need went out at once. */
export function NeedSentPage({ invited }: { invited?: number | undefined }) {
  if (invited !== undefined)
    return (
      <FunctionPage title="Besoin envoyé" section="/ambassadeurs/">
        <Outcome invited={invited} />
        <p>
          <a href={MY_REQUESTS_PATH}>Voir mes demandes</a>
        </p>
      </FunctionPage>
    );
  return (
    <FunctionPage title="Vérifiez votre messagerie" section="/ambassadeurs/">
      <p>
        Merci ! Un courriel vient de vous être envoyé. Ouvrez-le et confirmez votre besoin par son lien : il sera alors proposé aux
        ambassadeurs disponibles.
      </p>
      <p>
        Vos demandes se retrouvent ensuite dans <a href={REQUESTER_SIGN_IN_PAGE}>Mes demandes</a>.
      </p>
      <p>
        <a href="/ambassadeurs/">Retour à l’annuaire</a>
      </p>
    </FunctionPage>
  );
}

/** The requester's emailed link opens this page; only its button (a POST) sends the need. */
export function ConfirmNeedPage({ token }: { token: string }) {
  return (
    <FunctionPage title="Confirmer votre besoin">
      <p>Confirmez votre adresse pour proposer votre besoin aux ambassadeurs disponibles.</p>
      <PostForm action={CONFIRM_NEED_PATH} hidden={{ jeton: token }}>
        <SubmitButton>Confirmer et envoyer mon besoin</SubmitButton>
      </PostForm>
    </FunctionPage>
  );
}

export function NeedConfirmedPage({ invited }: { invited: number }) {
  return (
    <FunctionPage title="Besoin transmis">
      <Outcome invited={invited} />
    </FunctionPage>
  );
}
