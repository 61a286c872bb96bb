/**
 * Scheduled every day at 7:00 UTC (8 or 9 in Paris). Input: none. Effects: from 1 July, the school
 * year's thanks to each ambassador active in it, with their own figures (once per school year);
 * the advice to ambassadors published for more than 90 days and never solicited (once each). Both
 * are animation mail, queued in batches (send-mail delivers them). Logs counts only.
 */
import type { Config } from '@netlify/functions';
import { productionDeps } from '../../src/server/deps.ts';
import { sendNeverSolicitedAdvice, sendYearEndThanks } from '../../src/server/workflows/animation/recognition.ts';

export default async (): Promise<void> => {
  const deps = await productionDeps();
  const thanks = await sendYearEndThanks(deps);
  const advice = await sendNeverSolicitedAdvice(deps);
  const said = (r: { sent: number } | { skipped: string }) => ('sent' in r ? `${r.sent} courriels` : r.skipped);
  console.log(`animation-schedule: remerciements ${said(thanks)}, conseils ${said(advice)}`);
};

export const config: Config = { schedule: '0 7 * * *' };
