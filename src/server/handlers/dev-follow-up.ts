/**
 * Development only (like the dev mailbox): runs the follow-up job as if it were a given date,
 * so that reminders, escalation, expiry and feedback can be seen locally without waiting days.
 */
import { htmlPage, isSameOrigin, methodNotAllowed, notFound, readBody, text } from '../http.ts';
import type { RequestDeps } from '../workflows/requests/deps.ts';
import { runFollowUp } from '../workflows/requests/follow-up.ts';
import { parseParisDateTime } from '../../lib/paris-time.ts';

export function devFollowUpHandler({ enabled, deps }: { enabled: () => boolean; deps: () => Promise<RequestDeps> }) {
  return async (req: Request): Promise<Response> => {
    if (!enabled()) return notFound();
    const form = `<form method="post"><label for="date">Faire comme si nous étions le</label><input id="date" name="date" type="datetime-local" required> <button type="submit">Lancer le suivi</button></form>`;
    if (req.method === 'GET')
      return htmlPage({
        title: 'Suivi des demandes (développement)',
        body: `<p>Lance le travail planifié de suivi à la date choisie.</p>${form}`,
      });
    if (req.method !== 'POST') return methodNotAllowed('GET, POST');
    if (!isSameOrigin(req)) return text('Interdit', 403);
    const body = await readBody(req, []);
    const at = parseParisDateTime(typeof body?.date === 'string' ? body.date : '');
    if (!at) return htmlPage({ title: 'Date invalide', body: `<p>Indiquez une date et une heure.</p>${form}`, status: 422 });
    const d = await deps();
    const report = await runFollowUp({ ...d, clock: { now: () => at } });
    return htmlPage({
      title: 'Suivi lancé',
      body: `<p>Rappels : ${report.reminders}, signalements : ${report.escalations}, expirées : ${report.expired}, réalisées : ${report.completed}, effacées : ${report.purged}.</p><p><a href="/api/dev/courriels">Voir les courriels</a></p>`,
    });
  };
}
