/**
 * The retention job (issue E, CNIL guidance), run daily by netlify/functions/retention.mts. The
 * durations are settings (src/content/settings/site.yaml), stated on the personal-data page:
 *
 * 1. a closed request (declined, expired, cancelled, done) is anonymised `closedRequestsKeptMonths`
 *    after its closing: names, addresses, free text, slots and its messages go, its facts stay;
 *    a closed mini-stage application likewise (its adult contact goes too);
 * 2. a requester's address is removed once none of their requests is left un-anonymised and they
 *    were last seen (a request, a sign-in to « Mes demandes ») as long ago: the requester stays
 *    as a pseudonymous row, so distinct requesters remain countable;
 * 3. mail never sent is deleted after `abandonedMailKeptDays` (the sender gave up long before);
 * 4. an account warned `inactivityNoticeDays` ago whose ambassador did not act since is deleted
 *    through deleteAccount (profile file removed, requests anonymised, open ones cancelled);
 * 5. an ambassador with no activity (sign-in, answer in a thread; else the publication) for
 *    `inactiveAmbassadorMonths` is warned by mail, once per inactive spell.
 *
 * Idempotent: each step selects only what is still due, in batches, each in its own transaction
 * with its audit events (pseudonymous) and mails. The report holds counts only.
 */
import { auditMany } from '../audit.ts';
import type { Db, Queryable } from '../db.ts';
import { enqueueMails } from '../mail/outbox.ts';
import { inactivityWarningMail } from '../mail/retention-templates.ts';
import { anonymiseMinistages, anonymiseRequests } from '../records/anonymise.ts';
import { deleteAccount, type SelfServiceDeps } from './self-service.ts';
import { OPEN_STATUSES, REQUEST_STATUSES, type RequestStatus } from '../../lib/request-status.ts';
import type { SettingsData } from '../../lib/schemas.ts';

export type RetentionSettings = Pick<
  SettingsData,
  'closedRequestsKeptMonths' | 'abandonedMailKeptDays' | 'inactiveAmbassadorMonths' | 'inactivityNoticeDays'
>;

export interface RetentionDeps extends SelfServiceDeps {
  settings: SelfServiceDeps['settings'] & RetentionSettings;
}

export interface RetentionReport {
  anonymisedRequests: number;
  /** Closed mini-stage applications anonymised, like requests. */
  anonymisedMinistages: number;
  removedAddresses: number;
  deletedMails: number;
  deletedAccounts: number;
  /** Accounts due but not deleted this time (the content writer failed): tried again tomorrow. */
  failedDeletions: number;
  warnedAmbassadors: number;
}

const DAY = 86_400_000;
const BATCH = 500;
const CLOSED_STATUSES = (Object.keys(REQUEST_STATUSES) as RequestStatus[]).filter((s) => !OPEN_STATUSES.includes(s));
/** When an ambassador last acted; never since the publication: the publication. */
const ACTIVITY = 'coalesce(m.last_active_at, m.published_at)';
/** Warned, and no activity since the warning. */
const WARNED_AND_SILENT = `m.inactivity_warned_at IS NOT NULL AND ${ACTIVITY} < m.inactivity_warned_at`;

export function monthsBefore(at: Date, months: number): Date {
  const date = new Date(at);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date;
}

export async function runRetention(deps: RetentionDeps): Promise<RetentionReport> {
  const s = deps.settings;
  const now = deps.clock.now();
  const keptSince = monthsBefore(now, s.closedRequestsKeptMonths);

  const anonymisedRequests = await inBatches(deps.db, async (tx) => {
    const ids = await anonymiseRequests(
      tx,
      now,
      `id IN (SELECT id FROM requests WHERE anonymised_at IS NULL AND status = ANY($1::text[]) AND closed_at < $2
              ORDER BY closed_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)`,
      [CLOSED_STATUSES, keptSince],
    );
    await auditMany(tx, now, 'systeme', 'request_anonymised', ids);
    return ids.length;
  });

  const anonymisedMinistages = await inBatches(deps.db, async (tx) => {
    const ids = await anonymiseMinistages(
      tx,
      now,
      `id IN (SELECT id FROM ministage_applications WHERE anonymised_at IS NULL AND status IN ('declined', 'cancelled', 'expired', 'done')
              AND closed_at < $1 ORDER BY closed_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)`,
      [keptSince],
    );
    await auditMany(tx, now, 'systeme', 'ministage_anonymised', ids);
    return ids.length;
  });

  const removedAddresses = await inBatches(deps.db, async (tx) => {
    const ids = await tx.query<{ id: string }>(
      `UPDATE requesters SET email = NULL WHERE id IN (
         SELECT q.id FROM requesters q
         WHERE q.email IS NOT NULL AND greatest(q.last_seen_at, q.signed_in_at) < $1
           AND NOT EXISTS (SELECT 1 FROM requests r WHERE r.requester_id = q.id AND r.anonymised_at IS NULL)
         LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [keptSince],
    );
    await auditMany(
      tx,
      now,
      'systeme',
      'requester_address_removed',
      ids.map((r) => r.id),
    );
    return ids.length;
  });

  const deletedMails = (
    await deps.db.query('DELETE FROM outbox WHERE sent_at IS NULL AND created_at < $1 RETURNING 1', [
      new Date(now.getTime() - s.abandonedMailKeptDays * DAY),
    ])
  ).length;

  const { deleted: deletedAccounts, failed: failedDeletions } = await deleteSilentAccounts(
    deps,
    new Date(now.getTime() - s.inactivityNoticeDays * DAY),
  );

  const warnedAmbassadors = await inBatches(deps.db, (tx) => warnInactive(tx, deps, monthsBefore(now, s.inactiveAmbassadorMonths)));

  return { anonymisedRequests, anonymisedMinistages, removedAddresses, deletedMails, deletedAccounts, failedDeletions, warnedAmbassadors };
}

/** Runs `step` in its own transaction until it handles less than a full batch. */
async function inBatches(db: Db, step: (tx: Queryable) => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const count = await db.transaction(step);
    total += count;
    if (count < BATCH) return total;
  }
}

/** Warns the ambassadors inactive since before `inactiveSince` who were not warned during this inactive spell. */
async function warnInactive(tx: Queryable, deps: RetentionDeps, inactiveSince: Date): Promise<number> {
  const now = deps.clock.now();
  const warned = await tx.query<{ id: string; email: string; first_name: string }>(
    `UPDATE ambassadors m SET inactivity_warned_at = $1 FROM applications a
     WHERE a.id = m.id AND m.id IN (
       SELECT m.id FROM ambassadors m
       WHERE ${ACTIVITY} < $2 AND (m.inactivity_warned_at IS NULL OR m.inactivity_warned_at < ${ACTIVITY})
       ORDER BY m.id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
     RETURNING m.id, a.email, a.first_name`,
    [now, inactiveSince],
  );
  const deletionOn = new Date(now.getTime() + deps.settings.inactivityNoticeDays * DAY);
  await enqueueMails(
    tx,
    deps.clock,
    warned.map((w) =>
      inactivityWarningMail(
        deps.settings,
        { email: w.email, firstName: w.first_name },
        { inactiveMonths: deps.settings.inactiveAmbassadorMonths, deletionOn, manageUrl: `${deps.siteUrl}/gerer-mon-profil/` },
      ),
    ),
  );
  await auditMany(
    tx,
    now,
    'systeme',
    'ambassador_inactivity_warned',
    warned.map((w) => w.id),
  );
  return warned.length;
}

/**
 * Deletes the accounts warned before `warnedBefore` whose ambassador did not act since, one
 * transaction each (deleteAccount), checking again once the account is locked: a sign-in between
 * the selection and the deletion keeps the account.
 */
async function deleteSilentAccounts(deps: RetentionDeps, warnedBefore: Date): Promise<{ deleted: number; failed: number }> {
  const due = await deps.db.query<{ id: string }>(
    `SELECT m.id FROM ambassadors m WHERE ${WARNED_AND_SILENT} AND m.inactivity_warned_at <= $1 ORDER BY m.inactivity_warned_at LIMIT 1000`,
    [warnedBefore],
  );
  let deleted = 0;
  let failed = 0;
  for (const { id } of due) {
    const stillDue = async (tx: Queryable) =>
      (
        await tx.query(`SELECT 1 FROM ambassadors m WHERE m.id = $1 AND ${WARNED_AND_SILENT} AND m.inactivity_warned_at <= $2`, [
          id,
          warnedBefore,
        ])
      ).length > 0;
    try {
      const result = await deleteAccount(deps, id, {
        actor: 'systeme',
        action: 'account_deleted_inactive',
        commit: 'après une longue inactivité',
        stillDue,
      });
      if (result.ok) deleted += 1;
    } catch (error) {
      console.error(`retention: ${(error as Error).name}`);
      failed += 1;
    }
  }
  return { deleted, failed };
}
