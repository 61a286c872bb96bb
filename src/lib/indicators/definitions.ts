/**
 * Each figure's name and French definition, shown next to it (../shared/design/indicators.md,
 * numbered as there). Where a definition says more than that note, the note's line is kept and
 * the definition says how the figure is actually counted.
 */
import type { SettingsData } from '../schemas.ts';

export type FigureSettings = Pick<SettingsData, 'answerDeadlineDays' | 'firstReminderDays' | 'secondReminderDays'>;

export interface FigureDefinition {
  /** The number in indicators.md. */
  number: number;
  label: string;
  definition: string;
}

export type FigureKey =
  | 'published'
  | 'applications'
  | 'active'
  | 'neverSolicited'
  | 'sent'
  | 'open'
  | 'responseRate'
  | 'outcomes'
  | 'firstAnswer'
  | 'escalations'
  | 'unmet'
  | 'whiteZones'
  | 'fillRate'
  | 'done'
  | 'young'
  | 'satisfaction'
  | 'feedbackRate'
  | 'sex'
  | 'evaluation'
  | 'animation'
  | 'ministages';

export function figureDefinitions(s: FigureSettings): Record<FigureKey, FigureDefinition> {
  const deadline = `${s.answerDeadlineDays} jours`;
  return {
    published: {
      number: 1,
      label: 'Ambassadeurs publiés',
      definition:
        'Ambassadeurs dont le profil est publié le dernier jour de la période (aujourd’hui pour la période en cours), comptés dans leur département de rattachement (et non celui des interventions), par type, par secteur et par thème transversal (une personne qui parle de plusieurs thèmes compte dans chacun ; une personne partie avant décembre 2026, quand ses thèmes n’étaient pas encore conservés, compte « sans thème »). « En pause » : profil mis en pause, tel qu’il l’est aujourd’hui (les pauses passées ne sont pas conservées). Les ambassadeurs partis depuis (compte supprimé) restent comptés, comme disponibles.',
    },
    applications: {
      number: 2,
      label: 'Inscriptions et validations',
      definition:
        'À valider : inscriptions confirmées par leur auteur, en attente de décision aujourd’hui, et leur ancienneté depuis la confirmation. Dans la période : inscriptions déposées, confirmées, validées et refusées, et le délai entre la confirmation et la décision (médiane et 9e décile). Département : celui de la commune de rattachement. Les inscriptions jamais confirmées sont effacées après 7 jours et les refusées 30 jours après la décision : pour une période ancienne, ces nombres sont incomplets.',
    },
    active: {
      number: 3,
      label: 'Ambassadeurs actifs',
      definition:
        'Ambassadeurs publiés le dernier jour de la période ayant au moins une intervention acceptée ou réalisée dont la date tombe dans la période. Les ambassadeurs partis depuis n’y figurent pas : leurs demandes restent comptées, sans lien avec eux.',
    },
    neverSolicited: {
      number: 4,
      label: 'Ambassadeurs jamais sollicités',
      definition:
        'Ambassadeurs publiés depuis plus de 90 jours le dernier jour de la période et qui n’ont reçu aucune demande dans les 12 mois qui le précèdent ; la part est calculée parmi les ambassadeurs publiés depuis plus de 90 jours.',
    },
    sent: {
      number: 6,
      label: 'Demandes envoyées',
      definition:
        'Demandes transmises à un ambassadeur (confirmées par le demandeur) dont le premier envoi tombe dans la période, dans le département de l’intervention ; par état aujourd’hui, type de demandeur, type d’intervention, public, modalité, thème transversal de la demande et secteur de l’ambassadeur sollicité. Un besoin proposé à plusieurs ambassadeurs compte pour une demande ici et dans les chiffres qui suivent (jusqu’au tableau d’évaluation) : celle qui a été acceptée une fois le besoin pourvu, sinon l’une de celles qui attendent encore une réponse, sinon la dernière close.',
    },
    open: {
      number: 6,
      label: 'Demandes en attente et leur ancienneté',
      definition: `Parmi les demandes envoyées dans la période, celles qui attendent encore une réponse aujourd’hui, selon le temps écoulé depuis leur envoi à l’ambassadeur actuel : moins de ${s.firstReminderDays} jours (avant le premier rappel), puis jusqu’au second rappel (${s.secondReminderDays} jours), puis jusqu’au délai de réponse (${deadline}), puis au-delà ; à part, celles où le demandeur doit choisir parmi d’autres créneaux proposés, et les interventions acceptées encore à venir.`,
    },
    responseRate: {
      number: 8,
      label: 'Taux de réponse dans le délai',
      definition: `Demandes envoyées dans la période ayant reçu une première réponse de l’ambassadeur (acceptation, refus ou autres créneaux proposés) au plus tard ${deadline} après leur premier envoi, divisées par les demandes dont ce délai est écoulé ou qui ont reçu une réponse. Ne comptent pas encore : les demandes sans réponse dont le délai court toujours, et celles annulées sans réponse avant la fin du délai.`,
    },
    outcomes: {
      number: 9,
      label: 'Issues des demandes',
      definition:
        'Part des demandes envoyées dans la période selon leur issue aujourd’hui : acceptée (intervention réalisée ou à venir), déclinée, expirée sans réponse, annulée, ou encore en attente.',
    },
    firstAnswer: {
      number: 10,
      label: 'Délai de première réponse',
      definition:
        'Temps entre le premier envoi d’une demande et la première réponse d’un ambassadeur, en jours, pour les demandes envoyées dans la période qui ont reçu une réponse : médiane (la moitié des réponses arrivent plus vite) et 9e décile (90 % arrivent plus vite).',
    },
    escalations: {
      number: 11,
      label: 'Signalements au référent',
      definition: `Demandes envoyées dans la période restées sans réponse au bout de ${deadline} et signalées au référent, divisées par les demandes envoyées ; parmi elles, celles confiées ensuite à un autre ambassadeur, celles finalement acceptées, et le délai médian entre le signalement et l’issue (acceptation, refus, expiration ou annulation).`,
    },
    unmet: {
      number: 12,
      label: 'Demande non satisfaite',
      definition:
        'Demandes envoyées dans la période et closes sans intervention : expirées sans réponse, déclinées sans qu’une autre demande du même demandeur, envoyée ensuite dans la période, ait été acceptée, ou annulées après un signalement au référent ; par département de l’intervention et secteur de l’ambassadeur sollicité.',
    },
    whiteZones: {
      number: 12,
      label: 'Offre et demande par département et secteur',
      definition:
        'Pour chaque département d’intervention et secteur : demandes envoyées dans la période, demandes non satisfaites, et ambassadeurs disponibles (publiés avant la fin de la période, pas en pause aujourd’hui, qui interviennent dans ce département). Hors des zones couvertes : demandes venues d’une commune, indiquée par le demandeur, qu’aucun ambassadeur du secteur, publié et pas en pause au moment de l’envoi, ne couvrait par sa zone d’intervention (une commune et son rayon, des bassins d’emploi, des départements ou toute la Région) ; les demandes sans commune, et celles envoyées avant décembre 2026, quand ce décompte a commencé, n’y sont pas comptées. Zone blanche : des demandes et aucun ambassadeur disponible ; en partie : des ambassadeurs disponibles, mais des demandes hors de leurs zones.',
    },
    fillRate: {
      number: 13,
      label: 'Taux de pourvoi des besoins partagés',
      definition: `Besoins décrits une fois par un demandeur (« Je ne sais pas qui solliciter ») et proposés à plusieurs ambassadeurs disponibles, envoyés dans la période, dans le département de l’intervention : pourvus (un ambassadeur a accepté un créneau) divisés par les besoins envoyés ; délai de pourvoi : médiane des jours entre l’envoi et l’acceptation, pour les besoins pourvus. À part : les besoins encore ouverts, ceux clos sans acceptation (tous les ambassadeurs sollicités ont décliné, ou personne n’a accepté dans le délai de réponse de ${deadline}, signalé au référent, puis dans le délai d’expiration) et ceux qu’aucun ambassadeur disponible ne pouvait recevoir (transmis aussitôt au référent).`,
    },
    done: {
      number: 14,
      label: 'Interventions réalisées',
      definition:
        'Demandes réalisées dont la date d’intervention tombe dans la période, par type d’intervention, modalité, département de l’intervention et secteur ; heures : somme des durées prévues dans les demandes.',
    },
    young: {
      number: 15,
      label: 'Jeunes touchés (déclarés)',
      definition:
        'Somme des personnes rencontrées lors des interventions réalisées dans la période : le nombre déclaré par le demandeur dans son avis, à défaut celui déclaré par l’ambassadeur, à défaut la taille du groupe annoncée dans la demande. La répartition dit quelle source a compté.',
    },
    satisfaction: {
      number: 16,
      label: 'Satisfaction',
      definition:
        'Notes de 1 (pas du tout satisfait) à 5 (très satisfait) des avis donnés sur les interventions réalisées dans la période : moyenne et répartition, séparément pour les demandeurs et pour les ambassadeurs (les deux côtés ne sont jamais mélangés).',
    },
    feedbackRate: {
      number: 17,
      label: 'Taux de retour des avis',
      definition: 'Avis donnés divisés par les interventions réalisées dans la période, pour chaque côté.',
    },
    sex: {
      number: 19,
      label: 'Répartition femmes / hommes',
      definition:
        'Demandes de particuliers envoyées dans la période, et personnes rencontrées lors de leurs interventions réalisées dans la période, selon le sexe déclaré. « Non précisé » : le demandeur n’a pas souhaité répondre, ou la question ne lui a pas été posée. Les demandes d’établissements et de structures ne déclarent pas de sexe et sont comptées à part.',
    },
    evaluation: {
      number: 20,
      label: 'Tableau d’évaluation',
      definition:
        'Demandes de particuliers envoyées dans la période, et personnes distinctes qui les ont faites (une même adresse compte une fois, même après l’effacement de l’adresse), par tranche d’âge et situation déclarées, pour l’ensemble puis par sexe. Une personne dont la situation ou l’âge a changé compte dans chaque case concernée : le total des personnes n’est pas la somme des cases. Demandes d’établissements et de structures : par public et niveau, tels que saisis.',
    },
    ministages: {
      number: 23,
      label: 'Mini-stages',
      definition:
        'Comptés à part des demandes d’intervention, dans le département de la commune du stage. Candidatures : candidatures à une offre de mini-stage transmises à l’entreprise (adresse du demandeur confirmée) dans la période, selon leur état aujourd’hui (en attente de réponse, acceptée, déclinée, annulée, expirée sans réponse avant le premier jour, stage réalisé). Stages réalisés : candidatures acceptées dont le dernier jour est passé, comptées dans la période de leur premier jour. Avis : notes de 1 à 5 données après ces stages, séparément par le demandeur (établissement ou famille) et par l’entreprise ; taux de retour : avis donnés divisés par les stages réalisés, pour chaque côté.',
    },
    animation: {
      number: 22,
      label: 'Messages d’animation',
      definition:
        'Envois préparés dans la période (messages et actualités des référents, remerciements et conseils envoyés par la plateforme) ayant au moins un destinataire dans le territoire, et leurs destinataires ; courriels remis au service d’envoi dans la période ; non remis : signalés en échec par le service d’envoi (adresse inexistante, boîte pleine) ou abandonnés après tous les essais. Désabonnements : ambassadeurs qui ont refusé les messages d’animation dans la période (par le lien d’un courriel, le bouton de leur messagerie ou « Gérer mon profil »), dont ceux qui sont revenus sur ce choix depuis ; et ceux qui les refusent aujourd’hui. Tout est compté dans le département de rattachement de l’ambassadeur.',
    },
  };
}
