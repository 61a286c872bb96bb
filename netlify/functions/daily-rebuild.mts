/**
 * Scheduled each night at 0:05 in Paris (23:05 UTC; 22:05 in summer time is close enough). Input:
 * none. Effect: asks Netlify to rebuild the site through the build hook BUILD_HOOK_URL, so that the
 * agenda's upcoming and past events follow the date (src/server/workflows/daily-rebuild.ts). Logs
 * the outcome only.
 */
import type { Config } from '@netlify/functions';
import { readRuntimeEnv } from '../../src/server/env.ts';
import { triggerRebuild } from '../../src/server/workflows/daily-rebuild.ts';

export default async (): Promise<void> => {
  const result = await triggerRebuild(readRuntimeEnv().BUILD_HOOK_URL);
  console.log(`daily-rebuild: ${JSON.stringify(result)}`);
};

export const config: Config = { schedule: '5 23 * * *' };
