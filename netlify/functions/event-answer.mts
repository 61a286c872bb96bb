/**
 * GET /api/evenements/reponse?jeton=…&reponse=oui|non: the invitation's page (the event, a button for the link's
 * answer and one for the other); it writes nothing (mail scanners follow links). POST (jeton, reponse): under the
 * call's lock, a yes is confirmed while places remain (mail with the .ics, the event's file lists the ambassador)
 * or goes on the waiting list (mail with the position); a no is recorded. The link works once.
 * 400 malformed form, 403 other origin, 404 unknown link or event, 409 already answered, 410 expired or event started.
 */
import type { Config } from '@netlify/functions';
import { eventCallDeps } from '../../src/server/deps.ts';
import { answerThenDeliver } from '../../src/server/mail/deliver-soon.ts';
import { eventAnswerHandler } from '../../src/server/handlers/event-call.ts';

export default answerThenDeliver(eventAnswerHandler(eventCallDeps));

export const config: Config = { path: '/api/evenements/reponse' };
