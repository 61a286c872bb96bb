/**
 * GET /api/profil/adresse?jeton=…: page with a button (the link mailed to an ambassador's new address).
 * POST (jeton): uses the link once, makes that address the account's, ends every session of the account and
 * the links sent to the old address, opens a new session and redirects to the space. 410 for a link expired,
 * used or replaced by a later request.
 */
import type { Config } from '@netlify/functions';
import { productionDeps } from '../../src/server/deps.ts';
import { emailChangeConfirmHandler } from '../../src/server/handlers/self-service.ts';

export default emailChangeConfirmHandler(productionDeps);

export const config: Config = { path: '/api/profil/adresse' };
