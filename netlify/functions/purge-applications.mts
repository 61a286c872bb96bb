/**
 * Scheduled daily. Input: none. Effects (brief W1): deletes applications whose address was never
 * confirmed after 7 days and rejected applications after 30 days, with their consent and links;
 * erases delivered mail after 30 days, expired sessions, link tokens a week after their expiry,
 * finished rate-limit windows and e-mail changes never confirmed (src/server/purge.ts). Logs counts only.
 */
import type { Config } from '@netlify/functions';
import { systemClock } from '../../src/server/clock.ts';
import { netlifyDatabase } from '../../src/server/db.ts';
import { purgeSentMail } from '../../src/server/mail/outbox.ts';
import { purgeExpiredAccess } from '../../src/server/purge.ts';
import { purgeRejectedApplications } from '../../src/server/workflows/review.ts';
import { purgeUnconfirmedApplications } from '../../src/server/workflows/signup.ts';

export default async (): Promise<void> => {
  const deps = { db: await netlifyDatabase(), clock: systemClock };
  const unconfirmed = await purgeUnconfirmedApplications(deps);
  const rejected = await purgeRejectedApplications(deps);
  const mails = await purgeSentMail(deps.db, deps.clock);
  const access = await purgeExpiredAccess(deps.db, deps.clock);
  console.log(
    `purge: ${unconfirmed} inscriptions non confirmées, ${rejected} refusées, ${mails} courriels envoyés effacés, ` +
      `${access.sessions} sessions, ${access.tokens} liens, ${access.rateLimits} compteurs et ${access.emailChanges} changements d’adresse expirés`,
  );
};

export const config: Config = { schedule: '@daily' };
