/**
 * The follow-up job (brief F7, W2), run by a scheduled function: reminders to the ambassador
 * (day 3 and day 7 by default), escalation to the referents of the ambassador's département
 * at the deadline with three suggested ambassadors (the requester gets the same suggestions),
 * expiry after that, completion after the date with a feedback link to both sides, and the
 * purge of requests whose address was never confirmed; mini-stage applications likewise
 * (src/server/workflows/ministages/follow-up.ts). Needs sent to several ambassadors are
 * escalated and expired as one (src/server/workflows/needs/follow-up.ts): their invitations get
 * the reminders here, not the escalation or the expiry, unless a referent reassigned one.
 *
 * Idempotent and safe to run twice at once: each step claims its rows with one conditional
 * UPDATE (FOR UPDATE SKIP LOCKED), in the same transaction as the mails it queues, so a row
 * moves, and mails, once. It works in batches with set-based statements and bulk inserts.
 */
import { purgeUnconfirmed } from '../../purge.ts';
import { enqueueMails, type MailToSend } from '../../mail/outbox.ts';
import {
  escalationMail,
  feedbackMail,
  noAnswerYetMail,
  reminderMail,
  requestExpiredMail,
  type Suggestion,
} from '../../mail/request-templates.ts';
import type { Queryable } from '../../db.ts';
import { ambassadorById, type AmbassadorRecord } from '../../records/ambassadors.ts';
import type { RequestRow } from '../../records/requests.ts';
import { issueTokens } from '../../tokens.ts';
import type { RequestDeps } from './deps.ts';
import { FEEDBACK_PATH, feedbackSubject } from './feedback.ts';
import { suggestAmbassadors } from './suggestions.ts';
import { summaryOf } from './summary.ts';
import { THREAD_LINK_DAYS, THREAD_PATH, threadSubject } from './thread.ts';
import { nextRequestStatus } from '../../../lib/request-status.ts';
import { followUpNeeds } from '../needs/follow-up.ts';
import { followUpMinistages } from '../ministages/follow-up.ts';
import { inTerritoryOf } from './territory.ts';

const DAY = 86_400_000;
const BATCH = 500;
const FEEDBACK_LINK_DAYS = 30;
// The set-based steps below are these transitions of the state machine.
const EXPIRED = nextRequestStatus('sent', 'expire');
const DONE = nextRequestStatus('accepted', 'complete');

export interface FollowUpReport {
  reminders: number;
  escalations: number;
  expired: number;
  completed: number;
  /** Requests and needs never confirmed, deleted. */
  purged: number;
  /** Needs sent to several ambassadors, escalated or expired as one. */
  needsEscalated: number;
  needsExpired: number;
  /** Mini-stage applications unanswered on the first day, and stages held (feedback asked). */
  ministagesExpired: number;
  ministagesCompleted: number;
}

export async function runFollowUp(deps: RequestDeps): Promise<FollowUpReport> {
  const s = deps.settings;
  const now = deps.clock.now();
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const awaitingAmbassador = `status = 'sent' AND awaiting = 'ambassador' AND escalated_at IS NULL`;
  /** Not an invitation of a need (escalated and expired with its need), unless a referent handed it to another ambassador. */
  const single = `(need_id IS NULL OR reassignments > 0)`;
  const ambassadors = new AmbassadorCache(deps);

  const reminders =
    (await inBatches(
      deps,
      `${awaitingAmbassador} AND reminders_sent = 0 AND sent_at <= $1 AND sent_at > $2`,
      [ago(s.firstReminderDays), ago(s.secondReminderDays)],
      'reminders_sent = 1',
      (tx, rows) => remind(tx, deps, ambassadors, rows, s.firstReminderDays),
    )) +
    (await inBatches(
      deps,
      `${awaitingAmbassador} AND reminders_sent < 2 AND sent_at <= $1 AND sent_at > $2`,
      [ago(s.secondReminderDays), ago(s.answerDeadlineDays)],
      'reminders_sent = 2',
      (tx, rows) => remind(tx, deps, ambassadors, rows, s.secondReminderDays),
    ));
  const escalations = await inBatches(
    deps,
    `${awaitingAmbassador} AND ${single} AND sent_at <= $1`,
    [ago(s.answerDeadlineDays)],
    `escalated_at = '${now.toISOString()}'`,
    (tx, rows) => escalate(tx, deps, ambassadors, rows),
  );
  // Expiry: escalated and still unanswered, or other slots proposed and never chosen.
  const expired = await inBatches(
    deps,
    `status = 'sent' AND ${single} AND ((awaiting = 'ambassador' AND escalated_at <= $1) OR (awaiting = 'requester' AND answered_at <= $2))`,
    [ago(s.expiryAfterDeadlineDays), ago(s.answerDeadlineDays + s.expiryAfterDeadlineDays)],
    `status = '${EXPIRED}', closed_at = '${now.toISOString()}'`,
    (tx, rows) => expire(tx, deps, ambassadors, rows),
  );
  const completed = await inBatches(
    deps,
    `status = 'accepted' AND accepted_start + duration_minutes * interval '1 minute' <= $1`,
    [now],
    `status = '${DONE}', closed_at = '${now.toISOString()}'`,
    (tx, rows) => askFeedback(tx, deps, ambassadors, rows),
  );
  const purged = await purgeUnconfirmed(deps.db, deps.clock, 'requests', 'confirm_request');
  const needs = await followUpNeeds(deps);
  const ministages = await followUpMinistages(deps);
  return {
    reminders,
    escalations,
    expired,
    completed,
    purged: purged + needs.purged + ministages.purged,
    needsEscalated: needs.escalated,
    needsExpired: needs.expired,
    ministagesExpired: ministages.expired,
    ministagesCompleted: ministages.completed,
  };
}

/** Claims due rows batch after batch (each in its own transaction with its mails) until none is left. */
async function inBatches(
  deps: RequestDeps,
  due: string,
  params: unknown[],
  set: string,
  mail: (tx: Queryable, rows: RequestRow[]) => Promise<void>,
): Promise<number> {
  let total = 0;
  for (;;) {
    const count = await deps.db.transaction(async (tx) => {
      const rows = await tx.query<RequestRow>(
        `UPDATE requests SET ${set} WHERE id IN (SELECT id FROM requests WHERE ${due} ORDER BY sent_at NULLS LAST, id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED) RETURNING *`,
        params,
      );
      if (rows.length > 0) await mail(tx, rows);
      return rows.length;
    });
    total += count;
    if (count < BATCH) return total;
  }
}

/** Ambassadors and their suggestions, looked up once per run. */
class AmbassadorCache {
  private readonly records = new Map<string, AmbassadorRecord>();
  private readonly suggestions = new Map<string, Suggestion[]>();
  private readonly deps: RequestDeps;
  constructor(deps: RequestDeps) {
    this.deps = deps;
  }

  async get(tx: Queryable, id: string): Promise<AmbassadorRecord> {
    if (!this.records.has(id)) this.records.set(id, (await ambassadorById(tx, id))!);
    return this.records.get(id)!;
  }

  async suggestionsFor(
    tx: Queryable,
    ambassador: AmbassadorRecord,
    requester: { requester_department: string | null; requester_commune: string | null },
  ): Promise<Suggestion[]> {
    const key = `${ambassador.id} ${requester.requester_department ?? ''} ${requester.requester_commune ?? ''}`;
    if (!this.suggestions.has(key)) {
      this.suggestions.set(
        key,
        await suggestAmbassadors(tx, this.deps.clock, this.deps.siteUrl, {
          near: ambassador.public,
          exclude: [ambassador.id],
          requesterDepartment: requester.requester_department,
          requesterCommune: requester.requester_commune,
        }),
      );
    }
    return this.suggestions.get(key)!;
  }
}

/** Thread links for many (request, side) pairs in one statement. */
async function threadLinks(
  tx: Queryable,
  deps: RequestDeps,
  wanted: { request: RequestRow; side: 'requester' | 'ambassador' }[],
): Promise<string[]> {
  const tokens = await issueTokens(
    tx,
    deps.clock,
    wanted.map(({ request, side }) => ({
      purpose: 'request_thread',
      subject: threadSubject(request.id, side, request.ambassador_id),
      lifetimeMs: THREAD_LINK_DAYS * DAY,
    })),
  );
  return tokens.map((t) => `${deps.siteUrl}${THREAD_PATH}?jeton=${t}`);
}

async function remind(tx: Queryable, deps: RequestDeps, cache: AmbassadorCache, rows: RequestRow[], days: number): Promise<void> {
  const links = await threadLinks(
    tx,
    deps,
    rows.map((request) => ({ request, side: 'ambassador' })),
  );
  const mails: MailToSend[] = [];
  for (const [i, request] of rows.entries()) {
    const ambassador = await cache.get(tx, request.ambassador_id);
    mails.push(
      reminderMail(
        deps.settings,
        ambassador.email,
        summaryOf(request, ambassador),
        { days, left: deps.settings.answerDeadlineDays - days },
        links[i]!,
      ),
    );
  }
  await enqueueMails(tx, deps.clock, mails);
}

async function escalate(tx: Queryable, deps: RequestDeps, cache: AmbassadorCache, rows: RequestRow[]): Promise<void> {
  const links = await threadLinks(
    tx,
    deps,
    rows.map((request) => ({ request, side: 'requester' })),
  );
  const mails: MailToSend[] = [];
  const days = deps.settings.answerDeadlineDays;
  for (const [i, request] of rows.entries()) {
    const ambassador = await cache.get(tx, request.ambassador_id);
    const suggestions = await cache.suggestionsFor(tx, ambassador, request);
    // Where the demand is names the mail; the referents of the ambassador's département and of the intervention's are told.
    const summary = { ...summaryOf(request, ambassador), days, department: request.requester_department ?? ambassador.department };
    const place = { department: ambassador.department, requester_department: request.requester_department };
    for (const referent of deps.referents.filter((r) => inTerritoryOf(r, place))) {
      mails.push(escalationMail(deps.settings, referent, summary, suggestions, `${deps.siteUrl}/referents/connexion/`));
    }
    mails.push(noAnswerYetMail(deps.settings, request.requester_email, summary, suggestions, links[i]!));
  }
  await enqueueMails(tx, deps.clock, mails);
}

async function expire(tx: Queryable, deps: RequestDeps, cache: AmbassadorCache, rows: RequestRow[]): Promise<void> {
  const mails: MailToSend[] = [];
  for (const request of rows) {
    const ambassador = await cache.get(tx, request.ambassador_id);
    const r = summaryOf(request, ambassador);
    mails.push(requestExpiredMail(deps.settings, request.requester_email, { recipientName: request.requester_name, side: 'requester', r }));
    mails.push(
      requestExpiredMail(deps.settings, ambassador.email, { recipientName: ambassador.public.displayName, side: 'ambassador', r }),
    );
  }
  await enqueueMails(tx, deps.clock, mails);
}

async function askFeedback(tx: Queryable, deps: RequestDeps, cache: AmbassadorCache, rows: RequestRow[]): Promise<void> {
  const sides = rows.flatMap((request) => (['requester', 'ambassador'] as const).map((side) => ({ request, side })));
  const tokens = await issueTokens(
    tx,
    deps.clock,
    sides.map(({ request, side }) => ({
      purpose: 'request_feedback',
      subject: feedbackSubject(request.id, side),
      lifetimeMs: FEEDBACK_LINK_DAYS * DAY,
    })),
  );
  const mails: MailToSend[] = [];
  for (const [i, { request, side }] of sides.entries()) {
    const ambassador = await cache.get(tx, request.ambassador_id);
    const to = side === 'requester' ? request.requester_email : ambassador.email;
    const recipientName = side === 'requester' ? request.requester_name : ambassador.public.displayName;
    mails.push(
      feedbackMail(
        deps.settings,
        to,
        { recipientName, side, r: summaryOf(request, ambassador) },
        `${deps.siteUrl}${FEEDBACK_PATH}?jeton=${tokens[i]}`,
      ),
    );
  }
  await enqueueMails(tx, deps.clock, mails);
}
