/** The dev mailbox page: what the outbox holds, newest first, links clickable. */
import { createElement } from 'react';
import type { Db } from '../db.ts';
import { methodNotAllowed, notFound, page } from '../http.ts';
import { MailboxPage } from '../../views/dev/MailboxPage.tsx';

interface Row {
  id: string;
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
    ).query<Row>('SELECT id, recipient, subject, text, created_at, sent_at FROM outbox ORDER BY seq DESC LIMIT 50');
    const mails = rows.map((r) => ({
      id: r.id,
      recipient: r.recipient,
      subject: r.subject,
      text: r.text,
      createdAt: r.created_at,
      sent: r.sent_at !== null,
    }));
    return page(createElement(MailboxPage, { mails }));
  };
}
