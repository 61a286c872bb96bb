/**
 * GET /api/referents/evenement?id=<événement>&secteur=…&type=…&departement=…: one event's call (confirmed, waiting
 * list) and the number of ambassadors the choice matches (published, not paused, home in the referent's territory,
 * not yet invited). POST (id, the same lists, nombre = the number seen): invites them, one mail each with yes and
 * no links, in one transaction (src/server/workflows/event-call/invite.ts), then 303 to the GET.
 * 401 without a session, 404 for an event not open to the referent, 400/422 with French messages, 409 when the number changed.
 */
import type { Config } from '@netlify/functions';
import { eventCallDeps } from '../../src/server/deps.ts';
import { answerThenDeliver } from '../../src/server/mail/deliver-soon.ts';
import { eventCallHandler } from '../../src/server/handlers/event-call.ts';

export default answerThenDeliver(eventCallHandler(eventCallDeps));

export const config: Config = { path: '/api/referents/evenement' };
