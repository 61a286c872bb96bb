/**
 * GET ?jeton=…: the relayed thread for the side the link belongs to. POST (jeton, action = message
 */
import type { Config } from '@netlify/functions';
import { referentDeps } from '../../src/server/deps.ts';
import { threadHandler } from '../../src/server/handlers/requests.ts';

export default threadHandler(referentDeps);

export const config: Config = { path: '/api/demandes/fil' };
