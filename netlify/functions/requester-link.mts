/**
 * POST /api/demandes/mes-demandes/lien (email). Mails a sign-in link to « Mes demandes » to any well-formed address; the same answer
 * for any address, whether or not it made requests. Rate-limited like the other link forms.
 */
import type { Config } from '@netlify/functions';
import { productionDeps } from '../../src/server/deps.ts';
import { answerThenDeliver } from '../../src/server/mail/deliver-soon.ts';
import { requesterLinkHandler } from '../../src/server/handlers/requester-space.ts';

export default answerThenDeliver(requesterLinkHandler(productionDeps));

export const config: Config = { path: '/api/demandes/mes-demandes/lien' };
