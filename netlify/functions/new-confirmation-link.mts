/**
 * POST /api/inscription/nouveau-lien (email). Sends a new confirmation link when an
 * application still waits for one; the same answer either way.
 */
import type { Config } from '@netlify/functions';
import { productionDeps } from '../../src/server/deps.ts';
import { answerThenDeliver } from '../../src/server/mail/deliver-soon.ts';
import { newConfirmationLinkHandler } from '../../src/server/handlers/signup.ts';

export default answerThenDeliver(newConfirmationLinkHandler(productionDeps));

export const config: Config = { path: '/api/inscription/nouveau-lien' };
