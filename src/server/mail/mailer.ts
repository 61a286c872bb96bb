/** What the outbox needs from a mail provider. Production: Resend (./resend.ts). */
export interface OutgoingMail {
  /** Outbox row id: also the provider's idempotency key, so a retried mail is sent once. */
  id: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  attachments?: MailAttachment[];
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

export class MailDeliveryError extends Error {
  override name = 'MailDeliveryError';
  /** False when retrying cannot help (invalid address, rejected content). */
  readonly retryable: boolean;

  constructor(message: string, retryable: boolean) {
    super(message);
    this.retryable = retryable;
  }
}
