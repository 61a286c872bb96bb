/**
 * The follow-up of mini-stage applications, run by the hourly follow-up job next to the requests'
 * steps (../requests/follow-up.ts): an application still unanswered on the stage's first day
 * expires (the requester told); an accepted one is done once its last day is over, and both sides
 * get their feedback link; one never confirmed is deleted after a week. Each step claims its rows
 * with FOR UPDATE SKIP LOCKED in the transaction of its mails: safe to run twice at once.
 */
import { auditMany } from '../../audit.ts';
import type { Queryable } from '../../db.ts';
import { enqueueMails, type MailToSend } from '../../mail/outbox.ts';
import { ministageExpiredMail, ministageFeedbackMail } from '../../mail/ministage-templates.ts';
import { parisToday } from '../../offers.ts';
import { issueTokens } from '../../tokens.ts';
import { DAY, type RequestDeps } from '../requests/deps.ts';
import { ministageFeedbackSubject } from './answer.ts';
import { MINISTAGE_FEEDBACK_PATH, MINISTAGE_SQL, summaryOfMinistage, type MinistageRow } from './records.ts';

const BATCH = 200;
const UNCONFIRMED_KEPT_DAYS = 7;
const FEEDBACK_LINK_DAYS = 30;

export interface MinistageFollowUpReport {
  expired: number;
  completed: number;
  purged: number;
}

/** Moves the due rows (`due` on `s`) to `status`, batch after batch, each batch with its mails. */
async function inBatches(
  deps: RequestDeps,
  due: string,
  params: unknown[],
  status: 'expired' | 'done',
  mail: (tx: Queryable, rows: MinistageRow[]) => Promise<void>,
): Promise<number> {
  let total = 0;
  for (;;) {
    const count = await deps.db.transaction(async (tx) => {
      const now = deps.clock.now();
      const ids = await tx.query<{ id: string }>(
        `UPDATE ministage_applications SET status = '${status}', closed_at = $1 WHERE id IN (
           SELECT id FROM ministage_applications s WHERE ${due} ORDER BY start_day, id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED) RETURNING id`,
        [now, ...params],
      );
      if (ids.length === 0) return 0;
      const rows = await tx.query<MinistageRow>(`${MINISTAGE_SQL} WHERE s.id = ANY($1::uuid[])`, [ids.map((r) => r.id)]);
      await mail(tx, rows);
      await auditMany(
        tx,
        now,
        'systeme',
        `ministage_${status}`,
        ids.map((r) => r.id),
      );
      return ids.length;
    });
    total += count;
    if (count < BATCH) return total;
  }
}

export async function followUpMinistages(deps: RequestDeps): Promise<MinistageFollowUpReport> {
  const today = parisToday(deps.clock);
  const expired = await inBatches(deps, `s.status = 'pending' AND s.start_day <= $2::date`, [today], 'expired', async (tx, rows) => {
    await enqueueMails(
      tx,
      deps.clock,
      rows.map((row) => ministageExpiredMail(deps.settings, row.requester_email!, summaryOfMinistage(row))),
    );
  });
  const completed = await inBatches(deps, `s.status = 'accepted' AND s.end_day < $2::date`, [today], 'done', (tx, rows) =>
    askFeedback(tx, deps, rows),
  );
  const purged = (
    await deps.db.transaction(async (tx) => {
      const gone = await tx.query<{ id: string }>(
        `DELETE FROM ministage_applications WHERE status = 'awaiting_requester_confirmation' AND created_at <= $1 RETURNING id`,
        [new Date(deps.clock.now().getTime() - UNCONFIRMED_KEPT_DAYS * DAY)],
      );
      if (gone.length > 0)
        await tx.query(`DELETE FROM link_tokens WHERE purpose = 'confirm_ministage' AND subject = ANY($1::text[])`, [
          gone.map((g) => g.id),
        ]);
      return gone;
    })
  ).length;
  return { expired, completed, purged };
}

async function askFeedback(tx: Queryable, deps: RequestDeps, rows: MinistageRow[]): Promise<void> {
  const sides = rows.flatMap((row) =>
    (['requester', 'company'] as const)
      .map((side) => ({ row, side, to: side === 'requester' ? row.requester_email : row.company_email }))
      .filter((s): s is typeof s & { to: string } => s.to !== null),
  );
  const tokens = await issueTokens(
    tx,
    deps.clock,
    sides.map(({ row, side }) => ({
      purpose: 'ministage_feedback',
      subject: ministageFeedbackSubject(row.id, side),
      lifetimeMs: FEEDBACK_LINK_DAYS * DAY,
    })),
  );
  const mails: MailToSend[] = sides.map(({ row, side, to }, i) =>
    ministageFeedbackMail(
      deps.settings,
      to,
      { side, s: summaryOfMinistage(row) },
      `${deps.siteUrl}${MINISTAGE_FEEDBACK_PATH}?jeton=${tokens[i]}`,
    ),
  );
  await enqueueMails(tx, deps.clock, mails);
}
