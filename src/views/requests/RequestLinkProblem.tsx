/** A request's emailed link (confirmation, thread) that no longer opens anything, said for its reason. */
import { LinkProblemPage } from '../shared/LinkPages.tsx';

export type LinkProblem = 'used' | 'expired' | 'unknown';

const EXPLANATIONS: Record<LinkProblem, string> = {
  used: 'Ce lien a déjà servi : votre demande est transmise. Suivez-la avec le lien reçu ensuite.',
  expired: 'Ce lien a expiré. Refaites la demande depuis le profil de l’ambassadeur.',
  unknown: 'Ce lien n’est pas valide ou ne donne plus accès à cette demande. Vérifiez qu’il a été copié en entier.',
};

export function RequestLinkProblem({ reason }: { reason: LinkProblem }) {
  return <LinkProblemPage explanation={EXPLANATIONS[reason]} />;
}
