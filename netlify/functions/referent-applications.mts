/**
 * GET /api/referents/candidatures: the confirmed applications of the signed-in referent's départements, oldest first; 401 without a session.
 */
import type { Config } from '@netlify/functions';
import { referentDeps } from '../../src/server/deps.ts';
import { applicationsHandler } from '../../src/server/handlers/referents.ts';

export default applicationsHandler(referentDeps);

export const config: Config = { path: '/api/referents/candidatures' };
