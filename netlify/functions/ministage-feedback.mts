/**
 * GET /api/mini-stages/avis?jeton=…: one side's survey after a mini-stage (requester or company). POST (jeton, satisfaction, comment):
 * recorded once on the application (src/server/workflows/ministages/answer.ts). 200, 410 used or expired link, 422 bad field, 503.
 */
import type { Config } from '@netlify/functions';
import { ministageDeps } from '../../src/server/deps.ts';
import { ministageFeedbackHandler } from '../../src/server/handlers/ministages.ts';

export default ministageFeedbackHandler(ministageDeps);

export const config: Config = { path: '/api/mini-stages/avis' };
