/**
 * GET /api/dev/courriels: the dev mailbox. Lists the outbox's latest mails with their links,
 * only on a machine's own embedded database with no mail provider configured (local
 * development, tests). Anywhere else (production, deploy previews) it answers 404: the
 * outbox holds people's addresses.
 */
import type { Config } from '@netlify/functions';
import { netlifyDatabase } from '../../src/server/db.ts';
import { localOnly } from '../../src/server/dev-only.ts';
import { devMailboxHandler } from '../../src/server/handlers/dev-mailbox.ts';

export default devMailboxHandler({ enabled: localOnly, db: netlifyDatabase });

export const config: Config = { path: '/api/dev/courriels' };
