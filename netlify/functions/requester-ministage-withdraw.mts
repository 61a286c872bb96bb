/**
 * GET /api/demandes/mes-demandes/annuler-mini-stage?candidature=<id>: for the signed-in requester (session cookie), what
 * withdrawing one of their mini-stage applications does, and its button. POST (candidature): the withdrawal, while the
 * application is open and before the stage's first day; the company mailed if it had received it
 * (src/server/workflows/ministages/requester.ts). 401 without a session, 403 from another site, 404 not theirs, 409 closed or begun, 503.
 */
import type { Config } from '@netlify/functions';
import { productionDeps } from '../../src/server/deps.ts';
import { answerThenDeliver } from '../../src/server/mail/deliver-soon.ts';
import { withdrawMinistageHandler } from '../../src/server/handlers/requester-space.ts';

export default answerThenDeliver(withdrawMinistageHandler(productionDeps));

export const config: Config = { path: '/api/demandes/mes-demandes/annuler-mini-stage' };
