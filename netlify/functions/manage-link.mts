/**
 * POST /api/profil/lien (email). Mails a "Gérer mon profil" link when the address is an ambassador's; the same answer for any address.
 */
import type { Config } from '@netlify/functions';
import { productionDeps } from '../../src/server/deps.ts';
import { answerThenDeliver } from '../../src/server/mail/deliver-soon.ts';
import { manageLinkRequestHandler } from '../../src/server/handlers/self-service.ts';

export default answerThenDeliver(manageLinkRequestHandler(productionDeps));

export const config: Config = { path: '/api/profil/lien' };
