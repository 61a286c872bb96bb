/**
 * The follow-up of needs, run by the hourly follow-up job next to the requests' steps
 * (src/server/workflows/requests/follow-up.ts), which keep reminding each invited ambassador:
 * at the answer deadline, a need nobody accepted goes to the referents of its département (one
 * mail for the need, not one per invitation); after the expiry delay its invitations still open
 * expire (each ambassador told, as for a request) and the requester is told once, unless a
 * referent handed one of them to another ambassador, who then has their own deadline; needs never
 * confirmed are deleted after a week. Each step claims its needs with FOR UPDATE SKIP LOCKED in
 * the transaction of its mails: safe to run twice at once.
 */
import { purgeUnconfirmed } from '../../purge.ts';
import { auditMany } from '../../audit.ts';
import type { Queryable } from '../../db.ts';
import { enqueueMails, type MailToSend } from '../../mail/outbox.ts';
import { requestExpiredMail } from '../../mail/request-templates.ts';
import { ambassadorById } from '../../records/ambassadors.ts';
import type { NeedRow } from '../../records/needs.ts';
import type { RequestRow } from '../../records/requests.ts';
import { nextRequestStatus } from '../../../lib/request-status.ts';
import { DAY, type RequestDeps } from '../requests/deps.ts';
import { summaryOf } from '../requests/summary.ts';
import { mailNeedExpired } from './answer.ts';
import { escalateNeed } from './escalate.ts';

const BATCH = 200;
const EXPIRED = nextRequestStatus('sent', 'expire');

export interface NeedFollowUpReport {
  escalated: number;
  expired: number;
  purged: number;
}

/** Claims due needs batch after batch (each in its own transaction with its mails) until none is left. */
async function inBatches(deps: RequestDeps, due: string, params: unknown[], act: (tx: Queryable, need: NeedRow) => Promise<void>) {
  let total = 0;
  for (;;) {
    const count = await deps.db.transaction(async (tx) => {
      const needs = await tx.query<NeedRow>(
        `SELECT * FROM needs n WHERE ${due} ORDER BY n.sent_at, n.id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
        params,
      );
      for (const need of needs) await act(tx, need);
      return needs.length;
    });
    total += count;
    if (count < BATCH) return total;
  }
}

export async function followUpNeeds(deps: RequestDeps): Promise<NeedFollowUpReport> {
  const s = deps.settings;
  const now = deps.clock.now();
  const ago = (days: number) => new Date(now.getTime() - days * DAY);

  const escalated = await inBatches(
    deps,
    `n.status = 'sent' AND n.escalated_at IS NULL AND n.sent_at <= $1`,
    [ago(s.answerDeadlineDays)],
    (tx, need) => escalateNeed(tx, deps, need, 'deadline'),
  );
  const expired = await inBatches(
    deps,
    `n.status = 'sent' AND n.escalated_at <= $1
     AND NOT EXISTS (SELECT 1 FROM requests r WHERE r.need_id = n.id AND r.status = 'sent' AND r.reassignments > 0)`,
    [ago(s.expiryAfterDeadlineDays)],
    (tx, need) => expire(tx, deps, need, now),
  );
  const purged = await purgeUnconfirmed(deps.db, deps.clock, 'needs', 'confirm_need');
  return { escalated, expired, purged };
}

async function expire(tx: Queryable, deps: RequestDeps, need: NeedRow, now: Date): Promise<void> {
  await tx.query(`UPDATE needs SET status = 'unfilled', closed_at = $2, job = NULL WHERE id = $1`, [need.id, now]);
  const rows = await tx.query<RequestRow>(
    `UPDATE requests SET status = $2, closed_at = $3 WHERE need_id = $1 AND status = 'sent' RETURNING *`,
    [need.id, EXPIRED, now],
  );
  await auditMany(
    tx,
    now,
    'systeme',
    'request_expire',
    rows.map((r) => r.id),
  );
  const mails: MailToSend[] = [];
  for (const request of rows) {
    const ambassador = await ambassadorById(tx, request.ambassador_id);
    if (!ambassador) continue;
    mails.push(
      requestExpiredMail(deps.settings, ambassador.email, {
        recipientName: ambassador.public.displayName,
        side: 'ambassador',
        r: summaryOf(request, ambassador),
      }),
    );
  }
  await enqueueMails(tx, deps.clock, mails);
  await mailNeedExpired(tx, deps, need.id);
}
