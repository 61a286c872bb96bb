/**
 * GET /api/referents/candidature?id=…: one confirmed application of the referent's territory, with the approve and reject forms.
 * POST (id, decision=valider|refuser, fields): approve (dates of the checks, corrections, position) → profile file written, welcome mail;
 * or reject (reason) → mail. 401 without a session, 404 when already decided or elsewhere, 422 with a message per field.
 */
import type { Config } from '@netlify/functions';
import { referentDeps } from '../../src/server/deps.ts';
import { answerThenDeliver } from '../../src/server/mail/deliver-soon.ts';
import { applicationReviewHandler } from '../../src/server/handlers/referents.ts';

export default answerThenDeliver(applicationReviewHandler(referentDeps));

export const config: Config = { path: '/api/referents/candidature' };
