/**
 * GET /api/profil: the ambassador's space (session cookie). POST (action = modifier | pause | reprendre | supprimer):
 * edits the public profile file (content writer), pauses or resumes it, or deletes the account and all personal data.
 * 401 without a session, 422 with a message per field.
 */
import type { Config } from '@netlify/functions';
import { productionDeps } from '../../src/server/deps.ts';
import { profileSpaceHandler } from '../../src/server/handlers/self-service.ts';

export default profileSpaceHandler(productionDeps);

export const config: Config = { path: '/api/profil' };
