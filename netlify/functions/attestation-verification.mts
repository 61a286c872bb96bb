/**
 * GET /attestation/verifier/: the public form to check an attestation of engagement by its code.
 * POST (code, 8 characters, any case, spaces and hyphens ignored): 200 with what the attestation
 * states (holder, period, totals, date of issue) and whether it is still valid, or only that it is
 * revoked (account deleted); 422 with one and the same message for any wrong, malformed or unknown
 * code; 429 past 10 attempts an hour or 30 a day from one connection (every attempt counts); 403
 * from another origin. Writes nothing but the rate-limit counters.
 */
import type { Config } from '@netlify/functions';
import { productionDeps } from '../../src/server/deps.ts';
import { attestationVerificationHandler } from '../../src/server/handlers/attestation.ts';

export default attestationVerificationHandler(productionDeps);

// Without the trailing slash: Netlify's router then answers /attestation/verifier and /attestation/verifier/.
export const config: Config = { path: '/attestation/verifier' };
