/**
 * Scheduled hourly. Input: none. Effects (brief F7): reminders, escalation to the referents with
 * suggestions, expiry, completion with feedback links, purge of unconfirmed requests; each mail
 * queued in the same transaction as the change, then delivered. Safe to run twice at once.
 * Logs counts only.
 */
import type { Config } from '@netlify/functions';
import { referentDeps } from '../../src/server/deps.ts';
import { deliverSoon } from '../../src/server/mail/deliver-soon.ts';
import { runFollowUp } from '../../src/server/workflows/requests/follow-up.ts';

export default async (_req: Request, context: { waitUntil?: (promise: Promise<unknown>) => void }): Promise<void> => {
  const report = await runFollowUp(await referentDeps());
  console.log(`follow-up: ${JSON.stringify(report)}`);
  deliverSoon(context);
};

export const config: Config = { schedule: '@hourly' };
