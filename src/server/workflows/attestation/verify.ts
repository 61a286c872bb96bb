/**
 * The public verification of an attestation (issue F, part 5): a code as typed → what the
 * attestation states and whether it is still valid, or nothing. The code is normalised (case,
 * spaces, hyphens), then only its SHA-256 is looked up; a code that cannot be one is not looked
 * up at all. Reads only: the caller counts the attempt against the rate limit first.
 */
import type { Queryable } from '../../db.ts';
import { hashToken } from '../../tokens.ts';
import { normaliseCode } from '../../../lib/attestation.ts';
import type { Verification } from '../../../views/attestation/VerificationPage.tsx';

interface AttestationRow {
  holder_name: string | null;
  period_label: string;
  interventions: number;
  minutes: number;
  young_people: number;
  issued_at: Date;
  revoked_at: Date | null;
}

/** undefined for any code that is not an issued attestation's (wrong, malformed, unknown): the caller answers them alike. */
export async function verifyAttestation(db: Queryable, typed: unknown): Promise<Verification | undefined> {
  const code = normaliseCode(typed);
  if (!code) return undefined;
  const [row] = await db.query<AttestationRow>(
    'SELECT holder_name, period_label, interventions, minutes, young_people, issued_at, revoked_at FROM attestations WHERE code_hash = $1',
    [hashToken(code)],
  );
  if (!row) return undefined;
  if (row.revoked_at || row.holder_name === null) return { revoked: true };
  return {
    revoked: false,
    holderName: row.holder_name,
    periodLabel: row.period_label,
    interventions: row.interventions,
    minutes: row.minutes,
    youngPeople: row.young_people,
    issuedAt: row.issued_at,
  };
}
