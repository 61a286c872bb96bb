/**
 * GET /api/dev/courriels: the dev mailbox. Lists the outbox's latest mails with their links,
 * only on a machine's own embedded database with no mail provider configured (local
 * development, tests). Anywhere else (production, deploy previews) it answers 404: the
 * outbox holds people's addresses.
 */
import type { Config } from '@netlify/functions';
import { netlifyDatabase } from '../../src/server/db.ts';
import { readRuntimeEnv } from '../../src/server/env.ts';
import { devMailboxHandler } from '../../src/server/handlers/dev-mailbox.ts';

const localOnly = () => {
  const env = readRuntimeEnv();
  return !env.deployed && !env.RESEND_API_KEY;
};
export default devMailboxHandler({ enabled: localOnly, db: netlifyDatabase });

export const config: Config = { path: '/api/dev/courriels' };
