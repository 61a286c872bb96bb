/**
 * GET /api/demandes?ambassadeur=59/slug: the request form for that ambassador (only what they offer; or why not and three similar ambassadors).
 * POST /api/demandes (form): same origin, honeypot, rate limits; the request and the confirmation mail in one transaction (src/server/workflows/requests/submit.ts).
 * Answers 200 (check your mail), 422 with a message per field, 409 unavailable, 429, 503.
 */
import type { Config } from '@netlify/functions';
import { referentDeps } from '../../src/server/deps.ts';
import { answerThenDeliver } from '../../src/server/mail/deliver-soon.ts';
import { requestFormHandler } from '../../src/server/handlers/requests.ts';

export default answerThenDeliver(requestFormHandler(referentDeps));

export const config: Config = { path: '/api/demandes' };
