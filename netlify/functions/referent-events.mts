/**
 * GET /api/referents/evenements: the signed-in referent's upcoming events with places for ambassadors (their
 * départements or the whole Région; every event for the coordinator), with the answers of each call so far.
 * 401 without a session, 405 for another method. Writes nothing.
 */
import type { Config } from '@netlify/functions';
import { eventCallDeps } from '../../src/server/deps.ts';
import { eventCallsHandler } from '../../src/server/handlers/event-call.ts';

export default eventCallsHandler(eventCallDeps);

export const config: Config = { path: '/api/referents/evenements' };
