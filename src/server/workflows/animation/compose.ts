/**
 * A referent's message to ambassadors (issue F, part 2): written (or a news item, see newsDraft in
 * src/lib/animation.ts), checked, previewed with its number of recipients, then sent. The recipients
 * are cut to the referent's territory here, whatever the form says: their own départements, the
 * whole Région for the coordinator (scopeOf). One message per referent and Paris day.
 */
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db.ts';
import { scopeOf } from '../../indicators/scope.ts';
import { animationMailContent, unsubscribeUrl, type AnimationContent } from '../../mail/animation-templates.ts';
import type { Referent } from '../../referents.ts';
import { fieldErrors } from '../../../lib/application.ts';
import { animationFormSchema, paragraphsOf, type AnimationForm } from '../../../lib/animation.ts';
import { ANIMATION_FIELDS as F } from '../../../lib/forms/animation.ts';
import { shortLabelOf } from '../../../lib/forms/field.ts';
import { toParisDateTime } from '../../../lib/paris-time.ts';
import type { SettingsData } from '../../../lib/schemas.ts';
import type { MailContent } from '../../../views/mail/MailLayout.tsx';
import { audienceOf } from './audience.ts';
import { sendAnimationMail, type AnimationRecipient } from './send.ts';

export interface ComposeDeps {
  db: Db;
  clock: Clock;
  settings: Pick<SettingsData, 'departments' | 'regionName' | 'siteName'>;
  siteUrl: string;
}

type Errors = Record<string, string>;

export type MessageCheck = { ok: true; draft: AnimationForm; recipients: AnimationRecipient[] } | { ok: false; errors: Errors };

/** The form's fields checked, the départements cut to the referent's, and who would receive it. */
export async function checkMessage(deps: ComposeDeps, referent: Referent, input: unknown): Promise<MessageCheck> {
  const parsed = animationFormSchema.safeParse(input);
  const errors: Errors = parsed.success ? {} : fieldErrors(parsed.error);
  const own = scopeOf(referent, deps.settings).departments;
  const departments = (input as { departments?: unknown } | null)?.departments;
  if (!errors.departments && Array.isArray(departments) && departments.some((d) => !own.includes(d as string)))
    errors.departments = `${shortLabelOf(F.departments)} : choisissez parmi ceux de votre territoire (${own.join(', ')}).`;
  if (parsed.success && parsed.data.newsUrl && !parsed.data.newsUrl.startsWith(`${deps.siteUrl}/`))
    errors.newsUrl = 'Actualité : le lien doit mener au site du réseau. Repartez de la page de l’actualité.';
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  const recipients = await audienceOf(deps.db, parsed.data, deps.clock.now());
  if (recipients.length === 0)
    return { ok: false, errors: { departments: `${shortLabelOf(F.departments)} : aucun ambassadeur ne correspond à ces critères.` } };
  return { ok: true, draft: parsed.data, recipients };
}

/** What every recipient reads: the paragraphs, the referent's name and role, the news item's link. */
export function messageContent(referent: Referent, draft: AnimationForm): AnimationContent {
  return {
    subject: draft.subject,
    paragraphs: [...paragraphsOf(draft.body), `${referent.name}, ${referent.role}`],
    ...(draft.newsUrl ? { action: { label: 'Lire l’actualité', url: draft.newsUrl } } : {}),
  };
}

/** The preview: the mail as the view renders it, with an example in place of each person's own link. */
export function previewOf(deps: ComposeDeps, referent: Referent, draft: AnimationForm): MailContent {
  return animationMailContent(deps.settings, messageContent(referent, draft), unsubscribeUrl(deps.siteUrl, 'exemple'));
}

const parisDay = (instant: Date) => toParisDateTime(instant).slice(0, 10);

/** Has the referent already sent their message of the day (Paris)? */
export async function sentToday(deps: ComposeDeps, referent: Referent): Promise<boolean> {
  const [row] = await deps.db.query('SELECT 1 FROM animation_messages WHERE author = $1 AND sent_on = $2', [
    referent.email.toLowerCase(),
    parisDay(deps.clock.now()),
  ]);
  return row !== undefined;
}

export type SendOutcome =
  | { ok: true; recipients: number }
  | { ok: false; errors: Errors }
  | { ok: false; dailyLimit: true }
  | { ok: false; changed: { draft: AnimationForm; recipients: number } };

/** Sends the message previewed: `expected` is the number of recipients the preview showed. */
export async function sendMessage(deps: ComposeDeps, referent: Referent, input: unknown, expected: unknown): Promise<SendOutcome> {
  const check = await checkMessage(deps, referent, input);
  if (!check.ok) return check;
  const { draft, recipients } = check;
  if (String(expected) !== String(recipients.length)) return { ok: false, changed: { draft, recipients: recipients.length } };
  const content = messageContent(referent, draft);
  const result = await deps.db.transaction((tx) =>
    sendAnimationMail(
      tx,
      deps.clock,
      { siteUrl: deps.siteUrl, context: deps.settings },
      {
        kind: draft.newsUrl ? 'news' : 'message',
        author: { email: referent.email.toLowerCase(), day: parisDay(deps.clock.now()) },
        departments: draft.departments,
        filters: { sectors: draft.sectors, types: draft.types, neverSolicited: draft.neverSolicited },
        subject: draft.subject,
        body: draft.body,
        recipients,
        render: () => content,
      },
    ),
  );
  if (!result.ok) return { ok: false, dailyLimit: true };
  return { ok: true, recipients: result.recipients };
}

export interface SentMessage {
  subject: string;
  createdAt: Date;
  recipients: number;
  sent: number;
}

/** The referent's latest messages, with how many mails have left so far. */
export async function messagesOf(deps: ComposeDeps, referent: Referent): Promise<SentMessage[]> {
  return deps.db.query<SentMessage>(
    `SELECT m.subject, m.created_at AS "createdAt", m.recipients,
       (SELECT count(*) FROM animation_recipients r WHERE r.message_id = m.id AND r.sent_at IS NOT NULL)::int AS sent
     FROM animation_messages m WHERE m.author = $1 ORDER BY m.created_at DESC LIMIT 10`,
    [referent.email.toLowerCase()],
  );
}
