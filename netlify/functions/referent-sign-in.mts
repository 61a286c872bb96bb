/**
 * POST /api/referents/connexion (email). Sends a sign-in link when the address is a referent's (from the referents content); the same answer for any address.
 */
import type { Config } from '@netlify/functions';
import { referentDeps } from '../../src/server/deps.ts';
import { answerThenDeliver } from '../../src/server/mail/deliver-soon.ts';
import { referentSignInHandler } from '../../src/server/handlers/referents.ts';

export default answerThenDeliver(referentSignInHandler(referentDeps));

export const config: Config = { path: '/api/referents/connexion' };
