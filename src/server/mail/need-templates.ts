/**
 * Mails of a need sent to several ambassadors (issue F, part 4), in French, HTML and text. Like
 * a request's (src/server/mail/request-templates.ts), they never carry the other side's address:
 * the accepted ambassador and the requester then talk through the request's thread.
 */
import type { MailToSend } from './outbox.ts';
import { requester, suggestionLines, what, type RequestSummary, type Suggestion } from './request-templates.ts';
import { render, type MailContext } from './templates.ts';
import { departmentLabel } from '../../lib/directory.ts';

/** What a need's mails repeat: what is asked, by whom, where. */
export interface NeedSummary {
  intervention: string;
  public: string;
  requesterName: string;
  organisationName: string | null;
  department: string;
}

const ambassadors = (n: number) => (n >= 2 ? `${n} ambassadeurs` : `${n} ambassadeur`);

export function confirmNeedMail(c: MailContext, to: string, n: NeedSummary, link: string, hours: number): MailToSend {
  return render(c, {
    template: 'confirm_need',
    to,
    subject: 'Confirmez votre besoin d’intervention',
    paragraphs: [
      // Not the name typed in the form: until the address is confirmed, anyone may have typed it.
      'Bonjour,',
      `Vous avez décrit un besoin (${what(n)}, ${departmentLabel(n.department)}). Confirmez votre adresse pour qu’il soit proposé aux ambassadeurs disponibles. Le lien est valable ${hours} heures.`,
      "Si vous n'êtes pas à l'origine de ce besoin, ignorez ce message : rien ne sera transmis.",
    ],
    action: { label: 'Confirmer mon besoin', url: link },
  });
}

export function needToAmbassadorMail(
  c: MailContext,
  to: string,
  r: RequestSummary,
  { link, deadlineDays, invited }: { link: string; deadlineDays: number; invited: number },
): MailToSend {
  return render(c, {
    template: 'need_to_ambassador',
    to,
    subject: `Besoin d’un ambassadeur : ${what(r)}`,
    paragraphs: [
      `Bonjour ${r.ambassadorName},`,
      `${requester(r)} cherche un ambassadeur pour : ${what(r)}.`,
      invited >= 2
        ? `Ce besoin est proposé à ${ambassadors(invited)} disponibles : le premier qui accepte un créneau assure l’intervention, les autres en sont prévenus.`
        : 'Ce besoin vous est proposé : acceptez un créneau pour assurer l’intervention.',
      `Ouvrez la demande pour voir les créneaux, puis acceptez-en un, proposez-en d’autres ou déclinez. Merci de répondre sous ${deadlineDays} jours, même pour décliner.`,
      'Vos coordonnées ne sont jamais transmises : vous échangez par la messagerie de la plateforme.',
    ],
    action: { label: 'Voir le besoin et répondre', url: link },
  });
}

export function needSentMail(
  c: MailContext,
  to: string,
  n: NeedSummary,
  { invited, deadlineDays, myRequests }: { invited: number; deadlineDays: number; myRequests: string },
): MailToSend {
  return render(c, {
    template: 'need_sent',
    to,
    subject: `Votre besoin est proposé à ${ambassadors(invited)}`,
    paragraphs: [
      `Bonjour ${n.requesterName},`,
      `Votre besoin (${what(n)}) est proposé à ${ambassadors(invited)} disponible${invited >= 2 ? 's' : ''} qui intervien${invited >= 2 ? 'nent' : 't'} dans le département ${departmentLabel(n.department)}. Dès que l’un d’eux accepte un créneau, vous recevez un courriel avec son nom, l’invitation de calendrier et le lien pour lui écrire.`,
      `Sans acceptation sous ${deadlineDays} jours, le référent du département reçoit votre besoin pour vous trouver quelqu’un.`,
    ],
    action: { label: 'Voir mes demandes', url: myRequests },
  });
}

export function needFilledElsewhereMail(c: MailContext, to: string, r: RequestSummary): MailToSend {
  return render(c, {
    template: 'need_filled_elsewhere',
    to,
    subject: 'Besoin pourvu : merci de votre disponibilité',
    paragraphs: [
      `Bonjour ${r.ambassadorName},`,
      `Un autre ambassadeur a accepté le besoin de ${requester(r)} (${what(r)}) : vous n’avez plus rien à faire pour celui-ci.`,
      'Merci d’avoir été disponible : d’autres demandes vous parviendront.',
    ],
  });
}

/** Why a need goes to the referent: nobody matched, every invited ambassador declined, or the deadline passed. */
export type NeedEscalation = { reason: 'nobody' } | { reason: 'declined' } | { reason: 'deadline'; days: number };

export function needEscalationMail(
  c: MailContext,
  to: { email: string; name: string },
  n: NeedSummary & { invited: number },
  why: NeedEscalation,
  suggestions: readonly Suggestion[],
  backOffice: string,
): MailToSend {
  const asked = `Le besoin de ${requester(n)} (${what(n)}, ${departmentLabel(n.department)})`;
  return render(c, {
    template: 'need_escalated',
    to: to.email,
    subject:
      why.reason === 'deadline'
        ? `Besoin sans acceptation depuis ${why.days} jours (${n.department})`
        : `Besoin sans ambassadeur disponible (${n.department})`,
    paragraphs: [
      `Bonjour ${to.name},`,
      why.reason === 'nobody'
        ? `${asked} ne correspond à aucun ambassadeur disponible : il n’a été proposé à personne.`
        : why.reason === 'declined'
          ? `${asked} a été décliné par les ${ambassadors(n.invited)} à qui il était proposé.`
          : `${asked}, proposé à ${ambassadors(n.invited)}, n’a été accepté par personne en ${why.days} jours.`,
      ...suggestionLines(suggestions),
      why.reason === 'deadline'
        ? 'Vous pouvez confier l’une de ses demandes à un autre ambassadeur depuis l’espace des référents.'
        : 'Le demandeur a reçu ces suggestions et peut solliciter directement l’un de ces ambassadeurs ; vous pouvez aussi l’aider.',
    ],
    action: { label: 'Voir les demandes de mon territoire', url: backOffice },
  });
}

export function needNoTakerMail(
  c: MailContext,
  to: string,
  n: NeedSummary,
  why: NeedEscalation,
  suggestions: readonly Suggestion[],
): MailToSend {
  return render(c, {
    template: 'need_no_taker',
    to,
    subject: why.reason === 'deadline' ? 'Votre besoin est encore sans réponse' : 'Aucun ambassadeur disponible pour votre besoin',
    paragraphs: [
      `Bonjour ${n.requesterName},`,
      why.reason === 'nobody'
        ? `Aucun ambassadeur disponible ne correspond pour l’instant à votre besoin (${what(n)}, ${departmentLabel(n.department)}). Le référent du département est prévenu et peut vous aider.`
        : why.reason === 'declined'
          ? `Les ambassadeurs à qui votre besoin (${what(n)}) était proposé ne sont pas disponibles. Le référent du département est prévenu et peut vous aider.`
          : `Aucun ambassadeur n’a encore accepté votre besoin (${what(n)}) après ${why.days} jours. Le référent du département est prévenu et peut le confier à quelqu’un.`,
      ...suggestionLines(suggestions),
    ],
  });
}

export function needExpiredMail(c: MailContext, to: string, n: NeedSummary): MailToSend {
  return render(c, {
    template: 'need_expired',
    to,
    subject: 'Votre besoin n’a pas été pourvu',
    paragraphs: [
      `Bonjour ${n.requesterName},`,
      `Votre besoin (${what(n)}) n’a été accepté par aucun ambassadeur et il est clos. Vous pouvez décrire un nouveau besoin, solliciter un ambassadeur depuis l’annuaire, ou écrire au référent de votre département.`,
    ],
  });
}
