/**
 * Recognition and nudges (issue F, part 6), run every day by the scheduled function
 * `animation-schedule`: from 1 July (Paris), each ambassador active in the school year (figure 3:
 * an intervention accepted or done whose date falls in it) receives the year's thanks with their
 * own figures, once per school year; every day, each ambassador published for more than 90 days
 * and never solicited (figure 4) who never had it receives the advice, once. Both are animation
 * mail (sendAnimationMail: unsubscribe link, headers, batches), counted on the dashboard, and go
 * once whatever runs twice (`once`: the school year's, the day's).
 */
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db.ts';
import { FEEDBACK_JOINS, YOUNG_REACHED, longPublished, solicitedBy, within } from '../../indicators/facts.ts';
import type { MailContext } from '../../mail/templates.ts';
import { neverSolicitedAdvice, yearEndThanks, type YearFigures } from '../../mail/recognition-templates.ts';
import { toParisDateTime, parseParisDateTime } from '../../../lib/paris-time.ts';
import { schoolYearOf } from '../../../lib/period.ts';
import type { SettingsData } from '../../../lib/schemas.ts';
import { sendAnimationMail, type AnimationRecipient } from './send.ts';

export interface RecognitionDeps {
  db: Db;
  clock: Clock;
  settings: MailContext & Pick<SettingsData, 'departments'>;
  siteUrl: string;
}

export type RecognitionReport = { sent: number } | { skipped: 'not_yet' | 'already_sent' | 'nobody' };

/** The thanks of a school year leave from this day (Paris): classes are over. */
export const THANKS_FROM = { month: 7, day: 1 };

/** $1–$2 the school year, $3 départements. */
const ACTIVE = `
  SELECT m.id AS "ambassadorId", a.email, a.first_name AS "firstName", m.department,
    count(*) FILTER (WHERE r.status = 'done')::int AS done,
    coalesce(sum(r.duration_minutes) FILTER (WHERE r.status = 'done'), 0)::int AS minutes,
    coalesce(sum(${YOUNG_REACHED}) FILTER (WHERE r.status = 'done'), 0)::int AS young,
    count(*) FILTER (WHERE r.status = 'accepted')::int AS upcoming
  FROM ambassadors m JOIN applications a ON a.id = m.id
  JOIN requests r ON r.ambassador_ref = m.id AND r.status IN ('accepted', 'done') AND ${within('r.accepted_start', 1, 2)}
  ${FEEDBACK_JOINS}
  WHERE m.department = ANY($3::text[])
  GROUP BY m.id, a.email, a.first_name, m.department
  ORDER BY m.department, m.id`;

export async function sendYearEndThanks(deps: RecognitionDeps): Promise<RecognitionReport> {
  const now = deps.clock.now();
  const year = schoolYearOf(now);
  const from = parseParisDateTime(`${year.startYear + 1}-0${THANKS_FROM.month}-0${THANKS_FROM.day}T00:00`)!;
  if (now < from) return { skipped: 'not_yet' };
  const once = `thanks/${year.key}`;
  if ((await deps.db.query('SELECT 1 FROM animation_messages WHERE once_key = $1', [once])).length > 0) return { skipped: 'already_sent' };
  const recipients = await deps.db.query<AnimationRecipient & YearFigures>(ACTIVE, [year.start, year.end, deps.settings.departments]);
  const result = await deps.db.transaction((tx) =>
    sendAnimationMail(
      tx,
      deps.clock,
      { siteUrl: deps.siteUrl, context: deps.settings },
      {
        kind: 'thanks',
        once,
        departments: deps.settings.departments,
        filters: { schoolYear: year.key },
        subject: `Merci pour votre engagement en ${year.key}`,
        body: 'Remerciements de fin d’année scolaire, avec les chiffres de chaque ambassadeur actif.',
        recipients,
        render: (r) => yearEndThanks(deps.siteUrl, year.key, r),
      },
    ),
  );
  return result.ok ? { sent: result.recipients } : { skipped: 'already_sent' };
}

/** $1 départements, $2 now. Published for more than 90 days, never solicited, not paused, never advised. */
const NEVER_SOLICITED = `
  SELECT m.id AS "ambassadorId", a.email, a.first_name AS "firstName", m.department, m.slug
  FROM ambassadors m JOIN applications a ON a.id = m.id
  WHERE m.department = ANY($1::text[]) AND NOT m.paused AND m.animation_opt_out_at IS NULL
    AND ${longPublished('m.published_at', '$2::timestamptz')}
    AND NOT EXISTS (SELECT 1 FROM requests r WHERE r.ambassador_ref = m.id AND ${solicitedBy('$2::timestamptz')})
    AND NOT EXISTS (SELECT 1 FROM animation_recipients ar JOIN animation_messages am ON am.id = ar.message_id
      WHERE am.kind = 'nudge' AND ar.ambassador_ref = m.id)
  ORDER BY m.department, m.slug`;

export async function sendNeverSolicitedAdvice(deps: RecognitionDeps): Promise<RecognitionReport> {
  const now = deps.clock.now();
  const recipients = await deps.db.query<AnimationRecipient & { slug: string }>(NEVER_SOLICITED, [deps.settings.departments, now]);
  if (recipients.length === 0) return { skipped: 'nobody' };
  const result = await deps.db.transaction((tx) =>
    sendAnimationMail(
      tx,
      deps.clock,
      { siteUrl: deps.siteUrl, context: deps.settings },
      {
        kind: 'nudge',
        once: `nudge/${toParisDateTime(now).slice(0, 10)}`,
        departments: deps.settings.departments,
        filters: { neverSolicited: true },
        subject: 'Quelques conseils pour être sollicité',
        body: 'Conseils aux ambassadeurs publiés depuis plus de 90 jours et jamais sollicités, avec le lien des guides.',
        recipients,
        render: (r) => neverSolicitedAdvice(deps.siteUrl, r),
      },
    ),
  );
  return result.ok ? { sent: result.recipients } : { skipped: 'already_sent' };
}
