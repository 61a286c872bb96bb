/**
 * The pages an emailed link opens (brief W3): a button that uses the link on POST (mail
 * scanners follow GET links), or why the link cannot be used and where to ask for a new one.
 */
import type { ReactNode } from 'react';
import { FunctionPage } from '../layout/FunctionPage.tsx';
import { MessagePage } from './MessagePage.tsx';
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

/** An emailed link that cannot be used (already used, expired, unknown): what happened and what to do. */
export function LinkProblemPage({ explanation, children }: { explanation: string; children?: ReactNode }) {
  return (
    <MessagePage title="Lien inutilisable" paragraphs={[explanation]}>
      {children}
    </MessagePage>
  );
}

/** A space's link expired or was used: where to ask for a new one. */
export function LinkUnusablePage({ newLinkPage }: { newLinkPage: string }) {
  return (
    <LinkProblemPage explanation="Ce lien a expiré ou a déjà servi.">
      <p>
        <a href={newLinkPage}>Demandez un nouveau lien</a>.
      </p>
    </LinkProblemPage>
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
    <MessagePage title="Vous êtes déconnecté">
      <p className="status-message" role="status">
        Votre session est fermée sur cet appareil.
      </p>
      <p>
        Pour revenir, <a href={newLinkPage}>demandez un nouveau lien de connexion</a>.
      </p>
    </MessagePage>
  );
}
