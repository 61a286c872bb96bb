/**
 * GET /api/profil/agenda (session cookie): the signed-in ambassador's agenda — requests to answer with their
 * deadline, meetings to come and past ones, closed requests, and the last 30 days' load against the capacity.
 * 401 without a session, 405 for another method.
 */
import type { Config } from '@netlify/functions';
import { productionDeps } from '../../src/server/deps.ts';
import { profileAgendaHandler } from '../../src/server/handlers/self-service.ts';

export default profileAgendaHandler(productionDeps);

export const config: Config = { path: '/api/profil/agenda' };
