/**
 * The pages an emailed link opens (brief W3): a button that uses the link on POST (mail
 * scanners follow GET links), or why the link cannot be used and where to ask for a new one.
 */
import { FunctionPage } from '../layout/FunctionPage.tsx';
import { PostForm, SubmitButton } from '../form/PostForm.tsx';

/** GET of a link: one button, which posts the token back to the same address. */
export function LinkButtonPage({ title, button, action, token }: { title: string; button: string; action: string; token: string }) {
  return (
    <FunctionPage title={title}>
      <PostForm action={action} hidden={{ jeton: token }}>
        <SubmitButton>{button}</SubmitButton>
      </PostForm>
    </FunctionPage>
  );
}

/** The link expired or was used: how to get a new one. */
export function LinkUnusablePage({ newLinkPage }: { newLinkPage: string }) {
  return (
    <FunctionPage title="Lien inutilisable">
      <p>
        Ce lien a expiré ou a déjà servi. <a href={newLinkPage}>Demandez un nouveau lien</a>.
      </p>
    </FunctionPage>
  );
}

/** A space's page without a live session. `who` completes « Cet espace est réservé … ». */
export function SignInRequiredPage({ newLinkPage, who }: { newLinkPage: string; who: string }) {
  return (
    <FunctionPage title="Connexion nécessaire">
      <p>
        {`Cet espace est réservé ${who}, et votre session a peut-être expiré. `}
        <a href={newLinkPage}>Recevoir un nouveau lien</a>.
      </p>
    </FunctionPage>
  );
}

/** After signing out of a space. */
export function SignedOutPage({ newLinkPage }: { newLinkPage: string }) {
  return (
    <FunctionPage title="Vous êtes déconnecté">
      <p className="status-message" role="status">
        Votre session est fermée sur cet appareil.
      </p>
      <p>
        Pour revenir, <a href={newLinkPage}>demandez un nouveau lien de connexion</a>.
      </p>
      <p>
        <a href="/">Retour à l’accueil</a>
      </p>
    </FunctionPage>
  );
}
