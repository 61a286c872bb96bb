/**
 * GET /api/profil: the ambassador's space (session cookie). POST (action = modifier | pause | reprendre | supprimer):
 * edits the public profile file (content writer), pauses or resumes it, or deletes the account and all personal data.
 * 401 without a session, 422 with a message per field. Mail it queues (requesters told of a deletion) is delivered right after the answer.
 */
import type { Config } from '@netlify/functions';
import { productionDeps } from '../../src/server/deps.ts';
import { answerThenDeliver } from '../../src/server/mail/deliver-soon.ts';
import { profileSpaceHandler } from '../../src/server/handlers/self-service.ts';

export default answerThenDeliver(profileSpaceHandler(productionDeps));

export const config: Config = { path: '/api/profil' };
