/** The dev mailbox: what the outbox holds, newest first, each mail's text with its links clickable. */
import type { ReactNode } from 'react';
import { FunctionPage } from '../layout/FunctionPage.tsx';

export interface MailView {
  id: string;
  recipient: string;
  subject: string;
  text: string;
  createdAt: Date;
  sent: boolean;
}

/** An address, without the punctuation that ends the sentence around it. */
const URL_PATTERN = /https?:\/\/[^\s<>"]*[^\s<>".,;:!?)]/g;

/** The text as it is, each address in it a link (React elements: nothing is parsed as HTML). */
export function withLinks(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0];
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(
      <a key={match.index} href={url}>
        {url}
      </a>,
    );
    last = match.index + url.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

export function MailboxPage({ mails }: { mails: readonly MailView[] }) {
  return (
    <FunctionPage title="Boîte aux lettres de développement">
      <p>Les courriels que la plateforme aurait envoyés. Cette page n’existe pas en production.</p>
      {mails.length === 0 && <p>Aucun courriel pour l’instant.</p>}
      {mails.map((mail) => (
        <article key={mail.id} className="page-section" aria-labelledby={`courriel-${mail.id}`}>
          <h2 id={`courriel-${mail.id}`}>{mail.subject}</h2>
          <p className="muted">
            {`À : ${mail.recipient} · ${mail.createdAt.toLocaleString('fr-FR', { timeZone: 'Europe/Paris' })} · ${
              mail.sent ? 'envoyé' : 'non envoyé (pas de fournisseur configuré)'
            }`}
          </p>
          <pre className="mail-text">{withLinks(mail.text)}</pre>
        </article>
      ))}
    </FunctionPage>
  );
}
