/**
 * GET /api/referents/demandes: the open requests of the signed-in referent's départements, escalated first, then by age.
 * POST (id, ambassador = "59/slug"): reassigns a request still waiting to another available ambassador (two mails).
 * 401 without a session, 404 for an id that is no request's, 409 when the request can no longer move, 422 for a wrong ambassador.
 */
import type { Config } from '@netlify/functions';
import { referentDeps } from '../../src/server/deps.ts';
import { answerThenDeliver } from '../../src/server/mail/deliver-soon.ts';
import { territoryRequestsHandler } from '../../src/server/handlers/referents.ts';

export default answerThenDeliver(territoryRequestsHandler(referentDeps));

export const config: Config = { path: '/api/referents/demandes' };
