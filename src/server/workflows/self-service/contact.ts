/**
 * An ambassador's private contact details, changed from their space (the charters ask them to
 * keep them up to date). The phone changes at once. The e-mail address changes only once a link
 * sent to the new address is opened, which proves it is theirs; the address in use is told,
 * without the link. An address already used by another account or application is refused by
 * mail to that address: the space says the same thing whatever the address, so that it cannot
 * be used to find out who is registered.
 */
import { audit } from '../../audit.ts';
import type { Queryable } from '../../db.ts';
import { enqueueMail } from '../../mail/outbox.ts';
import { emailChangeLinkMail, emailChangeNoticeMail, emailChangeRefusedMail } from '../../mail/templates.ts';
import { closeSessions, openSession } from '../../sessions.ts';
import { consumeToken, issueToken, type TokenCheck } from '../../tokens.ts';
import {
  AMBASSADOR_SESSION_MS,
  MANAGE_LINK_PURPOSE,
  type AmbassadorAccount,
  type SelfServiceDeps,
  type SelfServiceResult,
} from '../self-service.ts';
import { applicationSchema, fieldErrors } from '../../../lib/application.ts';

export const EMAIL_CHANGE_PURPOSE = 'change_email' as const;

export function emailChangeUrl(siteUrl: string, token: string): string {
  return `${siteUrl}/api/profil/adresse?jeton=${token}`;
}

// The same rules and messages as at signup.
const emailSchema = applicationSchema.pick({ email: true });
const phoneSchema = applicationSchema.pick({ phone: true });

const typed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

/** An address of another account, or of an application in progress, may not be taken. */
async function isTaken(db: Queryable, email: string, ownId: string): Promise<boolean> {
  const [row] = await db.query(
    `SELECT 1 FROM applications WHERE lower(email) = lower($1) AND id <> $2 AND status IN ('submitted', 'confirmed', 'approved')`,
    [email, ownId],
  );
  return row !== undefined;
}

/** « c…@example.org »: enough for the owner to recognise the address, not to give it away. */
export function maskedAddress(email: string): string {
  const at = email.lastIndexOf('@');
  return `${email.slice(0, 1)}…${email.slice(at)}`;
}

/**
 * Asks for the change: a link to the new address (replacing any change still pending) or, if it
 * is taken, a mail saying so; in both cases a notice to the address in use. Only a malformed
 * address, or the one in use, is refused here.
 */
export async function requestEmailChange(
  deps: SelfServiceDeps,
  account: Pick<AmbassadorAccount, 'id' | 'email' | 'firstName'>,
  input: unknown,
): Promise<SelfServiceResult> {
  const parsed = emailSchema.safeParse({ email: typed(input) });
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const { email } = parsed.data;
  if (email.toLowerCase() === account.email.toLowerCase()) {
    return { ok: false, errors: { email: 'Adresse e-mail : c’est déjà celle de votre compte.' } };
  }
  const { settings } = deps;
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const replaced = await tx.query<{ id: string }>('DELETE FROM email_changes WHERE application_id = $1 RETURNING id', [account.id]);
    if (replaced.length > 0) {
      await tx.query('DELETE FROM link_tokens WHERE purpose = $1 AND subject = ANY($2::text[])', [
        EMAIL_CHANGE_PURPOSE,
        replaced.map((r) => r.id),
      ]);
    }
    const taken = await isTaken(tx, email, account.id);
    if (taken) {
      await enqueueMail(tx, deps.clock, emailChangeRefusedMail(settings, { email }, settings.contactEmail));
    } else {
      const lifetimeMs = settings.confirmationLinkHours * 3_600_000;
      const [change] = await tx.query<{ id: string }>(
        'INSERT INTO email_changes (application_id, new_email, requested_at, expires_at) VALUES ($1, $2, $3, $4) RETURNING id',
        [account.id, email, now, new Date(now.getTime() + lifetimeMs)],
      );
      const token = await issueToken(tx, deps.clock, { purpose: EMAIL_CHANGE_PURPOSE, subject: change!.id, lifetimeMs });
      await enqueueMail(
        tx,
        deps.clock,
        emailChangeLinkMail(settings, { email }, emailChangeUrl(deps.siteUrl, token), settings.confirmationLinkHours),
      );
    }
    await enqueueMail(
      tx,
      deps.clock,
      emailChangeNoticeMail(
        settings,
        { email: account.email, firstName: account.firstName },
        { newAddress: maskedAddress(email), contactEmail: settings.contactEmail },
      ),
    );
    await audit(tx, now, 'ambassadeur', taken ? 'email_change_refused' : 'email_change_requested', account.id);
  });
  return { ok: true };
}

/**
 * The POST behind the link sent to the new address: it becomes the account's. Every session
 * ends, and the links mailed to the old address (sign-in, threads, event invitations) stop working: whoever still
 * reads that mailbox no longer reaches the account. The person who confirmed gets a new session.
 */
export async function confirmEmailChange(
  deps: SelfServiceDeps,
  token: string,
): Promise<{ ok: true; cookie: string } | Extract<TokenCheck, { ok: false }>> {
  return deps.db.transaction(async (tx) => {
    const check = await consumeToken(tx, deps.clock, EMAIL_CHANGE_PURPOSE, token);
    if (!check.ok) return check;
    const [change] = await tx.query<{ application_id: string; new_email: string }>(
      'DELETE FROM email_changes WHERE id = $1 RETURNING application_id, new_email',
      [check.subject],
    );
    // Replaced by a later request, or the account is gone.
    if (!change) return { ok: false, reason: 'unknown' };
    const id = change.application_id;
    // Someone signed up with it since the request: the link is spent, nothing changes.
    if (await isTaken(tx, change.new_email, id)) return { ok: false, reason: 'used' };
    const now = deps.clock.now();
    await tx.query('UPDATE applications SET email = $2 WHERE id = $1', [id, change.new_email]);
    await tx.query(
      `DELETE FROM link_tokens WHERE (purpose = $2 AND subject = $1) OR (purpose = 'request_thread' AND subject LIKE '%/ambassador/' || $1)
         OR (purpose IN ('event_answer', 'event_participation') AND subject IN (SELECT id::text FROM event_invitations WHERE ambassador_id = $1::uuid))`,
      [id, MANAGE_LINK_PURPOSE],
    );
    await closeSessions(tx, 'ambassador', id);
    await audit(tx, now, 'ambassadeur', 'email_changed', id);
    return { ok: true, cookie: await openSession(tx, deps.clock, { kind: 'ambassador', subject: id, lifetimeMs: AMBASSADOR_SESSION_MS }) };
  });
}

/** The phone, optional and never published: changed or removed at once. */
export async function changePhone(
  deps: SelfServiceDeps,
  id: string,
  input: unknown,
): Promise<{ ok: true; phone: string | null } | { ok: false; errors: Record<string, string> }> {
  const parsed = phoneSchema.safeParse({ phone: typed(input) });
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const phone = parsed.data.phone ?? null;
  await deps.db.transaction(async (tx) => {
    await tx.query('UPDATE applications SET phone = $2 WHERE id = $1', [id, phone]);
    await audit(tx, deps.clock.now(), 'ambassadeur', 'phone_changed', id);
  });
  return { ok: true, phone };
}
