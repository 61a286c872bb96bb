/**
 * POST /api/courriels/evenements: Resend's webhook (events email.bounced, email.suppressed,
 * email.complained), signed with RESEND_WEBHOOK_SECRET. A bounce marks the animation mail's
 * recipient as not delivered (dashboard, figure 22); a complaint stops animation mail for that
 * ambassador. 200 for any verified event (others are ignored), 400 for a bad or old signature,
 * 404 without the secret, 405 for another method. Writes nothing else.
 */
import type { Config } from '@netlify/functions';
import { productionDeps } from '../../src/server/deps.ts';
import { readRuntimeEnv } from '../../src/server/env.ts';
import { mailEventsHandler } from '../../src/server/handlers/mail-events.ts';

export default mailEventsHandler(async () => ({ ...(await productionDeps()), secret: readRuntimeEnv().RESEND_WEBHOOK_SECRET }));

export const config: Config = { path: '/api/courriels/evenements' };
