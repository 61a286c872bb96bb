/** Mails of the retention job (src/server/workflows/retention.ts), in French, HTML and text. */
import type { MailToSend } from './outbox.ts';
import { render, type MailContext } from './templates.ts';
import { formatParisDay } from '../../lib/paris-time.ts';

/** To an ambassador with no activity for a long time: what will happen, when, and how to stay. */
export function inactivityWarningMail(
  c: MailContext,
  to: { email: string; firstName: string },
  { inactiveMonths, deletionOn, manageUrl }: { inactiveMonths: number; deletionOn: Date; manageUrl: string },
): MailToSend {
  return render(c, {
    template: 'ambassador_inactivity_warning',
    to: to.email,
    subject: 'Votre compte d’ambassadeur sera supprimé faute d’activité',
    paragraphs: [
      `Bonjour ${to.firstName},`,
      `Votre compte d’ambassadeur n’a connu aucune activité depuis ${inactiveMonths} mois : ni connexion à « Gérer mon profil », ni réponse à une demande. Les données personnelles ne sont pas conservées sans usage : sauf manifestation de votre part, votre compte sera supprimé le ${formatParisDay(deletionOn)}.`,
      'La suppression retire votre profil de l’annuaire et efface vos données personnelles (identité, coordonnées, consentements). Les demandes que vous avez reçues restent comptées, sous forme anonyme, dans les statistiques du réseau.',
      'Pour rester dans le réseau, il suffit de vous connecter d’ici là à « Gérer mon profil » avec votre adresse : toute connexion compte. Vous pourrez aussi y mettre votre profil en pause, ou supprimer vous-même votre compte.',
    ],
    action: { label: 'Gérer mon profil', url: manageUrl },
  });
}
