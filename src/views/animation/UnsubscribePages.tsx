/**
 * The page an animation mail's unsubscribe link opens (issue F, part 2). GET shows the choice and
 * its button (mail scanners follow GET links: nothing changes on GET); the button, like the mail
 * client's one-click « Se désabonner », posts to the same address and acts at once. The same page
 * then offers to undo.
 */
import { PostForm, SubmitButton } from '../form/PostForm.tsx';
import { FunctionPage } from '../layout/FunctionPage.tsx';
import { LinkProblemPage } from '../shared/LinkPages.tsx';

const SPACE_PAGE = '/gerer-mon-profil/';
const WHAT =
  'Les messages d’animation sont les nouvelles du réseau que vous envoient les référents et la Région : actualités, invitations à des événements, remerciements de fin d’année, conseils pour votre profil.';
const REQUESTS_STAY = 'Les demandes d’intervention, les rappels et les messages de vos demandeurs vous parviennent toujours.';

export function UnsubscribePage({
  refused,
  action,
  done,
}: {
  /** The ambassador refuses animation mail (now). */
  refused: boolean;
  /** The link's own address (its token in the query), where the buttons post. */
  action: string;
  /** What was just done by a POST. */
  done?: 'refused' | 'accepted' | undefined;
}) {
  const title = refused ? 'Vous ne recevez plus les messages d’animation' : 'Les messages d’animation du réseau';
  return (
    <FunctionPage title={title}>
      {done && (
        <p className="status-message" role="status">
          {done === 'refused'
            ? 'C’est fait : vous ne recevrez plus de message d’animation.'
            : 'C’est fait : vous recevrez de nouveau les messages d’animation.'}
        </p>
      )}
      <p>{WHAT}</p>
      <p>{REQUESTS_STAY}</p>
      {refused ? (
        <PostForm action={action} hidden={{ action: 'reabonner' }}>
          <SubmitButton>Recevoir de nouveau les messages d’animation</SubmitButton>
        </PostForm>
      ) : (
        <PostForm action={action} hidden={{ action: 'desabonner' }}>
          <SubmitButton>Ne plus recevoir les messages d’animation</SubmitButton>
        </PostForm>
      )}
      <p>
        Vous pouvez aussi changer d’avis à tout moment dans <a href={SPACE_PAGE}>« Gérer mon profil »</a>.
      </p>
    </FunctionPage>
  );
}

export function UnsubscribeLinkProblemPage() {
  return (
    <LinkProblemPage explanation="Ce lien de désabonnement a expiré (il vaut un an) ou ne correspond plus à un compte d’ambassadeur.">
      <p>
        Pour choisir de recevoir ou non les messages d’animation, ouvrez <a href={SPACE_PAGE}>« Gérer mon profil »</a>.
      </p>
    </LinkProblemPage>
  );
}
