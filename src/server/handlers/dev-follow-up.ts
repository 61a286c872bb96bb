/**
 * Development only (like the dev mailbox): runs the follow-up job as if it were a given date,
 * so that reminders, escalation, expiry and feedback can be seen locally without waiting days.
 */
import { createElement } from 'react';
import { isSameOrigin, methodNotAllowed, notFound, page, readBody, text } from '../http.ts';
import type { RequestDeps } from '../workflows/requests/deps.ts';
import { runFollowUp } from '../workflows/requests/follow-up.ts';
import { parseParisDateTime } from '../../lib/paris-time.ts';
import { FollowUpDonePage, FollowUpPage } from '../../views/dev/FollowUpPage.tsx';

export function devFollowUpHandler({ enabled, deps }: { enabled: () => boolean; deps: () => Promise<RequestDeps> }) {
  return async (req: Request): Promise<Response> => {
    if (!enabled()) return notFound();
    if (req.method === 'GET') return page(createElement(FollowUpPage, {}));
    if (req.method !== 'POST') return methodNotAllowed('GET, POST');
    if (!isSameOrigin(req)) return text('Interdit', 403);
    const body = await readBody(req, []);
    const posted = typeof body?.date === 'string' ? body.date : '';
    const at = parseParisDateTime(posted);
    if (!at) return page(createElement(FollowUpPage, { errors: { date: 'Date : indiquez une date et une heure.' }, posted }), 422);
    const d = await deps();
    const report = await runFollowUp({ ...d, clock: { now: () => at } });
    return page(createElement(FollowUpDonePage, { report }));
  };
}
