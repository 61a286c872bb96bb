/**
 * GET /api/inscription/confirmer?jeton=…: page with a button (mail scanners follow GET links).
 * POST (jeton): confirms the address once; an expired or used link explains what happened
 * and offers a new one.
 */
import type { Config } from '@netlify/functions';
import { productionDeps } from '../../src/server/deps.ts';
import { confirmApplicationHandler } from '../../src/server/handlers/signup.ts';

export default confirmApplicationHandler(productionDeps);

export const config: Config = { path: '/api/inscription/confirmer' };
