/**
 * GET /api/dev/suivi: a form; POST (date): runs the follow-up job as if it were that date. Local development only
 * (404 when deployed or with a mail provider), to see reminders, escalation, expiry and feedback without waiting.
 */
import type { Config } from '@netlify/functions';
import { referentDeps } from '../../src/server/deps.ts';
import { localOnly } from '../../src/server/dev-only.ts';
import { devFollowUpHandler } from '../../src/server/handlers/dev-follow-up.ts';

export default devFollowUpHandler({ enabled: localOnly, deps: referentDeps });

export const config: Config = { path: '/api/dev/suivi' };
