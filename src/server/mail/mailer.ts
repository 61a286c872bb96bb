/** What the outbox needs from a mail provider. Production: Resend (./resend.ts). */
export interface OutgoingMail {
  /** Outbox row id: also the provider's idempotency key, so a retried mail is sent once. */
  id: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  attachments?: MailAttachment[];
  /** Extra headers, as the outbox stores them (List-Unsubscribe…). */
  headers?: Record<string, string>;
}

/** A file sent with a mail (calendar invitations). */
export interface MailAttachment {
  filename: string;
  contentType: string;
  /** Base64. */
  content: string;
}

export interface Mailer {
  /** Resolves with the provider's message id; rejects with MailDeliveryError. */
  send(mail: OutgoingMail): Promise<{ providerId: string }>;
}

/** Many mails in one provider call (Resend's batch endpoint: 100 at most, no attachments). Production: ./resend.ts. */
export interface BatchMailer {
  /**
   * Sends every mail or none. `idempotencyKey` is derived from the batch's id: the same batch
   * posted again (after a crash) is not sent again. Resolves with the provider's ids, in order.
   */
  sendBatch(mails: readonly OutgoingMail[], idempotencyKey: string): Promise<{ providerIds: string[] }>;
}

/** The provider's limit on mails per batch call. */
export const BATCH_LIMIT = 100;

export class MailDeliveryError extends Error {
  override name = 'MailDeliveryError';
  /** False when retrying cannot help (invalid address, rejected content). */
  readonly retryable: boolean;

  constructor(message: string, retryable: boolean) {
    super(message);
    this.retryable = retryable;
  }
}
