/**
 * GET /api/demandes/avis?jeton=…: the feedback form after the intervention. POST /api/demandes/avis (satisfaction 1-5, young people reached, comment): recorded once.
 */
import type { Config } from '@netlify/functions';
import { referentDeps } from '../../src/server/deps.ts';
import { feedbackHandler } from '../../src/server/handlers/requests.ts';

export default feedbackHandler(referentDeps);

export const config: Config = { path: '/api/demandes/avis' };
