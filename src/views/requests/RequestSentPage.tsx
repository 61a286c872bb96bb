/** After the form: the same page whatever happens next (a confirmation mail, or a mail saying a request is open). */
import { FunctionPage } from '../layout/FunctionPage.tsx';

export function RequestSentPage() {
  return (
    <FunctionPage title="Vérifiez votre messagerie" section="/ambassadeurs/">
      <p>
        Merci ! Un courriel vient de vous être envoyé. Ouvrez-le et confirmez cette demande par son lien : elle sera alors transmise à
        l’ambassadeur.
      </p>
      <p>
        <a href="/ambassadeurs/">Retour à l’annuaire</a>
      </p>
    </FunctionPage>
  );
}
