/** The dev mailbox page: what the outbox holds, newest first, links clickable. */
import type { Db } from '../db.ts';
import { htmlPage, methodNotAllowed, notFound } from '../http.ts';
import { escapeHtml } from '../html/escape.ts';

interface Row {
  recipient: string;
  subject: string;
  text: string;
  created_at: Date;
  sent_at: Date | null;
}

export function devMailboxHandler({ enabled, db }: { enabled: () => boolean; db: () => Promise<Db> }) {
  return async (req: Request): Promise<Response> => {
    if (!enabled()) return notFound();
    if (req.method !== 'GET') return methodNotAllowed('GET');
    const rows = await (
      await db()
    ).query<Row>('SELECT recipient, subject, text, created_at, sent_at FROM outbox ORDER BY seq DESC LIMIT 50');
    const items = rows
      .map((row) => {
        const text = escapeHtml(row.text).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
        return `<article><h2>${escapeHtml(row.subject)}</h2><p>À : ${escapeHtml(row.recipient)} · ${row.created_at.toLocaleString('fr-FR', { timeZone: 'Europe/Paris' })} · ${row.sent_at ? 'envoyé' : 'non envoyé (pas de fournisseur configuré)'}</p><pre style="white-space:pre-wrap">${text}</pre></article>`;
      })
      .join('<hr>');
    return htmlPage({
      title: 'Boîte aux lettres de développement',
      body: `<p>Les courriels que la plateforme aurait envoyés. Cette page n’existe pas en production.</p>${items || '<p>Aucun courriel pour l’instant.</p>'}`,
    });
  };
}
