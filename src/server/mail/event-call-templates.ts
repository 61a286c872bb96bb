/**
 * Mails of the call for ambassadors (issue 10), in French, HTML and text: the invitation with its
 * yes and no links (animation mail), the confirmation (with the event's calendar file), the waiting list, the
 * place freed for the first one waiting, and the reminder two days before.
 */
import type { AnimationContent } from './animation-templates.ts';
import type { MailAttachment } from './mailer.ts';
import type { MailToSend } from './outbox.ts';
import { render, type MailContext } from './templates.ts';
import { formatEventDates, placeLine, type NetworkEvent } from '../../lib/events.ts';
import { EVENT_TYPES } from '../../lib/vocabularies.ts';

type EventFacts = Pick<NetworkEvent, 'title' | 'type' | 'start' | 'end' | 'place' | 'onlineUrl' | 'ambassadorPlaces'>;

const named = (e: EventFacts) => `« ${e.title} » (${EVENT_TYPES[e.type].toLowerCase()})`;
const facts = (e: EventFacts, pageUrl: string) =>
  `${formatEventDates(e.start, e.end)} (heure de Paris), ${placeLine(e)}${e.onlineUrl ? ` : ${e.onlineUrl}` : ''}. Le programme : ${pageUrl}`;
const places = (n: number) => `${n} place${n > 1 ? 's' : ''}`;

/** The invitation: animation mail (src/server/workflows/animation/send.ts adds the unsubscribe link and headers). */
export function eventInvitationContent({
  name,
  event,
  pageUrl,
  referent,
  yes,
  no,
}: {
  name: string;
  event: EventFacts;
  pageUrl: string;
  referent: { name: string; role: string };
  yes: string;
  no: string;
}): AnimationContent {
  return {
    subject: `Invitation : ${event.title}, ${formatEventDates(event.start, event.end)}`,
    paragraphs: [
      `Bonjour ${name},`,
      `${referent.name} (${referent.role}) vous invite à venir présenter votre métier ou votre formation à ${named(event)}.`,
      facts(event, pageUrl),
      `${places(event.ambassadorPlaces)} pour les ambassadeurs : les premiers à répondre oui sont confirmés ; les suivants sont inscrits sur une liste d’attente et confirmés si une place se libère.`,
      `Vous ne pourrez pas venir ? Répondez non avec ce lien : ${no}`,
      'Chaque lien ouvre une page où vous confirmez votre réponse. Les réponses sont possibles jusqu’au début de l’événement.',
    ],
    action: { label: 'Oui, je participe', url: yes },
  };
}

export function eventConfirmedMail(
  c: MailContext,
  to: string,
  {
    name,
    event,
    pageUrl,
    manage,
    calendar,
    promoted,
  }: { name: string; event: EventFacts; pageUrl: string; manage: string; calendar: MailAttachment; promoted: boolean },
): MailToSend {
  return render(c, {
    template: promoted ? 'event_promoted' : 'event_confirmed',
    to,
    subject: promoted ? `Une place s’est libérée : vous participez à ${event.title}` : `Participation confirmée : ${event.title}`,
    paragraphs: [
      `Bonjour ${name},`,
      promoted
        ? `Une place s’est libérée : vous étiez le premier ou la première sur la liste d’attente, votre participation à ${named(event)} est confirmée.`
        : `Merci ! Votre participation à ${named(event)} est confirmée.`,
      facts(event, pageUrl),
      'Le fichier joint ajoute l’événement à votre agenda. Votre profil public sera présenté sur la page de l’événement. Vous recevrez un rappel deux jours avant.',
      'Si vous ne pouvez plus venir, dites-le avec le lien ci-dessous : votre place ira à la première personne de la liste d’attente.',
    ],
    action: { label: 'Gérer ma participation', url: manage },
    attachments: [calendar],
  });
}

export function eventWaitingListMail(
  c: MailContext,
  to: string,
  { name, event, pageUrl, position, manage }: { name: string; event: EventFacts; pageUrl: string; position: number; manage: string },
): MailToSend {
  return render(c, {
    template: 'event_waiting_list',
    to,
    subject: `Événement complet : vous êtes sur la liste d’attente de ${event.title}`,
    paragraphs: [
      `Bonjour ${name},`,
      `Merci de votre réponse. Les ${places(event.ambassadorPlaces)} prévues pour les ambassadeurs à ${named(event)} sont déjà prises : vous êtes inscrit sur la liste d’attente, en position ${position}.`,
      facts(event, pageUrl),
      'Si une place se libère, vous serez confirmé dans l’ordre de la liste et prévenu par courriel, avec le fichier pour votre agenda.',
      'Si vous ne souhaitez plus attendre, retirez-vous de la liste avec le lien ci-dessous.',
    ],
    action: { label: 'Gérer mon inscription', url: manage },
  });
}

export function eventReminderMail(
  c: MailContext,
  to: string,
  { name, event, pageUrl, manage }: { name: string; event: EventFacts; pageUrl: string; manage: string },
): MailToSend {
  return render(c, {
    template: 'event_reminder',
    to,
    subject: `Rappel : ${event.title}, ${formatEventDates(event.start, event.end)}`,
    paragraphs: [
      `Bonjour ${name},`,
      `Nous vous attendons à ${named(event)} dans deux jours.`,
      facts(event, pageUrl),
      'Un empêchement ? Dites-le avec le lien ci-dessous, pour que votre place profite à quelqu’un d’autre.',
    ],
    action: { label: 'Gérer ma participation', url: manage },
  });
}
