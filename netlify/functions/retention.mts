/**
 * Scheduled daily. Input: none. Effects (issue E, durations in the settings): anonymises closed
 * requests after their retention period (messages deleted), removes the addresses of requesters
 * with nothing left to follow, deletes mail never sent, deletes the accounts of ambassadors warned
 * a month ago who did not act since, and warns ambassadors inactive for two years
 * (src/server/workflows/retention.ts). Logs counts only; queued warnings are then delivered.
 */
import type { Config } from '@netlify/functions';
import { productionDeps } from '../../src/server/deps.ts';
import { deliverSoon } from '../../src/server/mail/deliver-soon.ts';
import { runRetention } from '../../src/server/workflows/retention.ts';

export default async (_req: Request, context: { waitUntil?: (promise: Promise<unknown>) => void }): Promise<void> => {
  const report = await runRetention(await productionDeps());
  console.log(`retention: ${JSON.stringify(report)}`);
  deliverSoon(context);
};

export const config: Config = { schedule: '@daily' };
