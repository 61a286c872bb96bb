/**
 * The referents' weekly digest (issue E), sent on Monday morning by a scheduled function: for each
 * referent who did not turn it off, what waits in their départements (applications to validate,
 * escalated requests still unanswered, requests awaiting the ambassador's answer) and last week's
 * figures (requests sent, accepted, interventions done, young people reached), with links to their
 * space. A referent with nothing waiting and an empty week gets no mail.
 *
 * The lists count what the referent's pages show (the territory of the ambassadors they follow);
 * the figures count by the intervention's département, as every figure does (indicators/facts.ts).
 * Idempotent per week: the digest is recorded in referent_digests in the transaction that queues
 * its mail, so a second run the same week sends nothing.
 */
import type { Clock } from '../clock.ts';
import type { Db, Queryable } from '../db.ts';
import { DEMAND, DONE, FEEDBACK_JOINS, TERRITORY, YOUNG_REACHED, within } from '../indicators/facts.ts';
import { weeklyDigestMail, type DigestContent } from '../mail/digest-templates.ts';
import { enqueueMail } from '../mail/outbox.ts';
import type { MailContext } from '../mail/templates.ts';
import type { Referent } from '../referents.ts';
import { applicationsToReview } from './review.ts';
import { requestsOfTerritory } from './requests/territory.ts';
import { parseParisDateTime, toParisDateTime } from '../../lib/paris-time.ts';

export interface DigestDeps {
  db: Db;
  clock: Clock;
  settings: MailContext;
  siteUrl: string;
  referents: readonly Referent[];
}

export interface DigestReport {
  sent: number;
  /** Nothing waiting and an empty week. */
  empty: number;
  /** The referent turned the digest off. */
  turnedOff: number;
  /** Already sent this week (the job ran twice). */
  alreadySent: number;
}

const DAY = 86_400_000;
/** Digests recorded for longer than this are forgotten: only this week's matter. */
const DIGESTS_KEPT_DAYS = 8 * 7;

/** The week a digest sent at `now` covers: the Monday at or before `now` (Paris) and the seven days before it. */
export function digestWeek(now: Date): { monday: string; start: Date; end: Date } {
  const today = toParisDateTime(now).slice(0, 10);
  const daysSinceMonday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  const shift = (date: string, days: number) => new Date(new Date(`${date}T00:00:00Z`).getTime() + days * DAY).toISOString().slice(0, 10);
  const monday = shift(today, -daysSinceMonday);
  const midnight = (date: string) => parseParisDateTime(`${date}T00:00`)!;
  return { monday, start: midnight(shift(monday, -7)), end: midnight(monday) };
}

export async function sendWeeklyDigests(deps: DigestDeps): Promise<DigestReport> {
  const now = deps.clock.now();
  const week = digestWeek(now);
  const report: DigestReport = { sent: 0, empty: 0, turnedOff: 0, alreadySent: 0 };
  const off = new Set(
    (await deps.db.query<{ email: string }>('SELECT email FROM referent_preferences WHERE NOT weekly_digest')).map((r) => r.email),
  );
  for (const referent of deps.referents) {
    const email = referent.email.toLowerCase();
    if (off.has(email)) {
      report.turnedOff += 1;
      continue;
    }
    const content = await digestOf(deps, referent, week);
    if (isEmpty(content)) {
      report.empty += 1;
      continue;
    }
    const sent = await deps.db.transaction(async (tx) => {
      const claimed = await tx.query(
        'INSERT INTO referent_digests (week, referent, sent_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1',
        [week.monday, email, now],
      );
      if (claimed.length === 0) return false;
      await enqueueMail(tx, deps.clock, weeklyDigestMail(deps.settings, referent, content));
      return true;
    });
    if (sent) report.sent += 1;
    else report.alreadySent += 1;
  }
  await deps.db.query('DELETE FROM referent_digests WHERE week < $1::date', [
    new Date(week.end.getTime() - DIGESTS_KEPT_DAYS * DAY).toISOString().slice(0, 10),
  ]);
  return report;
}

async function digestOf(deps: DigestDeps, referent: Referent, week: { start: Date; end: Date }): Promise<DigestContent> {
  const now = deps.clock.now().getTime();
  const applications = await applicationsToReview(deps.db, referent);
  const awaitingAmbassador = (await requestsOfTerritory(deps.db, referent)).filter(
    (r) => r.status === 'sent' && r.awaiting === 'ambassador',
  );
  const oldest = applications[0]?.confirmedAt;
  return {
    siteUrl: deps.siteUrl,
    week,
    applications: applications.length,
    oldestApplicationDays: oldest ? Math.floor((now - oldest.getTime()) / DAY) : 0,
    escalated: awaitingAmbassador.filter((r) => r.escalatedAt !== null).length,
    awaitingAnswer: awaitingAmbassador.filter((r) => r.escalatedAt === null).length,
    figures: await weekFigures(deps.db, referent.departments, week),
  };
}

/** Last week in the referent's départements (the intervention's). Accepted: answered in the week by an acceptance that still stands. */
async function weekFigures(
  db: Queryable,
  departments: readonly string[],
  week: { start: Date; end: Date },
): Promise<DigestContent['figures']> {
  const done = `${DONE} AND ${within('r.accepted_start', 2, 3)}`;
  const [row] = await db.query<{ sent: string; accepted: string; done: string; young: string }>(
    `SELECT count(*) FILTER (WHERE ${DEMAND} AND ${within('r.first_sent_at', 2, 3)}) AS sent,
            count(*) FILTER (WHERE r.status IN ('accepted', 'done') AND ${within('r.answered_at', 2, 3)}) AS accepted,
            count(*) FILTER (WHERE ${done}) AS done,
            coalesce(sum(${YOUNG_REACHED}) FILTER (WHERE ${done}), 0) AS young
     FROM requests r ${FEEDBACK_JOINS}
     WHERE ${TERRITORY} = ANY($1::text[])
       AND (r.first_sent_at >= $2 OR r.answered_at >= $2 OR r.accepted_start >= $2)`,
    [departments, week.start, week.end],
  );
  return { sent: Number(row!.sent), accepted: Number(row!.accepted), done: Number(row!.done), young: Number(row!.young) };
}

function isEmpty(c: DigestContent): boolean {
  return c.applications + c.escalated + c.awaitingAnswer + c.figures.sent + c.figures.accepted + c.figures.done === 0;
}

/** Whether the referent wants the digest (yes unless they said no). */
export async function wantsDigest(db: Queryable, email: string): Promise<boolean> {
  const [row] = await db.query<{ weekly_digest: boolean }>('SELECT weekly_digest FROM referent_preferences WHERE email = $1', [
    email.toLowerCase(),
  ]);
  return row?.weekly_digest ?? true;
}

export async function setDigestWanted(db: Queryable, email: string, wanted: boolean): Promise<void> {
  await db.query(
    `INSERT INTO referent_preferences (email, weekly_digest) VALUES ($1, $2) ON CONFLICT (email) DO UPDATE SET weekly_digest = EXCLUDED.weekly_digest`,
    [email.toLowerCase(), wanted],
  );
}
