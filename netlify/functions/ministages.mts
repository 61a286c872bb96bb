/**
 * GET /api/mini-stages?offre=<id> (the offer pages' link) and /api/demandes/mini-stages?offre=<id> (where the « Mes demandes » session
 * reaches): the form to apply for a mini-stage offer; 404 for an unknown or expired offer.
 * POST /api/demandes/mini-stages?offre=<id> (form): same origin, honeypot, rate limits; the application and its confirmation mail in one
 * transaction, or, for a requester signed in to « Mes demandes », the application sent to the company at once
 * (src/server/workflows/ministages/apply.ts). Answers 200 (check your mail, or sent), 422 with a message per field, 429, 503.
 */
import type { Config } from '@netlify/functions';
import { ministageDeps } from '../../src/server/deps.ts';
import { answerThenDeliver } from '../../src/server/mail/deliver-soon.ts';
import { ministageFormHandler } from '../../src/server/handlers/ministages.ts';

export default answerThenDeliver(ministageFormHandler(ministageDeps));

export const config: Config = { path: ['/api/mini-stages', '/api/demandes/mini-stages'] };
