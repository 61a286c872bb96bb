/**
 * GET /api/profil/attestation (session cookie): the ambassador's attestations of engagement — the period form (school
 * years from the first intervention done, or two dates) and the attestations issued. POST (periode = 2025-2026 | dates,
 * debut, fin): stores a new attestation (its code's SHA-256 and what it states) and answers the printable page, which
 * shows the code once. 401 without a session, 403 from another origin, 422 with a message per field (or no intervention
 * done in the period; nothing written), 429 past 10 an hour.
 */
import type { Config } from '@netlify/functions';
import { productionDeps } from '../../src/server/deps.ts';
import { profileAttestationHandler } from '../../src/server/handlers/attestation.ts';

export default profileAttestationHandler(productionDeps);

export const config: Config = { path: '/api/profil/attestation' };
