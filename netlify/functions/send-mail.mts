/**
 * Scheduled every 5 minutes. Input: none. Effect: delivers the outbox's due mails through
 * Resend (retries with backoff, each mail once). Without RESEND_API_KEY (local development)
 * mail stays in the outbox, where the dev mailbox shows it. Logs counts only, never addresses.
 */
import type { Config } from '@netlify/functions';
import { systemClock } from '../../src/server/clock.ts';
import { netlifyDatabase } from '../../src/server/db.ts';
import { readRuntimeEnv } from '../../src/server/env.ts';
import { deliverDueMail } from '../../src/server/mail/outbox.ts';
import { resendMailer } from '../../src/server/mail/resend.ts';

export default async (): Promise<void> => {
  const env = readRuntimeEnv();
  if (!env.RESEND_API_KEY || !env.MAIL_FROM) return;
  const db = await netlifyDatabase();
  const report = await deliverDueMail(db, resendMailer({ apiKey: env.RESEND_API_KEY, from: env.MAIL_FROM }), systemClock);
  console.log(`send-mail: ${report.sent} envoyés, ${report.failed} à réessayer, ${report.abandoned} abandonnés`);
};

export const config: Config = { schedule: '*/5 * * * *' };
