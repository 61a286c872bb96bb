/**
 * Mail templates, in French, as HTML and plain text, signed with the Région's name. The HTML
 * is rendered by a view (src/views/mail/MailLayout.tsx): React escapes every value.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { MailToSend } from './outbox.ts';
import { MailLayout, mailText, type MailContent } from '../../views/mail/MailLayout.tsx';

export interface MailContext {
  regionName: string;
  siteName: string;
}

export interface Body {
  template: string;
  to: string;
  subject: string;
  /** Paragraphs, plain text. */
  paragraphs: string[];
  action?: { label: string; url: string };
  attachments?: MailToSend['attachments'];
  /** Animation mail: the unsubscribe notice after the signature (./animation-templates.ts). */
  notice?: MailContent['notice'];
  headers?: MailToSend['headers'];
}

/** Renders the mail now, synchronously: the outbox stores it as decided (HTML and text). */
export function render(context: MailContext, body: Body): MailToSend {
  const content = mailContent(context, body);
  return {
    template: body.template,
    to: body.to,
    subject: oneLine(body.subject),
    html: `<!doctype html>${renderToStaticMarkup(createElement(MailLayout, content))}`,
    text: mailText(content),
    ...(body.attachments ? { attachments: body.attachments } : {}),
    ...(body.headers ? { headers: body.headers } : {}),
  };
}

/** What the mail view shows of a body (the referents' preview renders the same). */
export function mailContent(context: MailContext, body: Pick<Body, 'paragraphs' | 'action' | 'notice'>): MailContent {
  return {
    paragraphs: body.paragraphs,
    action: body.action,
    signature: `${context.siteName} – Région ${context.regionName}`,
    ...(body.notice ? { notice: body.notice } : {}),
  };
}

/** A subject is one line, whatever a name in it holds: Resend refuses CR/LF (the mail would be abandoned), and a line break would start a mail header. */
export function oneLine(subject: string): string {
  return subject.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}

export function confirmApplicationMail(context: MailContext, to: { email: string }, link: string, lifetimeHours: number): MailToSend {
  return render(context, {
    template: 'confirm_application',
    to: to.email,
    subject: 'Confirmez votre inscription comme ambassadeur',
    paragraphs: [
      // Not the first name typed in the form: until the address is confirmed, anyone may have typed it.
      'Bonjour,',
      `Merci de vouloir partager votre métier ou votre formation avec les jeunes de la Région ${context.regionName}.`,
      `Pour confirmer votre adresse et transmettre votre inscription au référent de votre département, ouvrez le lien ci-dessous. Il est valable ${lifetimeHours} heures.`,
      "Si vous n'êtes pas à l'origine de cette inscription, ignorez ce message : elle sera effacée.",
    ],
    action: { label: 'Confirmer mon inscription', url: link },
  });
}

export function applicationAlreadyOpenMail(context: MailContext, to: { email: string }): MailToSend {
  return render(context, {
    template: 'application_already_open',
    to: to.email,
    subject: 'Votre inscription comme ambassadeur est déjà en cours',
    paragraphs: [
      'Bonjour,',
      "Une inscription comme ambassadeur est déjà en cours avec cette adresse : nous n'en avons pas créé de nouvelle.",
      "Si vous n'avez pas confirmé votre adresse, vous pouvez demander un nouveau lien de confirmation depuis la page d'inscription. Sinon, le référent de votre département étudie votre inscription.",
    ],
  });
}

export function referentSignInMail(context: MailContext, to: { email: string; name: string }, link: string): MailToSend {
  return render(context, {
    template: 'referent_sign_in',
    to: to.email,
    subject: 'Votre lien de connexion à l’espace des référents',
    paragraphs: [
      `Bonjour ${to.name},`,
      'Voici votre lien de connexion à l’espace des référents. Il est valable 15 minutes et ne sert qu’une fois.',
      "Si vous n'avez pas demandé ce lien, ignorez ce message.",
    ],
    action: { label: 'Me connecter', url: link },
  });
}

export function applicationApprovedMail(
  context: MailContext,
  to: { email: string; firstName: string },
  { profileUrl, manageLink, lifetimeHours }: { profileUrl: string; manageLink: string; lifetimeHours: number },
): MailToSend {
  return render(context, {
    template: 'application_approved',
    to: to.email,
    subject: 'Bienvenue dans le réseau des ambassadeurs',
    paragraphs: [
      `Bonjour ${to.firstName},`,
      `Votre inscription est validée : votre profil est publié dans l’annuaire de la Région ${context.regionName}. Il sera visible à cette adresse dans quelques minutes : ${profileUrl}`,
      'Les demandes d’intervention vous parviendront par courriel, sans que votre adresse soit jamais montrée.',
      `Pour suivre vos demandes, modifier votre profil, le mettre en pause, télécharger vos données ou supprimer votre compte, utilisez le lien ci-dessous (valable ${lifetimeHours} heures). Ensuite, demandez un nouveau lien depuis la page « Gérer mon profil » du site.`,
    ],
    action: { label: 'Gérer mon profil', url: manageLink },
  });
}

export function applicationRejectedMail(
  context: MailContext,
  to: { email: string; firstName: string },
  { reason, contactEmail, keptDays }: { reason: string; contactEmail: string; keptDays: number },
): MailToSend {
  return render(context, {
    template: 'application_rejected',
    to: to.email,
    subject: 'Votre inscription comme ambassadeur',
    paragraphs: [
      `Bonjour ${to.firstName},`,
      'Merci de votre intérêt pour le réseau. Le référent de votre département n’a pas pu valider votre inscription, pour la raison suivante :',
      reason,
      `Pour en parler, écrivez à ${contactEmail}. Les données de votre inscription seront effacées dans ${keptDays} jours.`,
    ],
  });
}

export function manageProfileLinkMail(
  context: MailContext,
  to: { email: string; firstName: string },
  link: string,
  lifetimeHours: number,
): MailToSend {
  return render(context, {
    template: 'manage_profile_link',
    to: to.email,
    subject: 'Votre lien pour gérer votre profil d’ambassadeur',
    paragraphs: [
      `Bonjour ${to.firstName},`,
      `Voici votre lien pour voir vos demandes et vos rendez-vous, modifier votre profil, le mettre en pause, changer vos coordonnées, télécharger vos données ou supprimer votre compte. Il est valable ${lifetimeHours} heures et ne sert qu’une fois.`,
      "Si vous n'avez pas demandé ce lien, ignorez ce message : rien ne change.",
    ],
    action: { label: 'Gérer mon profil', url: link },
  });
}

/** To the new address an ambassador typed in their space: the change waits for this link. */
export function emailChangeLinkMail(context: MailContext, to: { email: string }, link: string, lifetimeHours: number): MailToSend {
  return render(context, {
    template: 'email_change_link',
    to: to.email,
    subject: 'Confirmez la nouvelle adresse de votre compte d’ambassadeur',
    paragraphs: [
      // Not the first name: until the link is opened, the address may be someone else's (a typo).
      'Bonjour,',
      `Vous avez demandé que cette adresse devienne celle de votre compte d’ambassadeur. Ouvrez le lien ci-dessous pour le confirmer : il est valable ${lifetimeHours} heures et ne sert qu’une fois. D’ici là, nous continuons d’écrire à votre adresse actuelle.`,
      "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : rien ne change.",
    ],
    action: { label: 'Confirmer ma nouvelle adresse', url: link },
  });
}

/**
 * To the new address when it is already an account's or an application's: the space gave the
 * same answer as for any address (it must not tell who is registered), so the explanation comes here.
 */
export function emailChangeRefusedMail(context: MailContext, to: { email: string }, contactEmail: string): MailToSend {
  return render(context, {
    template: 'email_change_refused',
    to: to.email,
    subject: 'Changement d’adresse non effectué',
    paragraphs: [
      'Bonjour,',
      'Quelqu’un a demandé, depuis l’espace « Gérer mon profil », que cette adresse devienne celle d’un compte d’ambassadeur. Elle est déjà utilisée par un compte ou une inscription du réseau : rien n’a été changé.',
      `Si c’est vous et que vous voulez regrouper vos comptes, écrivez à ${contactEmail}. Sinon, ignorez ce message.`,
    ],
  });
}

/** To the address in use when a change is asked: no link (it must not be the way to confirm), but a way to react. */
export function emailChangeNoticeMail(
  context: MailContext,
  to: { email: string; firstName: string },
  { newAddress, contactEmail }: { newAddress: string; contactEmail: string },
): MailToSend {
  return render(context, {
    template: 'email_change_notice',
    to: to.email,
    subject: 'Demande de changement de l’adresse de votre compte',
    paragraphs: [
      `Bonjour ${to.firstName},`,
      `Un changement de l’adresse de votre compte d’ambassadeur vers ${newAddress} vient d’être demandé depuis votre espace « Gérer mon profil ». L’adresse ne change que si le lien envoyé à cette nouvelle adresse est ouvert ; d’ici là, rien ne change.`,
      `Si vous n’êtes pas à l’origine de cette demande, écrivez sans attendre à ${contactEmail}.`,
    ],
  });
}

/** Issue 11: to a company's contact, when a person names it on their profile; the link confirms or refuses. */
export function companyMemberConfirmationMail(
  context: MailContext,
  to: { email: string; companyName: string },
  member: { displayName: string; jobTitle: string },
  link: string,
  lifetimeDays: number,
): MailToSend {
  return render(context, {
    template: 'company_member_confirmation',
    to: to.email,
    subject: `${member.displayName} indique faire partie de ${to.companyName}`,
    paragraphs: [
      'Bonjour,',
      `${member.displayName} (${member.jobTitle}), ambassadeur du réseau, indique sur son profil faire partie de ${to.companyName}.`,
      'Si c’est le cas, confirmez-le : la page de votre structure citera cette personne et son profil renverra vers votre page. Sinon, refusez : son profil ne nommera plus votre structure.',
      `Le lien ci-dessous est valable ${lifetimeDays} jours et ne sert qu’une fois. Si vous ne répondez pas, rien n’est publié.`,
    ],
    action: { label: 'Confirmer ou refuser', url: link },
  });
}

/** Issue 11: to the person, once the company answered. */
export function companyMemberAnswerMail(
  context: MailContext,
  to: { email: string; firstName: string },
  companyName: string,
  confirmed: boolean,
): MailToSend {
  return render(context, {
    template: confirmed ? 'company_member_confirmed' : 'company_member_refused',
    to: to.email,
    subject: confirmed ? `${companyName} a confirmé que vous en faites partie` : `${companyName} n’a pas confirmé votre rattachement`,
    paragraphs: [
      `Bonjour ${to.firstName},`,
      confirmed
        ? `${companyName} a confirmé que vous en faites partie : sa page vous cite désormais et votre profil renvoie vers elle (à la prochaine mise à jour du site).`
        : `${companyName} n’a pas confirmé que vous en faites partie : votre profil ne la nomme plus. S’il s’agit d’une erreur, rapprochez-vous de la personne qui gère son profil, puis nommez-la de nouveau dans « Gérer mon profil ».`,
    ],
  });
}
