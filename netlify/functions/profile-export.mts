/**
 * GET /api/profil/donnees: everything the platform holds about the signed-in ambassador, as a JSON download.
 */
import type { Config } from '@netlify/functions';
import { productionDeps } from '../../src/server/deps.ts';
import { profileExportHandler } from '../../src/server/handlers/self-service.ts';

export default profileExportHandler(productionDeps);

export const config: Config = { path: '/api/profil/donnees' };
