/**
 * Animation mail (issue F, part 2), in French: whatever a mailing says, each mail ends with the
 * notice and the recipient's own unsubscribe link, and carries the one-click unsubscribe headers
 * (RFC 2369 List-Unsubscribe, RFC 8058 List-Unsubscribe-Post). No mailto: address: no mailbox
 * reads the network's replies.
 */
import type { MailToSend } from './outbox.ts';
import { mailContent, render, type MailContext } from './templates.ts';
import type { MailContent } from '../../views/mail/MailLayout.tsx';
import { UNSUBSCRIBE_PATH } from '../../views/animation/paths.ts';

/** What a mailing says to one recipient (its own paragraphs, an optional button). */
export interface AnimationContent {
  subject: string;
  paragraphs: string[];
  action?: { label: string; url: string };
}

export function unsubscribeUrl(siteUrl: string, token: string): string {
  return `${siteUrl}${UNSUBSCRIBE_PATH}?jeton=${token}`;
}

/** The headers that let a mail client offer « Se désabonner », acting at once by a POST to the link. */
export function unsubscribeHeaders(url: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

function notice(url: string): NonNullable<MailContent['notice']> {
  return {
    text: 'Vous recevez ce message parce que vous êtes ambassadeur du réseau. Les demandes d’intervention vous parviendront toujours, quel que soit votre choix.',
    link: { label: 'Ne plus recevoir les messages d’animation', url },
  };
}

/** One animation mail, as the outbox stores it. */
export function animationMail(
  context: MailContext,
  { template, to, unsubscribe }: { template: string; to: string; unsubscribe: string },
  content: AnimationContent,
): MailToSend {
  return render(context, { template, to, ...content, notice: notice(unsubscribe), headers: unsubscribeHeaders(unsubscribe) });
}

/** What the mail view shows (the referents' preview): the same content, notice and link included. */
export function animationMailContent(context: MailContext, content: AnimationContent, unsubscribe: string): MailContent {
  return mailContent(context, { ...content, notice: notice(unsubscribe) });
}
