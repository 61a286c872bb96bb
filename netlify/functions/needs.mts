/**
 * GET /api/demandes/besoin: the form « Je ne sais pas qui solliciter » (a need sent to several ambassadors).
 * POST /api/demandes/besoin (form): same origin, honeypot, rate limits; the need and the confirmation mail in one transaction, or, for a
 * requester signed in to « Mes demandes », the need sent at once (src/server/workflows/needs/submit.ts).
 * Answers 200 (check your mail, or sent), 422 with a message per field, 429, 503.
 */
import type { Config } from '@netlify/functions';
import { referentDeps } from '../../src/server/deps.ts';
import { answerThenDeliver } from '../../src/server/mail/deliver-soon.ts';
import { needFormHandler } from '../../src/server/handlers/needs.ts';

export default answerThenDeliver(needFormHandler(referentDeps));

export const config: Config = { path: '/api/demandes/besoin' };
