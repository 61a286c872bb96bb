/**
 * Delivers the outbox right after a request instead of waiting for the next scheduled run,
 * without making the person wait: the work continues after the response (context.waitUntil).
 * A failure here is harmless: the scheduled send-mail function retries.
 */
import { systemClock } from '../clock.ts';
import { netlifyDatabase } from '../db.ts';
import { readRuntimeEnv } from '../env.ts';
import { deliverDueBatches } from './batches.ts';
import { deliverDueMail } from './outbox.ts';
import { resendMailer } from './resend.ts';

export function deliverSoon(context: { waitUntil?: (promise: Promise<unknown>) => void }): void {
  const env = readRuntimeEnv();
  if (!env.RESEND_API_KEY || !env.MAIL_FROM || !context.waitUntil) return;
  const mailer = resendMailer({ apiKey: env.RESEND_API_KEY, from: env.MAIL_FROM });
  context.waitUntil(
    netlifyDatabase()
      // A few batches now (a referent's message); the scheduled send-mail sends the rest.
      .then(async (db) => {
        await deliverDueMail(db, mailer, systemClock);
        await deliverDueBatches(db, mailer, systemClock, 3);
      })
      .catch((error: Error) => console.error(`deliver-soon: ${error.name}`)),
  );
}

type Handle = (req: Request, context: { ip?: string }) => Promise<Response>;

/** A function's default export: answer, then deliver the mail the request queued. */
export function answerThenDeliver(handle: Handle) {
  return async (req: Request, context: { ip?: string; waitUntil?: (promise: Promise<unknown>) => void }): Promise<Response> => {
    const response = await handle(req, context);
    if (response.status < 400) deliverSoon(context);
    return response;
  };
}
