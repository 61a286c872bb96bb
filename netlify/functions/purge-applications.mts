/**
 * Scheduled daily. Input: none. Effect: deletes applications whose address was never
 * confirmed after 7 days, with their consent and links (brief W1). Logs a count only.
 */
import type { Config } from '@netlify/functions';
import { systemClock } from '../../src/server/clock.ts';
import { netlifyDatabase } from '../../src/server/db.ts';
import { purgeUnconfirmedApplications } from '../../src/server/workflows/signup.ts';

export default async (): Promise<void> => {
  const purged = await purgeUnconfirmedApplications({ db: await netlifyDatabase(), clock: systemClock });
  console.log(`purge-applications: ${purged} inscriptions non confirmées effacées`);
};

export const config: Config = { schedule: '@daily' };
