/**
 * The retention durations set in the settings, as the personal-data page states them: the same
 * numbers the daily retention job applies (src/server/workflows/retention.ts), never typed twice.
 */
import type { SettingsData } from './schemas.ts';

type RetentionSettings = Pick<
  SettingsData,
  'closedRequestsKeptMonths' | 'abandonedMailKeptDays' | 'inactiveAmbassadorMonths' | 'inactivityNoticeDays'
>;

export function retentionStatements(s: RetentionSettings): string[] {
  return [
    `Demandes d’intervention closes (réalisées, déclinées, expirées ou annulées) : anonymisées ${s.closedRequestsKeptMonths} mois après leur clôture. Les noms, adresses, messages et textes libres sont alors effacés ; seuls restent, sans lien avec une personne, les éléments utiles aux statistiques (dates, statut, type d’intervention, département, effectifs, notes).`,
    `Candidatures aux mini-stages closes (stage réalisé, déclinées, expirées ou annulées) : anonymisées ${s.closedRequestsKeptMonths} mois après leur clôture. Le nom et l’adresse du demandeur, l’établissement, l’adulte à joindre pendant le stage et les textes libres sont alors effacés ; seuls restent les éléments utiles aux statistiques (dates, statut, niveau, convention, département, notes).`,
    `Adresse électronique d’un demandeur : effacée dès qu’aucune de ses demandes n’est plus conservée en clair et qu’il n’a ni fait de demande ni ouvert son espace « Mes demandes » depuis ${s.closedRequestsKeptMonths} mois.`,
    `Courriels que la plateforme n’a pas pu envoyer : effacés au bout de ${s.abandonedMailKeptDays} jours.`,
    `Compte d’ambassadeur sans activité (connexion à « Gérer mon profil », réponse à une demande) depuis ${s.inactiveAmbassadorMonths} mois : l’ambassadeur est prévenu par courriel, puis son compte est supprimé ${s.inactivityNoticeDays} jours plus tard s’il ne s’est pas manifesté entre-temps. Les demandes qu’il a reçues sont alors anonymisées.`,
  ];
}
