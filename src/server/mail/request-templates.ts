/**
 * Mails of the request workflow (brief F5–F7), in French, HTML and text. They never carry
 * the other side's address or phone: people appear under the names they chose, and every
 * answer goes through the relayed thread.
 */
import type { MailAttachment } from './mailer.ts';
import type { MailToSend } from './outbox.ts';
import { render, type MailContext } from './templates.ts';
import { formatParis } from '../../lib/paris-time.ts';
import { requesterLabel } from '../../lib/request.ts';
import { INTERVENTIONS, PUBLICS, THEMES } from '../../lib/vocabularies.ts';

export interface RequestSummary {
  intervention: string;
  public: string;
  requesterName: string;
  organisationName: string | null;
  ambassadorName: string;
  /** A code of THEMES when the request is about a transversal theme (issue 11). */
  theme?: string | null | undefined;
}

export interface Suggestion {
  displayName: string;
  jobTitle: string;
  url: string;
}

/** « Intervention en classe (lycée) »: what a request or a need asks, as its mails say it. */
export const what = (r: Pick<RequestSummary, 'intervention' | 'public'>) =>
  `${INTERVENTIONS[r.intervention as keyof typeof INTERVENTIONS] ?? r.intervention} (${(PUBLICS[r.public as keyof typeof PUBLICS] ?? r.public).toLowerCase()})`;
export const requester = (r: Pick<RequestSummary, 'requesterName' | 'organisationName'>) =>
  requesterLabel(r.requesterName, r.organisationName);
export const suggestionLines = (suggestions: readonly Suggestion[]) =>
  suggestions.length > 0
    ? [
        `D’autres ambassadeurs du même secteur, disponibles : ${suggestions.map((s) => `${s.displayName}, ${s.jobTitle} : ${s.url}`).join(' ; ')}.`,
      ]
    : ['Aucun autre ambassadeur du même secteur n’est disponible pour l’instant : le référent de votre département peut vous aider.'];

export function confirmRequestMail(c: MailContext, to: string, r: RequestSummary, link: string, hours: number): MailToSend {
  return render(c, {
    template: 'confirm_request',
    to,
    subject: `Confirmez votre demande à ${r.ambassadorName}`,
    paragraphs: [
      // Not the name typed in the form: until the address is confirmed, anyone may have typed it.
      'Bonjour,',
      `Vous avez préparé une demande pour ${r.ambassadorName} : ${what(r)}. Confirmez votre adresse pour qu’elle lui soit transmise. Le lien est valable ${hours} heures.`,
      "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : rien ne sera transmis.",
    ],
    action: { label: 'Confirmer ma demande', url: link },
  });
}

export function requestAlreadyOpenMail(c: MailContext, to: string, r: RequestSummary): MailToSend {
  return render(c, {
    template: 'request_already_open',
    to,
    subject: `Vous avez déjà une demande en cours avec ${r.ambassadorName}`,
    paragraphs: [
      'Bonjour,',
      `Une demande de votre part est déjà en cours avec ${r.ambassadorName} : nous n’en avons pas créé de seconde. Retrouvez-la avec le lien reçu lors de son envoi, et écrivez-y si vous voulez préciser ou changer quelque chose.`,
    ],
  });
}

export function newRequestMail(c: MailContext, to: string, r: RequestSummary, link: string, deadlineDays: number): MailToSend {
  return render(c, {
    template: 'request_to_ambassador',
    to,
    subject: `Nouvelle demande : ${what(r)}`,
    paragraphs: [
      `Bonjour ${r.ambassadorName},`,
      `${requester(r)} vous sollicite pour : ${what(r)}.`,
      ...(r.theme ? [`Thème transversal de la demande : ${THEMES[r.theme as keyof typeof THEMES] ?? r.theme}.`] : []),
      `Ouvrez la demande pour voir les créneaux proposés, puis acceptez-en un, proposez-en d’autres ou déclinez avec un mot. Merci de répondre sous ${deadlineDays} jours, même pour décliner.`,
      'Vos coordonnées ne sont jamais transmises : vous échangez par la messagerie de la plateforme.',
    ],
    action: { label: 'Voir la demande et répondre', url: link },
  });
}

export function requestSentMail(c: MailContext, to: string, r: RequestSummary, link: string, deadlineDays: number): MailToSend {
  return render(c, {
    template: 'request_sent',
    to,
    subject: `Votre demande est transmise à ${r.ambassadorName}`,
    paragraphs: [
      `Bonjour ${r.requesterName},`,
      `Votre demande (${what(r)}) est transmise à ${r.ambassadorName}, qui s’engage à répondre sous ${deadlineDays} jours. Vous recevrez un courriel à chaque réponse.`,
      'Suivez-la et écrivez à l’ambassadeur depuis ce lien : vos coordonnées ne lui sont pas transmises.',
      'Toutes vos demandes se retrouvent aussi dans « Mes demandes », en bas de chaque page du site.',
    ],
    action: { label: 'Suivre ma demande', url: link },
  });
}

export function requestAcceptedMail(
  c: MailContext,
  to: string,
  r: RequestSummary,
  { side, start, link, invitation }: { side: 'requester' | 'ambassador'; start: Date; link: string; invitation: MailAttachment },
): MailToSend {
  return render(c, {
    template: 'request_accepted',
    to,
    subject: side === 'requester' ? `${r.ambassadorName} a accepté votre demande` : `Intervention confirmée le ${formatParis(start)}`,
    paragraphs: [
      `Bonjour ${side === 'requester' ? r.requesterName : r.ambassadorName},`,
      side === 'requester'
        ? `Bonne nouvelle : ${r.ambassadorName} a accepté votre demande (${what(r)}) pour le ${formatParis(start)}.`
        : `Vous avez accepté la demande de ${requester(r)} (${what(r)}) pour le ${formatParis(start)}.`,
      'L’invitation jointe ajoute la date à votre agenda. Pour préparer la rencontre, échangez par la messagerie.',
    ],
    action: { label: 'Ouvrir la messagerie', url: link },
    attachments: [invitation],
  });
}

export function requestDeclinedMail(
  c: MailContext,
  to: string,
  r: RequestSummary,
  note: string,
  link: string,
  suggestions: readonly Suggestion[],
): MailToSend {
  return render(c, {
    template: 'request_declined',
    to,
    subject: `${r.ambassadorName} ne peut pas donner suite à votre demande`,
    paragraphs: [
      `Bonjour ${r.requesterName},`,
      `${r.ambassadorName} ne peut pas donner suite à votre demande (${what(r)}). Son message :`,
      note,
      ...suggestionLines(suggestions),
    ],
    action: { label: 'Voir la demande', url: link },
  });
}

export function slotsProposedMail(c: MailContext, to: string, r: RequestSummary, slots: readonly Date[], link: string): MailToSend {
  return render(c, {
    template: 'request_slots_proposed',
    to,
    subject: `${r.ambassadorName} vous propose d’autres dates`,
    paragraphs: [
      `Bonjour ${r.requesterName},`,
      `${r.ambassadorName} ne peut pas venir aux dates demandées et vous en propose d’autres : ${slots.map(formatParis).join(' ; ')}.`,
      'Choisissez celle qui vous convient depuis la demande.',
    ],
    action: { label: 'Choisir une date', url: link },
  });
}

export function newMessageMail(
  c: MailContext,
  to: string,
  { recipientName, authorName }: { recipientName: string; authorName: string },
  link: string,
): MailToSend {
  return render(c, {
    template: 'request_message',
    to,
    subject: `Nouveau message de ${authorName}`,
    paragraphs: [
      `Bonjour ${recipientName},`,
      `${authorName} vous a écrit au sujet de votre demande d’intervention. Lisez et répondez depuis la messagerie.`,
    ],
    action: { label: 'Lire le message', url: link },
  });
}

export function requestCancelledMail(
  c: MailContext,
  to: string,
  { recipientName, authorName, note }: { recipientName: string; authorName: string; note?: string },
  link: string,
  invitation?: MailAttachment,
): MailToSend {
  return render(c, {
    template: 'request_cancelled',
    to,
    subject: `Intervention annulée par ${authorName}`,
    paragraphs: [
      `Bonjour ${recipientName},`,
      `${authorName} a annulé la demande d’intervention${invitation ? ' : l’invitation jointe retire la date de votre agenda' : ''}.`,
      ...(note ? ['Son message :', note] : []),
    ],
    action: { label: 'Voir la demande', url: link },
    ...(invitation ? { attachments: [invitation] } : {}),
  });
}

export function requestRescheduledMail(
  c: MailContext,
  to: string,
  { recipientName, authorName, start }: { recipientName: string; authorName: string; start: Date },
  link: string,
  invitation: MailAttachment,
): MailToSend {
  return render(c, {
    template: 'request_rescheduled',
    to,
    subject: `Intervention déplacée au ${formatParis(start)}`,
    paragraphs: [
      `Bonjour ${recipientName},`,
      `${authorName} a déplacé l’intervention au ${formatParis(start)}. L’invitation jointe met votre agenda à jour.`,
    ],
    action: { label: 'Ouvrir la messagerie', url: link },
    attachments: [invitation],
  });
}

export function reminderMail(
  c: MailContext,
  to: string,
  r: RequestSummary,
  { days, left }: { days: number; left: number },
  link: string,
): MailToSend {
  return render(c, {
    template: 'request_reminder',
    to,
    subject: `Rappel : une demande vous attend depuis ${days} jours`,
    paragraphs: [
      `Bonjour ${r.ambassadorName},`,
      `${requester(r)} attend votre réponse depuis ${days} jours (${what(r)}). Il vous reste ${left} jour${left > 1 ? 's' : ''} pour accepter, proposer d’autres dates ou décliner.`,
      'Si vous ne pouvez pas en ce moment, déclinez en un clic et mettez votre profil en pause : la personne pourra solliciter quelqu’un d’autre.',
    ],
    action: { label: 'Répondre à la demande', url: link },
  });
}

export function escalationMail(
  c: MailContext,
  to: { email: string; name: string },
  r: RequestSummary & { days: number; department: string },
  suggestions: readonly Suggestion[],
  backOffice: string,
): MailToSend {
  return render(c, {
    template: 'request_escalated',
    to: to.email,
    subject: `Demande sans réponse depuis ${r.days} jours (${r.department})`,
    paragraphs: [
      `Bonjour ${to.name},`,
      `La demande de ${requester(r)} à ${r.ambassadorName} (${what(r)}) est sans réponse depuis ${r.days} jours.`,
      ...suggestionLines(suggestions),
      'Vous pouvez la confier à un autre ambassadeur depuis l’espace des référents.',
    ],
    action: { label: 'Voir les demandes de mon territoire', url: backOffice },
  });
}

export function noAnswerYetMail(
  c: MailContext,
  to: string,
  r: RequestSummary & { days: number },
  suggestions: readonly Suggestion[],
  link: string,
): MailToSend {
  return render(c, {
    template: 'request_no_answer_yet',
    to,
    subject: `Votre demande à ${r.ambassadorName} est encore sans réponse`,
    paragraphs: [
      `Bonjour ${r.requesterName},`,
      `${r.ambassadorName} n’a pas encore répondu à votre demande après ${r.days} jours. Le référent de son département est prévenu et peut la confier à un autre ambassadeur.`,
      ...suggestionLines(suggestions),
    ],
    action: { label: 'Suivre ma demande', url: link },
  });
}

export function requestExpiredMail(
  c: MailContext,
  to: string,
  { recipientName, side, r }: { recipientName: string; side: 'requester' | 'ambassador'; r: RequestSummary },
): MailToSend {
  return render(c, {
    template: 'request_expired',
    to,
    subject: side === 'requester' ? `Votre demande à ${r.ambassadorName} a expiré` : 'Une demande a expiré sans réponse',
    paragraphs: [
      `Bonjour ${recipientName},`,
      side === 'requester'
        ? `Votre demande (${what(r)}) n’a pas reçu de réponse et a expiré. Vous pouvez solliciter un autre ambassadeur depuis l’annuaire, ou écrire au référent de votre département.`
        : `La demande de ${requester(r)} (${what(r)}) a expiré sans réponse. Si vous n’êtes pas disponible en ce moment, pensez à mettre votre profil en pause.`,
    ],
  });
}

export function feedbackMail(
  c: MailContext,
  to: string,
  { recipientName, side, r }: { recipientName: string; side: 'requester' | 'ambassador'; r: RequestSummary },
  link: string,
): MailToSend {
  return render(c, {
    template: 'request_feedback',
    to,
    subject: 'Comment s’est passée l’intervention ?',
    paragraphs: [
      `Bonjour ${recipientName},`,
      side === 'requester'
        ? `L’intervention de ${r.ambassadorName} (${what(r)}) a eu lieu. Deux minutes pour nous dire comment elle s’est passée et combien de jeunes elle a touchés ?`
        : `Votre intervention auprès de ${requester(r)} a eu lieu : merci ! Deux minutes pour nous dire comment elle s’est passée ?`,
      'Vos réponses aident la Région à faire vivre le réseau.',
    ],
    action: { label: 'Donner mon avis', url: link },
  });
}

export function reassignedMail(c: MailContext, to: string, r: RequestSummary, link: string): MailToSend {
  return render(c, {
    template: 'request_reassigned',
    to,
    subject: `Votre demande est confiée à ${r.ambassadorName}`,
    paragraphs: [
      `Bonjour ${r.requesterName},`,
      `Le référent du réseau a confié votre demande (${what(r)}) à ${r.ambassadorName}, qui vous répondra par la messagerie.`,
    ],
    action: { label: 'Suivre ma demande', url: link },
  });
}

/** Issue 11: to the requester, when the company they asked entrusts the request to one of its members. */
export function entrustedMail(c: MailContext, to: string, r: RequestSummary, companyName: string, link: string): MailToSend {
  return render(c, {
    template: 'request_entrusted',
    to,
    subject: `${companyName} confie votre demande à ${r.ambassadorName}`,
    paragraphs: [
      `Bonjour ${r.requesterName},`,
      `${companyName} a confié votre demande (${what(r)}) à ${r.ambassadorName}, membre de la structure, qui viendra à votre rencontre et vous répondra par la messagerie.`,
    ],
    action: { label: 'Suivre ma demande', url: link },
  });
}

export function ambassadorLeftMail(c: MailContext, to: string, r: RequestSummary, invitation?: MailAttachment): MailToSend {
  return render(c, {
    template: 'request_ambassador_left',
    to,
    subject: `Votre demande à ${r.ambassadorName} est annulée`,
    paragraphs: [
      `Bonjour ${r.requesterName},`,
      `${r.ambassadorName} a quitté le réseau des ambassadeurs : votre demande (${what(r)}) est annulée${invitation ? ' et l’invitation jointe retire la date de votre agenda' : ''}.`,
      'Vous pouvez solliciter un autre ambassadeur depuis l’annuaire, ou écrire au référent de votre département.',
    ],
    ...(invitation ? { attachments: [invitation] } : {}),
  });
}

/** The link to « Mes demandes »: sent to any address asked for, so it greets no one by name. */
export function requesterSignInMail(c: MailContext, to: string, link: string, hours: number): MailToSend {
  return render(c, {
    template: 'requester_sign_in',
    to,
    subject: 'Votre lien pour voir vos demandes',
    paragraphs: [
      'Bonjour,',
      `Voici votre lien pour ouvrir « Mes demandes » : vous y retrouverez les demandes d’intervention faites avec cette adresse, et celles que vous ferez une fois connecté seront transmises directement à l’ambassadeur. Le lien est valable ${hours} heures et ne sert qu’une fois.`,
      "Si vous n'avez pas demandé ce lien, ignorez ce message : rien ne change.",
    ],
    action: { label: 'Voir mes demandes', url: link },
  });
}
