/**
 * Production mailer: Resend's SDK, which answers `{ data, error }` instead of throwing.
 * The outbox row id is the idempotency key, so a mail retried after a lost answer is not
 * sent twice.
 */
import { Resend } from 'resend';
import { MailDeliveryError, type Mailer, type OutgoingMail } from './mailer.ts';

/** Resend errors after which a retry can succeed (rate limit, provider trouble). */
const RETRYABLE = new Set([
  'rate_limit_exceeded',
  'daily_quota_exceeded',
  'application_error',
  'internal_server_error',
  'concurrent_idempotent_requests',
]);

export function resendMailer({ apiKey, from, baseUrl }: { apiKey: string; from: string; baseUrl?: string }): Mailer {
  const resend = new Resend(apiKey, baseUrl ? { baseUrl } : undefined);
  return {
    async send(mail: OutgoingMail) {
      let result;
      try {
        result = await resend.emails.send(
          {
            from,
            to: [mail.to],
            subject: mail.subject,
            html: mail.html,
            text: mail.text,
            ...(mail.attachments
              ? { attachments: mail.attachments.map(({ filename, contentType, content }) => ({ filename, contentType, content })) }
              : {}),
          },
          { idempotencyKey: mail.id },
        );
      } catch (error) {
        throw new MailDeliveryError(`Resend injoignable : ${(error as Error).message}`, true);
      }
      if (result.error || !result.data) {
        const name = result.error?.name ?? 'unknown';
        throw new MailDeliveryError(`Resend a refusé l'envoi (${name})`, RETRYABLE.has(name) || name === 'unknown');
      }
      return { providerId: result.data.id };
    },
  };
}
