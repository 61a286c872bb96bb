/**
 * Scheduled every Monday at 07:00 UTC (8 h in Paris in winter, 9 h in summer). Input: none.
 * Effects (issue E): queues the weekly digest of each referent who did not turn it off (what
 * waits in their départements and last week's figures), once a week however often it runs
 * (src/server/workflows/referent-digest.ts), then delivers it. Logs counts only.
 */
import type { Config } from '@netlify/functions';
import { referentDeps } from '../../src/server/deps.ts';
import { deliverSoon } from '../../src/server/mail/deliver-soon.ts';
import { sendWeeklyDigests } from '../../src/server/workflows/referent-digest.ts';

export default async (_req: Request, context: { waitUntil?: (promise: Promise<unknown>) => void }): Promise<void> => {
  const report = await sendWeeklyDigests(await referentDeps());
  console.log(`referent-digest: ${JSON.stringify(report)}`);
  deliverSoon(context);
};

export const config: Config = { schedule: '0 7 * * 1' };
