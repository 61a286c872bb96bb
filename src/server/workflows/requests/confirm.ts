/**
 * The requester confirms their address by link (W2: awaiting_requester_confirmation → sent):
 * the ambassador gets the request with their thread link, the requester theirs.
 */
import type { Queryable } from '../../db.ts';
import { audit } from '../../audit.ts';
import { enqueueMails } from '../../mail/outbox.ts';
import { newRequestMail, requestSentMail, type RequestSummary } from '../../mail/request-templates.ts';
import { ambassadorById, type AmbassadorRecord } from '../../records/ambassadors.ts';
import { lockRequest } from '../../records/requests.ts';
import { consumeToken, type TokenCheck } from '../../tokens.ts';
import { nextRequestStatus, type RequestStatus } from '../../../lib/request-status.ts';
import type { RequestDeps } from './deps.ts';
import { summaryOf } from './summary.ts';
import { threadLink } from './thread.ts';

/** awaiting_requester_confirmation → sent: the ambassador gets the request, the requester the thread link. */
export async function sendToAmbassador(tx: Queryable, deps: RequestDeps, id: string): Promise<void> {
  const request = await lockRequest(tx, id);
  const ambassador = (await ambassadorById(tx, request.ambassador_id))!;
  const now = deps.clock.now();
  await tx.query('UPDATE requests SET status = $2, sent_at = $3 WHERE id = $1', [
    id,
    nextRequestStatus(request.status, 'confirm_requester'),
    now,
  ]);
  const summary = summaryOf(request, ambassador);
  await enqueueMails(tx, deps.clock, [
    await requestForAmbassadorMail(tx, deps, id, ambassador, summary),
    requestSentMail(
      deps.settings,
      request.requester_email,
      summary,
      await threadLink(tx, deps, id, 'requester'),
      deps.settings.answerDeadlineDays,
    ),
  ]);
  await audit(tx, now, 'demandeur', 'request_sent', id);
}

/** The mail that brings a request to an ambassador, with their own thread link. */
export async function requestForAmbassadorMail(
  tx: Queryable,
  deps: RequestDeps,
  id: string,
  ambassador: AmbassadorRecord,
  summary: RequestSummary,
) {
  const link = await threadLink(tx, deps, id, 'ambassador', ambassador.id);
  return newRequestMail(deps.settings, ambassador.email, summary, link, deps.settings.answerDeadlineDays);
}

export async function confirmRequest(deps: RequestDeps, token: string): Promise<TokenCheck> {
  return deps.db.transaction(async (tx) => {
    const check = await consumeToken(tx, deps.clock, 'confirm_request', token);
    if (!check.ok) return check;
    const [row] = await tx.query<{ status: RequestStatus }>('SELECT status FROM requests WHERE id = $1', [check.subject]);
    if (!row || row.status !== 'awaiting_requester_confirmation') return { ok: false, reason: 'used' };
    await sendToAmbassador(tx, deps, check.subject);
    return check;
  });
}
