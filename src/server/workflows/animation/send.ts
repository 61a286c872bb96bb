/**
 * Queues an animation mailing (issue F): the one way any part of the platform writes to
 * ambassadors besides their requests (a referent's message or news item, the end-of-year thanks,
 * the advice to those never solicited, later event invitations). In the caller's transaction:
 * the mailing and its recipients are recorded (the dashboard's facts), each recipient gets a
 * personal unsubscribe link (a long-lived token, see UNSUBSCRIBE_LINK_DAYS), each mail carries the
 * one-click unsubscribe headers, and the mails are queued in batches of 100 whose composition is
 * fixed from then on (src/server/mail/batches.ts). Ambassadors who refused animation mail are left
 * out here, whatever the caller chose.
 */
import type { Clock } from '../../clock.ts';
import type { Queryable } from '../../db.ts';
import { audit, type Actor } from '../../audit.ts';
import { enqueueBatchedMails } from '../../mail/batches.ts';
import { animationMail, unsubscribeUrl, type AnimationContent } from '../../mail/animation-templates.ts';
import type { MailContext } from '../../mail/templates.ts';
import { issueTokens } from '../../tokens.ts';
import type { AnimationKind } from '../../../lib/animation.ts';

export const UNSUBSCRIBE_PURPOSE = 'animation_unsubscribe' as const;

/**
 * How long an unsubscribe link works: a year. Not single use (the person may undo, then refuse
 * again, from the same mail), and it only ever acts on animation mail of its own ambassador, so a
 * long life costs little; a mail kept longer points to « Gérer mon profil ». The token dies with
 * the account (deleteAccount removes every token of its subject). An address change leaves it:
 * the old mails' links still act only on that ambassador's animation mail, which the space undoes.
 */
export const UNSUBSCRIBE_LINK_DAYS = 365;

export interface AnimationRecipient {
  ambassadorId: string;
  email: string;
  firstName: string;
  /** Home département: the dashboard counts the mail there. */
  department: string;
}

export interface AnimationMailing<R extends AnimationRecipient = AnimationRecipient> {
  kind: AnimationKind;
  /** A referent's mailing: their address (lower case) and Paris day, one a day. Null: the platform's. */
  author?: { email: string; day: string } | undefined;
  /** A mailing that goes once whoever runs it twice (e.g. 'thanks/2025-2026'). */
  once?: string | undefined;
  /** The départements the recipients were chosen in, and the filters, as recorded. */
  departments: readonly string[];
  filters: Readonly<Record<string, unknown>>;
  /** What the mailing says, as recorded (the referent's list of messages). */
  subject: string;
  body: string;
  recipients: readonly R[];
  /** The mail of one recipient (its unsubscribe notice and headers are added). */
  render: (recipient: R) => AnimationContent;
}

/** `already_sent`: the referent's message of the day, or the mailing named by `once`, exists already. */
export type SendResult = { ok: true; messageId: string; recipients: number; batches: number } | { ok: false; reason: 'already_sent' };

export async function sendAnimationMail<R extends AnimationRecipient>(
  tx: Queryable,
  clock: Clock,
  { siteUrl, context }: { siteUrl: string; context: MailContext },
  mailing: AnimationMailing<R>,
): Promise<SendResult> {
  const now = clock.now();
  // Who may still receive it, locked until the mails are queued: a refusal committed meanwhile waits, then removes them (opt-out.ts).
  const allowed = new Set(
    (
      await tx.query<{ id: string }>('SELECT id FROM ambassadors WHERE id = ANY($1::uuid[]) AND animation_opt_out_at IS NULL FOR SHARE', [
        mailing.recipients.map((r) => r.ambassadorId),
      ])
    ).map((r) => r.id),
  );
  const recipients = mailing.recipients.filter((r) => allowed.has(r.ambassadorId));
  const [message] = await tx.query<{ id: string }>(
    `INSERT INTO animation_messages (kind, author, sent_on, departments, filters, subject, body, recipients, once_key, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT DO NOTHING RETURNING id`,
    [
      mailing.kind,
      mailing.author?.email ?? null,
      mailing.author?.day ?? null,
      mailing.departments,
      JSON.stringify(mailing.filters),
      mailing.subject,
      mailing.body,
      recipients.length,
      mailing.once ?? null,
      now,
    ],
  );
  if (!message) return { ok: false, reason: 'already_sent' };
  const tokens = await issueTokens(
    tx,
    clock,
    recipients.map((r) => ({ purpose: UNSUBSCRIBE_PURPOSE, subject: r.ambassadorId, lifetimeMs: UNSUBSCRIBE_LINK_DAYS * 86_400_000 })),
  );
  const mails = recipients.map((r, i) =>
    animationMail(
      context,
      { template: `animation_${mailing.kind}`, to: r.email, unsubscribe: unsubscribeUrl(siteUrl, tokens[i]!) },
      mailing.render(r),
    ),
  );
  const { ids, batches } = await enqueueBatchedMails(tx, clock, mails);
  await tx.query(
    `INSERT INTO animation_recipients (message_id, ambassador_ref, department, outbox_id)
     SELECT $1, a, d, o FROM unnest($2::uuid[], $3::text[], $4::uuid[]) AS r(a, d, o)`,
    [message.id, recipients.map((r) => r.ambassadorId), recipients.map((r) => r.department), ids],
  );
  const actor: Actor = mailing.author ? 'referent' : 'systeme';
  await audit(tx, now, actor, `animation_${mailing.kind}_sent`, message.id);
  return { ok: true, messageId: message.id, recipients: recipients.length, batches: batches.length };
}
