/**
 * GET /api/referents/messages: « Écrire aux ambassadeurs », the signed-in referent's form and latest messages.
 * POST (from the site only) etape=apercu | modifier | envoyer, with subject, body, departments[],
 * sectors[], types[], neverSolicited, and for envoyer the number of recipients previewed:
 * the preview (200), the form again (200), or the message queued to the recipients in batches of
 * 100 (303 back to the form, then delivered at once). Recipients are cut to the referent's
 * départements (the coordinator's: the whole Région). 401 without a session, 403 from another
 * origin, 400 for an unknown step, 422 for a wrong field or no recipient, 409 when the number of
 * recipients changed since the preview, 429 after the day's message; nothing is written then.
 */
import type { Config } from '@netlify/functions';
import { referentDeps } from '../../src/server/deps.ts';
import { referentMessagesHandler } from '../../src/server/handlers/animation.ts';
import { answerThenDeliver } from '../../src/server/mail/deliver-soon.ts';

export default answerThenDeliver(referentMessagesHandler(referentDeps));

export const config: Config = { path: '/api/referents/messages' };
