/**
 * After the form: the same page whatever happens next (a confirmation mail, or a mail saying a
 * request is open), unless the requester is signed in to « Mes demandes » with the address of a
 * new request, which then went straight to the ambassador.
 */
import { FunctionPage } from '../layout/FunctionPage.tsx';
import { MY_REQUESTS_PATH, REQUESTER_SIGN_IN_PAGE } from '../requester-space/paths.ts';

export function RequestSentPage({ straightToAmbassador = false }: { straightToAmbassador?: boolean }) {
  if (straightToAmbassador)
    return (
      <FunctionPage title="Demande transmise" section="/ambassadeurs/">
        <p>
          Merci ! Vous êtes connecté à « Mes demandes » avec cette adresse : votre demande est transmise directement à l’ambassadeur, sans
          confirmation. Un courriel vient de vous donner le lien pour la suivre et lui écrire.
        </p>
        <p>
          <a href={MY_REQUESTS_PATH}>Voir mes demandes</a>
        </p>
      </FunctionPage>
    );
  return (
    <FunctionPage title="Vérifiez votre messagerie" section="/ambassadeurs/">
      <p>
        Merci ! Un courriel vient de vous être envoyé. Ouvrez-le et confirmez cette demande par son lien : elle sera alors transmise à
        l’ambassadeur.
      </p>
      <p>
        Toutes vos demandes se retrouvent ensuite dans <a href={REQUESTER_SIGN_IN_PAGE}>Mes demandes</a>.
      </p>
      <p>
        <a href="/ambassadeurs/">Retour à l’annuaire</a>
      </p>
    </FunctionPage>
  );
}
