/**
 * Mails of the mini-stage path (issue 11, part 5), in French, HTML and text. Like a request's
 * (./request-templates.ts), none carries the other side's address, and the adult contact of a
 * pupil under 16 never travels by mail: the company reads it on its answer page once it accepted.
 */
import type { MailToSend } from './outbox.ts';
import { render, type MailContext } from './templates.ts';
import { stageDates } from '../../lib/ministage.ts';
import { AGREEMENT_ISSUERS, LEVELS, type AgreementIssuer, type Level } from '../../lib/vocabularies.ts';

/** What the mails of one application repeat. */
export interface MinistageSummary {
  offerTitle: string;
  companyName: string;
  requesterName: string;
  organisationName: string | null;
  level: Level;
  agreementIssuer: AgreementIssuer;
  startDay: string;
  endDay: string;
}

const who = (s: MinistageSummary) => (s.organisationName ? `${s.requesterName} (${s.organisationName})` : s.requesterName);
const stage = (s: MinistageSummary) => `« ${s.offerTitle} », ${stageDates(s)}`;

export function confirmMinistageMail(c: MailContext, to: string, s: MinistageSummary, link: string, hours: number): MailToSend {
  return render(c, {
    template: 'confirm_ministage',
    to,
    subject: 'Confirmez votre candidature à un mini-stage',
    paragraphs: [
      // Not the name typed in the form: until the address is confirmed, anyone may have typed it.
      'Bonjour,',
      `Vous avez demandé un mini-stage : ${stage(s)}, chez ${s.companyName}. Confirmez votre adresse pour que la candidature lui soit transmise. Le lien est valable ${hours} heures.`,
      "Si vous n'êtes pas à l'origine de cette candidature, ignorez ce message : rien ne sera transmis.",
    ],
    action: { label: 'Confirmer ma candidature', url: link },
  });
}

export function ministageAlreadyOpenMail(c: MailContext, to: string, s: MinistageSummary): MailToSend {
  return render(c, {
    template: 'ministage_already_open',
    to,
    subject: 'Une candidature à ce mini-stage est déjà en cours',
    paragraphs: [
      'Bonjour,',
      `Une candidature faite avec cette adresse pour « ${s.offerTitle} » (${s.companyName}) est déjà en cours : la nouvelle n’a pas été enregistrée. Vous recevrez la réponse de l’entreprise par courriel.`,
    ],
  });
}

export function ministageToCompanyMail(
  c: MailContext,
  to: string,
  s: MinistageSummary,
  { link, under16 }: { link: string; under16: boolean },
): MailToSend {
  return render(c, {
    template: 'ministage_to_company',
    to,
    subject: `Candidature à votre mini-stage : ${s.offerTitle}`,
    paragraphs: [
      `Bonjour ${s.companyName},`,
      `${who(s)} demande votre mini-stage ${stage(s)}, pour un élève de niveau « ${LEVELS[s.level]} »${under16 ? ' âgé de moins de 16 ans' : ''}.`,
      `Convention signée par : ${AGREEMENT_ISSUERS[s.agreementIssuer]}.`,
      'Ouvrez la candidature pour l’accepter ou la décliner ; le demandeur reçoit votre réponse par courriel. Vos coordonnées ne lui sont pas transmises.',
    ],
    action: { label: 'Voir la candidature et répondre', url: link },
  });
}

export function ministageSentMail(c: MailContext, to: string, s: MinistageSummary): MailToSend {
  return render(c, {
    template: 'ministage_sent',
    to,
    subject: `Votre candidature est transmise à ${s.companyName}`,
    paragraphs: [
      `Bonjour ${s.requesterName},`,
      `Votre candidature au mini-stage ${stage(s)} est transmise à ${s.companyName}. Vous recevrez sa réponse par courriel.`,
      'Sans réponse avant le premier jour du stage, la candidature expire et vous en êtes prévenu.',
    ],
  });
}

export function ministageAnsweredMail(
  c: MailContext,
  to: string,
  s: MinistageSummary,
  { accepted, message }: { accepted: boolean; message: string | null },
): MailToSend {
  return render(c, {
    template: accepted ? 'ministage_accepted' : 'ministage_declined',
    to,
    subject: accepted ? `Mini-stage accepté : ${s.offerTitle}` : `Mini-stage décliné : ${s.offerTitle}`,
    paragraphs: [
      `Bonjour ${s.requesterName},`,
      accepted
        ? `${s.companyName} accepte d’accueillir l’élève pour le mini-stage ${stage(s)}.`
        : `${s.companyName} ne peut pas accueillir l’élève pour le mini-stage ${stage(s)}. D’autres offres vous attendent sur la page des mini-stages.`,
      ...(message ? [`Son message : « ${message} »`] : []),
      ...(accepted
        ? [
            `Prochaine étape : la convention de stage, à signer avant le premier jour. Elle est signée par : ${AGREEMENT_ISSUERS[s.agreementIssuer]}.`,
          ]
        : []),
    ],
  });
}

export function ministageExpiredMail(c: MailContext, to: string, s: MinistageSummary): MailToSend {
  return render(c, {
    template: 'ministage_expired',
    to,
    subject: `Votre candidature au mini-stage « ${s.offerTitle} » a expiré`,
    paragraphs: [
      `Bonjour ${s.requesterName},`,
      `${s.companyName} n’a pas répondu à votre candidature au mini-stage ${stage(s)} avant son premier jour : elle a expiré. D’autres offres vous attendent sur la page des mini-stages.`,
    ],
  });
}

export function ministageCancelledMail(c: MailContext, to: string, s: MinistageSummary): MailToSend {
  return render(c, {
    template: 'ministage_cancelled',
    to,
    subject: `Mini-stage annulé : ${s.offerTitle}`,
    paragraphs: [
      `Bonjour ${s.requesterName},`,
      `${s.companyName} a quitté le réseau : votre candidature au mini-stage ${stage(s)} est annulée. D’autres offres vous attendent sur la page des mini-stages.`,
    ],
  });
}

/** To the company: the requester withdrew an application it had received (from « Mes demandes »). */
export function ministageWithdrawnMail(
  c: MailContext,
  to: string,
  s: MinistageSummary,
  { wasAccepted }: { wasAccepted: boolean },
): MailToSend {
  return render(c, {
    template: 'ministage_withdrawn',
    to,
    subject: `Candidature retirée : ${s.offerTitle}`,
    paragraphs: [
      `Bonjour ${s.companyName},`,
      `${who(s)} retire sa candidature à votre mini-stage ${stage(s)}.`,
      wasAccepted
        ? 'Vous l’aviez acceptée : la place est de nouveau libre pour une autre candidature. Aucune démarche n’est nécessaire de votre part.'
        : 'Vous n’avez plus à y répondre : son lien de réponse ne sert plus.',
    ],
  });
}

export function ministageFeedbackMail(
  c: MailContext,
  to: string,
  { side, s }: { side: 'requester' | 'company'; s: MinistageSummary },
  link: string,
): MailToSend {
  return render(c, {
    template: 'ministage_feedback',
    to,
    subject: 'Comment s’est passé le mini-stage ?',
    paragraphs: [
      side === 'requester' ? `Bonjour ${s.requesterName},` : `Bonjour ${s.companyName},`,
      side === 'requester'
        ? `Le mini-stage ${stage(s)} chez ${s.companyName} est terminé. Deux minutes pour nous dire comment il s’est passé ?`
        : `Le mini-stage ${stage(s)} que vous avez accueilli est terminé : merci ! Deux minutes pour nous dire comment il s’est passé ?`,
      'Vos réponses aident la Région à faire vivre le réseau.',
    ],
    action: { label: 'Donner mon avis', url: link },
  });
}
