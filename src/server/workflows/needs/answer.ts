/**
 * What an answer to one invitation does to its need, inside the thread action's transaction,
 * the need row locked first (src/server/records/needs.ts): the first acceptance fills the need
 * and closes the other invitations still open, each of their ambassadors thanked by a short mail;
 * a decline leaves the need to the others, and the last one sends it to the referent at once.
 */
import { auditMany } from '../../audit.ts';
import type { Queryable } from '../../db.ts';
import { enqueueMails } from '../../mail/outbox.ts';
import { needExpiredMail, needFilledElsewhereMail } from '../../mail/need-templates.ts';
import { ambassadorById } from '../../records/ambassadors.ts';
import { chooseStandIn, type NeedRow } from '../../records/needs.ts';
import type { RequestRow } from '../../records/requests.ts';
import { NEED_FILLED_MESSAGE } from '../../../lib/need.ts';
import { nextRequestStatus } from '../../../lib/request-status.ts';
import type { RequestDeps } from '../requests/deps.ts';
import { summaryOf } from '../requests/summary.ts';
import { escalateNeed, requesterOf } from './escalate.ts';

/** What an invited ambassador is told once another one took the need (their link says it too). */
export const NEED_FILLED = NEED_FILLED_MESSAGE;

const FILLED_ELSEWHERE = nextRequestStatus('sent', 'fill_elsewhere');

/** The winner is accepted (already written): the need is filled, the others closed and thanked. */
export async function fillNeed(tx: Queryable, deps: RequestDeps, need: NeedRow, winner: RequestRow, now: Date): Promise<void> {
  await tx.query(`UPDATE needs SET status = 'filled', filled_at = $2, filled_by = $3, closed_at = $2, job = NULL WHERE id = $1`, [
    need.id,
    now,
    winner.id,
  ]);
  const others = await tx.query<RequestRow>(
    `UPDATE requests SET status = $3, closed_at = $4 WHERE need_id = $1 AND id <> $2 AND status = 'sent' RETURNING *`,
    [need.id, winner.id, FILLED_ELSEWHERE, now],
  );
  await auditMany(
    tx,
    now,
    'systeme',
    'request_fill_elsewhere',
    others.map((r) => r.id),
  );
  await chooseStandIn(tx, need.id);
  const mails = [];
  for (const request of others) {
    const ambassador = await ambassadorById(tx, request.ambassador_id);
    if (ambassador) mails.push(needFilledElsewhereMail(deps.settings, ambassador.email, summaryOf(request, ambassador)));
  }
  await enqueueMails(tx, deps.clock, mails);
}

/** An invitation was declined (already written): another one stands for the need; the last one closes it or sends it to the referent. */
export async function afterDecline(tx: Queryable, deps: RequestDeps, need: NeedRow): Promise<void> {
  await chooseStandIn(tx, need.id);
  if (need.status !== 'sent') return;
  const [open] = await tx.query(`SELECT 1 FROM requests WHERE need_id = $1 AND status = 'sent' LIMIT 1`, [need.id]);
  if (open) return;
  if (!need.escalated_at) {
    await escalateNeed(tx, deps, need, 'declined');
    return;
  }
  // Already with the referent, and now nobody left to accept: closed, the requester told.
  await tx.query(`UPDATE needs SET status = 'unfilled', closed_at = $2, job = NULL WHERE id = $1`, [need.id, deps.clock.now()]);
  await mailNeedExpired(tx, deps, need.id);
}

/** The requester of an unfilled need is told it is closed. */
export async function mailNeedExpired(tx: Queryable, deps: RequestDeps, needId: string): Promise<void> {
  const who = await requesterOf(tx, needId);
  if (who) await enqueueMails(tx, deps.clock, [needExpiredMail(deps.settings, who.email, who.requester)]);
}
