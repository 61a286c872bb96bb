/**
 * GET /api/dev/courriels: the dev mailbox. Lists the outbox's latest mails with their links,
 * only where no mail provider is configured (local development, tests); answers 404 in
 * production, where RESEND_API_KEY is required.
 */
import type { Config } from '@netlify/functions';
import { netlifyDatabase } from '../../src/server/db.ts';
import { readRuntimeEnv } from '../../src/server/env.ts';
import { devMailboxHandler } from '../../src/server/handlers/dev-mailbox.ts';

const env = readRuntimeEnv();
export default devMailboxHandler({ enabled: !env.production && !env.RESEND_API_KEY, db: netlifyDatabase });

export const config: Config = { path: '/api/dev/courriels' };
