/** The referents' weekly digest (src/server/workflows/referent-digest.ts), in French, HTML and text. */
import type { MailToSend } from './outbox.ts';
import { render, type MailContext } from './templates.ts';
import { frenchNumber } from '../../lib/forms/field.ts';
import { formatParisDay } from '../../lib/paris-time.ts';
import { PREFERENCES_PATH } from '../../views/referents/PreferencesPage.tsx';
import { APPLICATIONS_PATH, TERRITORY_PATH } from '../../views/referents/ReferentPage.tsx';

export interface DigestContent {
  siteUrl: string;
  week: { start: Date; end: Date };
  applications: number;
  oldestApplicationDays: number;
  escalated: number;
  awaitingAnswer: number;
  figures: { sent: number; accepted: number; done: number; young: number };
}

/** "1 demande envoyée", "3 demandes envoyées" */
const count = (n: number, one: string, many: string) => `${frenchNumber(n)} ${n > 1 ? many : one}`;
const days = (n: number) => count(n, 'jour', 'jours');

export function weeklyDigestMail(
  c: MailContext,
  to: { email: string; name: string; departments: readonly string[] },
  d: DigestContent,
): MailToSend {
  const from = formatParisDay(d.week.start);
  const until = formatParisDay(new Date(d.week.end.getTime() - 1));
  const f = d.figures;
  return render(c, {
    template: 'referent_weekly_digest',
    to: to.email,
    subject: `Récapitulatif de la semaine du ${from} au ${until}`,
    paragraphs: [
      `Bonjour ${to.name},`,
      `Voici ce qui attend dans vos départements (${to.departments.join(', ')}) ce lundi, et les chiffres de la semaine du ${from} au ${until}.`,
      d.applications > 0
        ? `Inscriptions à valider : ${frenchNumber(d.applications)}, la plus ancienne confirmée depuis ${days(d.oldestApplicationDays)}. ${d.siteUrl}${APPLICATIONS_PATH}`
        : 'Aucune inscription n’attend votre validation.',
      d.escalated > 0
        ? `Demandes signalées, toujours sans réponse de l’ambassadeur après le délai : ${frenchNumber(d.escalated)}. Vous pouvez les confier à un autre ambassadeur : ${d.siteUrl}${TERRITORY_PATH}`
        : 'Aucune demande signalée n’attend une solution.',
      `Demandes en attente de la réponse de l’ambassadeur, dans le délai : ${frenchNumber(d.awaitingAnswer)}.`,
      `La semaine, dans vos départements d’intervention : ${count(f.sent, 'demande envoyée', 'demandes envoyées')}, ${count(f.accepted, 'acceptée', 'acceptées')}, ${count(f.done, 'intervention réalisée', 'interventions réalisées')}, ${count(f.young, 'jeune touché', 'jeunes touchés')} (nombre déclaré).`,
      `Vous recevez ce récapitulatif chaque lundi, sauf les semaines où rien ne s’est passé. Pour ne plus le recevoir, ou le recevoir de nouveau, changez votre choix dans l’espace des référents : ${d.siteUrl}${PREFERENCES_PATH}`,
    ],
    action: { label: 'Ouvrir l’espace des référents', url: `${d.siteUrl}/referents/connexion/` },
  });
}
