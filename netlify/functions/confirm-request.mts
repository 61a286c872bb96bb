/**
 * GET /api/demandes/confirmer?jeton=…: page with a button (mail scanners follow GET links). POST /api/demandes/confirmer (jeton): confirms this request (each request
 * is confirmed by its own link) and sends the request to the ambassador (two mails in the same transaction).
 */
import type { Config } from '@netlify/functions';
import { referentDeps } from '../../src/server/deps.ts';
import { answerThenDeliver } from '../../src/server/mail/deliver-soon.ts';
import { confirmRequestHandler } from '../../src/server/handlers/requests.ts';

export default answerThenDeliver(confirmRequestHandler(referentDeps));

export const config: Config = { path: '/api/demandes/confirmer' };
