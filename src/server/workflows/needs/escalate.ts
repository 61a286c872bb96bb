/**
 * A need nobody accepted (the deadline passed, every invited ambassador declined, or nobody
 * matched at all) goes to the referents of its département with three suggested ambassadors, as
 * a single request's escalation does; the requester gets the same suggestions. At the deadline,
 * its invitations still open stay open until the need expires (a late acceptance still wins, a
 * referent may hand one to another ambassador), without reminders; otherwise it closes unfilled.
 */
import type { Queryable } from '../../db.ts';
import { enqueueMails, type MailToSend } from '../../mail/outbox.ts';
import { needEscalationMail, needNoTakerMail, type NeedEscalation, type NeedSummary } from '../../mail/need-templates.ts';
import type { NeedRow } from '../../records/needs.ts';
import type { RequestDeps } from '../requests/deps.ts';
import { needSuggestions } from './matching.ts';

/** Who asked, from an invitation of the need still holding it (one of an ambassador who left is anonymised); none when nobody was invited: given by the caller. */
export async function requesterOf(tx: Queryable, needId: string): Promise<{ requester: NeedSummary; email: string } | undefined> {
  const [r] = await tx.query<{
    requester_name: string;
    requester_email: string;
    organisation_name: string | null;
    intervention: string;
    public: string;
    requester_department: string;
  }>(
    `SELECT requester_name, requester_email, organisation_name, intervention, public, requester_department FROM requests
     WHERE need_id = $1 AND requester_email IS NOT NULL ORDER BY counts_in_flow DESC, need_rank LIMIT 1`,
    [needId],
  );
  if (!r) return undefined;
  return {
    email: r.requester_email,
    requester: {
      intervention: r.intervention,
      public: r.public,
      requesterName: r.requester_name,
      organisationName: r.organisation_name,
      department: r.requester_department,
    },
  };
}

export async function escalateNeed(
  tx: Queryable,
  deps: RequestDeps,
  need: NeedRow,
  reason: NeedEscalation['reason'],
  known?: { requester: NeedSummary; email: string },
): Promise<void> {
  const now = deps.clock.now();
  const who = known ?? (await requesterOf(tx, need.id));
  const invited = await tx.query<{ ambassador_id: string | null }>('SELECT ambassador_id FROM requests WHERE need_id = $1', [need.id]);
  // Nobody to wait for (none invited, or all declined): the need is closed now, unfilled.
  const closed = reason !== 'deadline';
  await tx.query(`UPDATE needs SET escalated_at = $2${closed ? `, status = 'unfilled', closed_at = $2, job = NULL` : ''} WHERE id = $1`, [
    need.id,
    now,
  ]);
  // Escalated with the need: no more reminders, and the escalation counts in figure 11 for the invitation standing for it.
  await tx.query(`UPDATE requests SET escalated_at = $2 WHERE need_id = $1 AND status IN ('sent', 'declined') AND escalated_at IS NULL`, [
    need.id,
    now,
  ]);
  if (!who) return;
  const suggestions = await needSuggestions(
    tx,
    deps.clock,
    deps.siteUrl,
    {
      department: need.department,
      sector: need.sector,
      job: need.job,
      intervention: need.intervention,
      public: need.public,
      modality: need.modality,
    },
    invited.flatMap((r) => (r.ambassador_id ? [r.ambassador_id] : [])),
  );
  const why: NeedEscalation =
    reason === 'deadline' ? { reason, days: Math.round((now.getTime() - need.sent_at!.getTime()) / 86_400_000) } : { reason };
  const mails: MailToSend[] = deps.referents
    .filter((r) => r.departments.includes(need.department))
    .map((referent) =>
      needEscalationMail(
        deps.settings,
        referent,
        { ...who.requester, invited: need.invited },
        why,
        suggestions,
        `${deps.siteUrl}/referents/connexion/`,
      ),
    );
  mails.push(needNoTakerMail(deps.settings, who.email, who.requester, why, suggestions));
  await enqueueMails(tx, deps.clock, mails);
}
