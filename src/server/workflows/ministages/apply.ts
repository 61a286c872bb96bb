/**
 * A pupil's school or family applies for a mini-stage offer (issue 11, part 5), like a request to
 * an ambassador (../requests/submit.ts, ../requests/confirm.ts): the form is checked against the
 * offer and the day; the application is recorded awaiting the requester's confirmation by the link
 * mailed for it, unless they are signed in to « Mes demandes » with that address; once confirmed,
 * the company's contact gets it with their answer link, and the requester is told.
 */
import { audit } from '../../audit.ts';
import type { Queryable } from '../../db.ts';
import { enqueueMail, enqueueMails } from '../../mail/outbox.ts';
import {
  confirmMinistageMail,
  ministageAlreadyOpenMail,
  ministageSentMail,
  ministageToCompanyMail,
  type MinistageSummary,
} from '../../mail/ministage-templates.ts';
import { ambassadorByPath, type AmbassadorRecord } from '../../records/ambassadors.ts';
import { parisToday, type Offer } from '../../offers.ts';
import { consumeToken, issueToken, type TokenCheck } from '../../tokens.ts';
import type { SubmitOptions } from '../requests/submit.ts';
import { fieldErrors } from '../../../lib/application.ts';
import { findCommune } from '../../../lib/geo.ts';
import { ministageSchema, offerErrors, periodOf, type MinistageInput } from '../../../lib/ministage.ts';
import { parseDay } from '../../../lib/offers.ts';
import { DAY } from '../requests/deps.ts';
import {
  CONFIRM_MINISTAGE_PATH,
  MINISTAGE_ANSWER_PATH,
  ministageById,
  summaryOfMinistage,
  type MinistageDeps,
  type MinistageRow,
} from './records.ts';

/** The company, if the offer's `company` is a published company or structure ambassador not on pause. */
export async function hostOf(deps: Pick<MinistageDeps, 'db'>, offer: Offer): Promise<AmbassadorRecord | undefined> {
  const company = await ambassadorByPath(deps.db, offer.company);
  return company && company.public.type === 'company' && !company.paused ? company : undefined;
}

/** Accepted (or held) applications of one period of one offer. Call with the period's lock held to rely on it. */
export async function placesTaken(tx: Queryable, offerId: string, periodStart: string): Promise<number> {
  const [row] = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ministage_applications WHERE offer_id = $1 AND period_start = $2 AND status IN ('accepted', 'done')`,
    [offerId, periodStart],
  );
  return row!.n;
}

/** Holds the places of one period of one offer until the transaction ends: accepts for it run one at a time. */
export async function lockPeriod(tx: Queryable, offerId: string, periodStart: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`ministage:${offerId}:${periodStart}`]);
}

export type ApplyResult =
  /** `straightToCompany`: a signed-in requester's application, sent without a confirmation link. */
  { ok: true; straightToCompany?: true } | { ok: false; errors: Record<string, string> } | { ok: false; unavailable: true };

export async function applyForMinistage(
  deps: MinistageDeps,
  offer: Offer,
  input: unknown,
  options: SubmitOptions = {},
): Promise<ApplyResult> {
  const parsed = ministageSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const form = parsed.data;
  const company = await hostOf(deps, offer);
  if (!company) return { ok: false, unavailable: true };
  const errors = offerErrors(offer, form, parisToday(deps.clock));
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const period = periodOf(offer, form.startDay, form.endDay)!;
  if ((await placesTaken(deps.db, offer.id, period.start)) >= offer.places)
    return {
      ok: false,
      errors: { startDay: 'Premier jour : toutes les places de cette période sont prises ; choisissez une autre période.' },
    };
  try {
    return await deps.db.transaction((tx) => record(tx, deps, offer, company, form, period.start, options));
  } catch (error) {
    // The same requester sending the same form twice at once: one application is kept.
    if ((error as { code?: string }).code !== '23505') throw error;
    return { ok: true };
  }
}

async function record(
  tx: Queryable,
  deps: MinistageDeps,
  offer: Offer,
  company: AmbassadorRecord,
  form: MinistageInput,
  periodStart: string,
  options: SubmitOptions,
): Promise<ApplyResult> {
  const now = deps.clock.now();
  const summary: MinistageSummary = {
    offerTitle: offer.title,
    companyName: company.public.displayName,
    requesterName: form.name,
    organisationName: form.organisationName ?? null,
    level: form.level,
    agreementIssuer: form.agreementIssuer,
    startDay: form.startDay,
    endDay: form.endDay,
  };
  const [open] = await tx.query(
    `SELECT 1 FROM ministage_applications WHERE offer_id = $1 AND lower(requester_email) = lower($2)
       AND status IN ('awaiting_requester_confirmation', 'pending', 'accepted')`,
    [offer.id, form.email],
  );
  if (open) {
    await enqueueMail(tx, deps.clock, ministageAlreadyOpenMail(deps.settings, form.email, summary));
    return { ok: true };
  }
  const under16 = form.under16 === 'oui';
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO ministage_applications (offer_id, offer_title, company_id, department, sector, status, period_start, start_day, end_day, level, under_16,
       agreement_issuer, requester_kind, requester_name, requester_email, organisation_name, adult_name, adult_phone, message, created_at)
     VALUES ($1, $2, $3, $4, $5, 'awaiting_requester_confirmation', $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19) RETURNING id`,
    [
      offer.id,
      offer.title,
      company.id,
      findCommune(offer.commune)?.department ?? company.department,
      offer.sector,
      periodStart,
      form.startDay,
      form.endDay,
      form.level,
      under16,
      form.agreementIssuer,
      form.requesterKind,
      form.name,
      form.email,
      form.organisationName ?? null,
      under16 ? form.adultName! : null,
      under16 ? form.adultPhone! : null,
      form.message ?? null,
      now,
    ],
  );
  const id = row!.id;
  await audit(tx, now, 'demandeur', 'ministage_submitted', id);
  if (options.signedInRequester?.email.toLowerCase() === form.email.toLowerCase()) {
    await sendToCompany(tx, deps, id);
    return { ok: true, straightToCompany: true };
  }
  const hours = deps.settings.confirmationLinkHours;
  const token = await issueToken(tx, deps.clock, { purpose: 'confirm_ministage', subject: id, lifetimeMs: hours * 3_600_000 });
  await enqueueMail(
    tx,
    deps.clock,
    confirmMinistageMail(deps.settings, form.email, summary, `${deps.siteUrl}${CONFIRM_MINISTAGE_PATH}?jeton=${token}`, hours),
  );
  return { ok: true };
}

/** The company's answer link lives until a month after the stage's last day (the page then shows the adult contact). */
function answerLinkLifetime(row: MinistageRow, now: Date): number {
  return Math.max(DAY, parseDay(row.end_day)!.getTime() + 31 * DAY - now.getTime());
}

/** awaiting_requester_confirmation → pending: the company's contact gets the application with its answer link, the requester is told. */
async function sendToCompany(tx: Queryable, deps: MinistageDeps, id: string): Promise<void> {
  const row = (await ministageById(tx, id, true))!;
  const now = deps.clock.now();
  await tx.query(`UPDATE ministage_applications SET status = 'pending', sent_at = $2 WHERE id = $1`, [id, now]);
  const summary = summaryOfMinistage(row);
  const token = await issueToken(tx, deps.clock, { purpose: 'ministage_answer', subject: id, lifetimeMs: answerLinkLifetime(row, now) });
  const mails = [ministageSentMail(deps.settings, row.requester_email!, summary)];
  if (row.company_email)
    mails.unshift(
      ministageToCompanyMail(deps.settings, row.company_email, summary, {
        link: `${deps.siteUrl}${MINISTAGE_ANSWER_PATH}?jeton=${token}`,
        under16: row.under_16,
      }),
    );
  await enqueueMails(tx, deps.clock, mails);
  await audit(tx, now, 'demandeur', 'ministage_sent', id);
}

/** The requester's confirmation link, used by its page's button. */
export async function confirmMinistage(deps: MinistageDeps, token: string): Promise<TokenCheck> {
  return deps.db.transaction(async (tx) => {
    const check = await consumeToken(tx, deps.clock, 'confirm_ministage', token);
    if (!check.ok) return check;
    const row = await ministageById(tx, check.subject, true);
    // Withdrawn from « Mes demandes » before it was confirmed: nothing left to send.
    if (row?.status === 'cancelled') return { ok: false, reason: 'expired' };
    if (!row || row.status !== 'awaiting_requester_confirmation') return { ok: false, reason: 'used' };
    await sendToCompany(tx, deps, check.subject);
    return check;
  });
}
