/**
 * GET /api/evenements/participation?jeton=…: « Gérer ma participation » (confirmed, or the position on the waiting
 * list) and a button to withdraw; it writes nothing. POST (jeton): withdraws; a confirmed place freed goes to the
 * first one waiting (mail with the .ics) and the event's file is published again. The link works once.
 * 400 malformed form, 403 other origin, 404 unknown link or event, 409 already withdrawn, 410 expired or event started.
 */
import type { Config } from '@netlify/functions';
import { eventCallDeps } from '../../src/server/deps.ts';
import { answerThenDeliver } from '../../src/server/mail/deliver-soon.ts';
import { eventParticipationHandler } from '../../src/server/handlers/event-call.ts';

export default answerThenDeliver(eventParticipationHandler(eventCallDeps));

export const config: Config = { path: '/api/evenements/participation' };
