/**
 * Production mailer: Resend's SDK, which answers `{ data, error }` instead of throwing.
 * The outbox row id is the idempotency key, so a mail retried after a lost answer is not
 * sent twice; a batch (POST /emails/batch, 100 mails at most) has its batch's key.
 */
import { Resend } from 'resend';
import { BATCH_LIMIT, MailDeliveryError, type BatchMailer, type Mailer, type OutgoingMail } from './mailer.ts';

/** Resend errors after which a retry can succeed (rate limit, provider trouble). */
const RETRYABLE = new Set([
  'rate_limit_exceeded',
  'daily_quota_exceeded',
  'application_error',
  'internal_server_error',
  'concurrent_idempotent_requests',
]);

function refused(error: { name?: string } | null): MailDeliveryError {
  const name = error?.name ?? 'unknown';
  return new MailDeliveryError(`Resend a refusé l'envoi (${name})`, RETRYABLE.has(name) || name === 'unknown');
}

export function resendMailer({ apiKey, from, baseUrl }: { apiKey: string; from: string; baseUrl?: string }): Mailer & BatchMailer {
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
            ...(mail.headers ? { headers: mail.headers } : {}),
          },
          { idempotencyKey: mail.id },
        );
      } catch (error) {
        throw new MailDeliveryError(`Resend injoignable : ${(error as Error).message}`, true);
      }
      if (result.error || !result.data) throw refused(result.error);
      return { providerId: result.data.id };
    },

    /** Every mail of the batch or none ("strict" validation): a batch is never half sent. */
    async sendBatch(mails: readonly OutgoingMail[], idempotencyKey: string) {
      if (mails.length === 0 || mails.length > BATCH_LIMIT) throw new MailDeliveryError(`Lot de ${mails.length} courriels`, false);
      let result;
      try {
        result = await resend.batch.send(
          mails.map((mail) => ({
            from,
            to: [mail.to],
            subject: mail.subject,
            html: mail.html,
            text: mail.text,
            ...(mail.headers ? { headers: mail.headers } : {}),
          })),
          { idempotencyKey, batchValidation: 'strict' },
        );
      } catch (error) {
        throw new MailDeliveryError(`Resend injoignable : ${(error as Error).message}`, true);
      }
      if (result.error || !result.data) throw refused(result.error);
      return { providerIds: result.data.data.map((d) => d.id) };
    },
  };
}
