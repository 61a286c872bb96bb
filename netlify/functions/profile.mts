/**
 * GET /api/profil: the ambassador's space (session cookie). POST (action = modifier | adresse | telephone | pause | reprendre | supprimer):
 * edits the public profile file (content writer), asks for a new e-mail address (a link to it, a notice to the old one),
 * changes the phone, pauses or resumes the profile, or deletes the account and all personal data.
 * 401 without a session, 422 with a message per field, 429 past the address change limits. Mail it queues (the address
 * change's, requesters told of a deletion) is delivered right after the answer.
 */
import type { Config } from '@netlify/functions';
import { productionDeps } from '../../src/server/deps.ts';
import { answerThenDeliver } from '../../src/server/mail/deliver-soon.ts';
import { profileSpaceHandler } from '../../src/server/handlers/self-service.ts';

export default answerThenDeliver(profileSpaceHandler(productionDeps));

export const config: Config = { path: '/api/profil' };
