/**
 * GET /api/demandes/mini-stages/confirmer?jeton=…: page with a button (mail scanners follow GET links). POST (jeton): confirms the
 * requester's address and sends the application to the company's contact with their answer link, the requester told, in one
 * transaction (src/server/workflows/ministages/apply.ts). 200, 410 bad link, 503.
 */
import type { Config } from '@netlify/functions';
import { ministageDeps } from '../../src/server/deps.ts';
import { answerThenDeliver } from '../../src/server/mail/deliver-soon.ts';
import { confirmMinistageHandler } from '../../src/server/handlers/ministages.ts';

export default answerThenDeliver(confirmMinistageHandler(ministageDeps));

export const config: Config = { path: '/api/demandes/mini-stages/confirmer' };
