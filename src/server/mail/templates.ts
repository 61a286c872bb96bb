/**
 * Mail templates, in French, as HTML and plain text, signed with the Région's name.
 * Every value put into HTML is escaped.
 */
import type { MailToSend } from './outbox.ts';

export interface MailContext {
  regionName: string;
  siteName: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface Body {
  template: string;
  to: string;
  subject: string;
  /** Paragraphs, plain text. */
  paragraphs: string[];
  action?: { label: string; url: string };
  attachments?: MailToSend['attachments'];
}

export function render(context: MailContext, body: Body): MailToSend {
  const signature = `${context.siteName} – Région ${context.regionName}`;
  const html = [
    '<!doctype html><html lang="fr"><body style="font-family:system-ui,Arial,sans-serif;line-height:1.5;color:#1b1b2f">',
    ...body.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    body.action
      ? `<p><a href="${escapeHtml(body.action.url)}" style="display:inline-block;background:#00527a;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(body.action.label)}</a></p><p style="font-size:14px;color:#4a4a5e">Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur : ${escapeHtml(body.action.url)}</p>`
      : '',
    `<p style="font-size:14px;color:#4a4a5e">${escapeHtml(signature)}</p>`,
    '</body></html>',
  ].join('');
  const text = [...body.paragraphs, ...(body.action ? [`${body.action.label} : ${body.action.url}`] : []), `— ${signature}`].join('\n\n');
  return {
    template: body.template,
    to: body.to,
    // One line, whatever a name in it holds: a line break in a subject would start a mail header.
    subject: body.subject.replace(/[\s\p{Cc}]+/gu, ' ').trim(),
    html,
    text,
    ...(body.attachments ? { attachments: body.attachments } : {}),
  };
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
      `Pour modifier votre profil, le mettre en pause, télécharger vos données ou supprimer votre compte, utilisez le lien ci-dessous (valable ${lifetimeHours} heures). Ensuite, demandez un nouveau lien depuis la page « Gérer mon profil » du site.`,
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
      `Voici votre lien pour modifier votre profil, le mettre en pause, télécharger vos données ou supprimer votre compte. Il est valable ${lifetimeHours} heures et ne sert qu’une fois.`,
      "Si vous n'avez pas demandé ce lien, ignorez ce message : rien ne change.",
    ],
    action: { label: 'Gérer mon profil', url: link },
  });
}
