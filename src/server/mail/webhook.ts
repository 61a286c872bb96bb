/**
 * What Resend's webhook reports about animation mail (issue F, part 2): a bounce (or a suppressed
 * address) marks the recipient's fact, for the dashboard's « non remis »; a spam complaint is a
 * refusal of animation mail. Request mail is left as it is (the outbox's retries handle it). The
 * webhook is signed (Standard Webhooks / Svix): the Resend SDK checks the signature and its time.
 */
import { Resend } from 'resend';
import type { Clock } from '../clock.ts';
import type { Db } from '../db.ts';
import { refuseAnimationMail } from '../workflows/animation/opt-out.ts';

export interface WebhookHeaders {
  id: string | null;
  timestamp: string | null;
  signature: string | null;
}

export type MailEvent = { type: string; data?: { email_id?: string } };

/** The event when the signature holds (and is recent), else undefined. */
export function verifiedEvent(secret: string, payload: string, headers: WebhookHeaders): MailEvent | undefined {
  if (!headers.id || !headers.timestamp || !headers.signature) return undefined;
  try {
    // The key only builds the client; verification is local.
    return new Resend('re_webhook').webhooks.verify({
      payload,
      headers: { id: headers.id, timestamp: headers.timestamp, signature: headers.signature },
      webhookSecret: secret,
    }) as MailEvent;
  } catch {
    return undefined;
  }
}

/** Applies an event; true when it concerned animation mail. */
export async function applyMailEvent(db: Db, clock: Clock, event: MailEvent): Promise<boolean> {
  const providerId = event.data?.email_id;
  if (!providerId) return false;
  if (event.type === 'email.bounced' || event.type === 'email.suppressed') {
    const rows = await db.query(
      'UPDATE animation_recipients SET bounced_at = coalesce(bounced_at, $2) WHERE provider_id = $1 RETURNING 1',
      [providerId, clock.now()],
    );
    return rows.length > 0;
  }
  if (event.type === 'email.complained') {
    const [row] = await db.query<{ ambassador_ref: string }>('SELECT ambassador_ref FROM animation_recipients WHERE provider_id = $1', [
      providerId,
    ]);
    if (row) await refuseAnimationMail(db, clock, row.ambassador_ref, 'complaint');
    return row !== undefined;
  }
  return false;
}
