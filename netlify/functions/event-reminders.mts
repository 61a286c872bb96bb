/**
 * Scheduled hourly. Input: none. Effects (issue 10): queues the reminder two days before an event to each of its
 * confirmed ambassadors, once each however often it runs (src/server/workflows/event-call/reminders.ts), then
 * delivers it. Logs counts only.
 */
import type { Config } from '@netlify/functions';
import { eventCallDeps } from '../../src/server/deps.ts';
import { deliverSoon } from '../../src/server/mail/deliver-soon.ts';
import { runEventReminders } from '../../src/server/workflows/event-call/reminders.ts';

export default async (_req: Request, context: { waitUntil?: (promise: Promise<unknown>) => void }): Promise<void> => {
  const report = await runEventReminders(await eventCallDeps());
  console.log(`event-reminders: ${JSON.stringify(report)}`);
  deliverSoon(context);
};

export const config: Config = { schedule: '@hourly' };
