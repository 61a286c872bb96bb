/**
 * Scheduled every 5 minutes. Input: none. Effect: delivers the outbox's due mails through
 * Resend (retries with backoff, each mail once), then its due batches of animation mail (one
 * batch call of up to 100 mails each, ten batches a run at most). Without RESEND_API_KEY (local development)
 * mail stays in the outbox, where the dev mailbox shows it. Logs counts only, never addresses.
 */
import type { Config } from '@netlify/functions';
import { systemClock } from '../../src/server/clock.ts';
import { netlifyDatabase } from '../../src/server/db.ts';
import { readRuntimeEnv } from '../../src/server/env.ts';
import { deliverDueBatches } from '../../src/server/mail/batches.ts';
import { deliverDueMail } from '../../src/server/mail/outbox.ts';
import { resendMailer } from '../../src/server/mail/resend.ts';

export default async (): Promise<void> => {
  const env = readRuntimeEnv();
  if (!env.RESEND_API_KEY || !env.MAIL_FROM) return;
  const db = await netlifyDatabase();
  const mailer = resendMailer({ apiKey: env.RESEND_API_KEY, from: env.MAIL_FROM });
  const report = await deliverDueMail(db, mailer, systemClock);
  console.log(`send-mail: ${report.sent} envoyés, ${report.failed} à réessayer, ${report.abandoned} abandonnés`);
  const batches = await deliverDueBatches(db, mailer, systemClock);
  console.log(
    `send-mail: ${batches.batches} lots, ${batches.sent} envoyés, ${batches.failed} à réessayer, ${batches.abandoned} abandonnés`,
  );
};

export const config: Config = { schedule: '*/5 * * * *' };
