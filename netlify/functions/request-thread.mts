/**
 * GET /api/demandes/fil?jeton=…: the relayed thread for the side the link belongs to (requester or the assigned ambassador).
 * POST /api/demandes/fil (jeton, action = message, accept, decline, propose, cancel or reschedule, and its fields): one action,
 * checked against the state machine, with its mails in the same transaction; 303 back to the thread, 409 refused, 422 invalid, 410 bad link.
 */
import type { Config } from '@netlify/functions';
import { referentDeps } from '../../src/server/deps.ts';
import { answerThenDeliver } from '../../src/server/mail/deliver-soon.ts';
import { threadHandler } from '../../src/server/handlers/requests.ts';

export default answerThenDeliver(threadHandler(referentDeps));

export const config: Config = { path: '/api/demandes/fil' };
