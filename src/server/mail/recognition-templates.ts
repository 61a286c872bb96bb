/**
 * Recognition and nudges (issue F, part 6), in French: the end-of-school-year thanks with the
 * ambassador's own figures, and the advice once to an ambassador published for 90 days and never
 * solicited. Both are animation mail (./animation-templates.ts adds the unsubscribe notice).
 */
import type { AnimationContent } from './animation-templates.ts';
import { frenchNumber } from '../../lib/forms/field.ts';
import { hours } from '../../lib/indicators/format.ts';

const SPACE = '/gerer-mon-profil/';
const count = (n: number, one: string, many: string) => `${frenchNumber(n)} ${n >= 2 ? many : one}`;

export interface YearFigures {
  firstName: string;
  /** Interventions done in the school year, their duration, and the young people reached (declared). */
  done: number;
  minutes: number;
  young: number;
  /** Accepted, still to come. */
  upcoming: number;
}

export function yearEndThanks(siteUrl: string, schoolYear: string, f: YearFigures): AnimationContent {
  const done =
    f.done > 0
      ? `Pendant l’année scolaire ${schoolYear}, vous avez réalisé ${count(f.done, 'intervention', 'interventions')} (${hours(f.minutes)} en tout) et rencontré ${count(f.young, 'jeune', 'jeunes')}, d’après les nombres déclarés après chaque rendez-vous.`
      : `Pendant l’année scolaire ${schoolYear}, vous avez accepté de rencontrer des jeunes.`;
  return {
    subject: `Merci pour votre engagement en ${schoolYear}`,
    paragraphs: [
      `Bonjour ${f.firstName},`,
      `Merci ! ${done}${f.upcoming > 0 ? ` ${count(f.upcoming, 'rendez-vous accepté est encore à venir', 'rendez-vous acceptés sont encore à venir')}.` : ''}`,
      'Chacune de ces rencontres aide des jeunes à se représenter un métier et à choisir leur orientation. Le réseau vous en est reconnaissant.',
      `Pour retrouver vos rendez-vous, mettre votre profil à jour avant la rentrée ou le mettre en pause pendant l’été : ${siteUrl}${SPACE}`,
    ],
    action: { label: 'Gérer mon profil', url: `${siteUrl}${SPACE}` },
  };
}

export function neverSolicitedAdvice(
  siteUrl: string,
  { firstName, department, slug }: { firstName: string; department: string; slug: string },
): AnimationContent {
  return {
    subject: 'Quelques conseils pour être sollicité',
    paragraphs: [
      `Bonjour ${firstName},`,
      'Votre profil d’ambassadeur est publié depuis plus de trois mois et vous n’avez pas encore reçu de demande. C’est fréquent : les demandes se concentrent sur certains métiers et à certains moments de l’année.',
      'Quelques idées pour être trouvé plus facilement : décrivez concrètement une journée de travail, racontez votre parcours comme à un jeune de 15 ans, proposez l’échange à distance en plus des rencontres sur place, et cochez tous les publics et départements où vous pouvez intervenir.',
      `Les guides du réseau aident à préparer une intervention et à répondre à une demande : ${siteUrl}/guides/`,
      `Votre profil tel que les enseignants le voient : ${siteUrl}/ambassadeurs/${department}/${slug}/`,
      'Le référent de votre département peut aussi vous inviter aux forums et aux événements du réseau.',
    ],
    action: { label: 'Améliorer mon profil', url: `${siteUrl}${SPACE}` },
  };
}
