/**
 * GET /api/mini-stages/reponse?jeton=…: the application, for the company's contact (the adult to reach for a pupil under 16 once
 * accepted). POST (jeton, action accept|decline, message): the answer, once; an acceptance takes one of the period's places under a
 * lock (src/server/workflows/ministages/answer.ts); the requester mailed. 303 to the page, 409 refused (full, already answered),
 * 422 bad field, 410 bad link, 429, 503.
 */
import type { Config } from '@netlify/functions';
import { ministageDeps } from '../../src/server/deps.ts';
import { answerThenDeliver } from '../../src/server/mail/deliver-soon.ts';
import { ministageAnswerHandler } from '../../src/server/handlers/ministages.ts';

export default answerThenDeliver(ministageAnswerHandler(ministageDeps));

export const config: Config = { path: '/api/mini-stages/reponse' };
