/**
 * Attestations of engagement (issue F, part 5, brief F9), issued from « Gérer mon profil »: the
 * interventions an ambassador did in a period, counted as the network's figures count them
 * (src/server/indicators/facts.ts: done, dated by the accepted start, young people reached), with
 * a verification code drawn here. The code is shown once and stored as its SHA-256 (like the
 * links' tokens), next to what the attestation states, for the public verification page.
 * Deleting the account revokes them (`revokeAttestations`, called by the deletion workflow).
 */
import { randomInt } from 'node:crypto';
import { audit } from '../../audit.ts';
import type { Clock } from '../../clock.ts';
import type { Db, Queryable } from '../../db.ts';
import { DONE, FEEDBACK_JOINS, YOUNG_REACHED, within } from '../../indicators/facts.ts';
import { withinLimit, type Limit } from '../../rate-limit.ts';
import { hashToken } from '../../tokens.ts';
import { CODE_ALPHABET, CODE_LENGTH, VERIFICATION_PATH, readAttestationPeriod, schoolYearChoices } from '../../../lib/attestation.ts';
// The shapes the pages read (types only: the views stay free of src/server).
import type { AttestationSheet } from '../../../views/attestation/AttestationPage.tsx';
import type { AttestationFormProps, IssuedAttestation } from '../../../views/attestation/AttestationFormPage.tsx';
import type { InterventionDone } from '../../../views/attestation/parts.ts';

export interface AttestationDeps {
  db: Db;
  clock: Clock;
  settings: { regionName: string; siteName: string };
  siteUrl: string;
}

/** Who the attestation is for: the signed-in ambassador (their name as the account holds it). */
export interface Holder {
  id: string;
  firstName: string;
  lastName: string;
}

/** A fresh code: CODE_LENGTH characters drawn uniformly from CODE_ALPHABET by the system's CSPRNG. */
export function newAttestationCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

interface DoneRow {
  accepted_start: Date;
  intervention: string;
  modality: string;
  public: string;
  level: string | null;
  young: number;
  duration_minutes: number;
}

/** The ambassador's interventions done within [start, end), oldest first. */
export async function interventionsDone(db: Queryable, ambassadorId: string, start: Date, end: Date): Promise<InterventionDone[]> {
  const rows = await db.query<DoneRow>(
    `SELECT r.accepted_start, r.intervention, r.modality, r.public, r.level, r.duration_minutes, ${YOUNG_REACHED}::int AS young
     FROM requests r ${FEEDBACK_JOINS}
     WHERE r.ambassador_id = $1 AND ${DONE} AND ${within('r.accepted_start', 2, 3)}
     ORDER BY r.accepted_start, r.id`,
    [ambassadorId, start, end],
  );
  return rows.map((r) => ({
    at: r.accepted_start,
    intervention: r.intervention,
    modality: r.modality,
    public: r.public,
    level: r.level,
    youngPeople: r.young,
    durationMinutes: r.duration_minutes,
  }));
}

/** What the space's page shows: the school years to choose from (from the first intervention done) and the attestations issued. */
export async function attestationChoices(
  deps: Pick<AttestationDeps, 'db' | 'clock'>,
  ambassadorId: string,
): Promise<Pick<AttestationFormProps, 'schoolYears' | 'issued'>> {
  const [first] = await deps.db.query<{ at: Date | null }>(
    `SELECT min(r.accepted_start) AS at FROM requests r WHERE r.ambassador_id = $1 AND ${DONE}`,
    [ambassadorId],
  );
  const issued = await deps.db.query<{ issued_at: Date; period_label: string; interventions: number; minutes: number }>(
    `SELECT issued_at, period_label, interventions, minutes FROM attestations WHERE ambassador_id = $1 ORDER BY issued_at DESC, id`,
    [ambassadorId],
  );
  const now = deps.clock.now();
  return {
    schoolYears: first?.at ? schoolYearChoices(first.at, now).map((y) => ({ key: y.key, label: y.label })) : [],
    issued: issued.map((a): IssuedAttestation => ({
      issuedAt: a.issued_at,
      periodLabel: a.period_label,
      interventions: a.interventions,
      minutes: a.minutes,
    })),
  };
}

export type IssueResult =
  { ok: true; sheet: AttestationSheet } | { ok: false; errors: Record<string, string> } | { ok: false; tooMany: true };

/** A few a day is plenty (one per school year, one for a file): more is a script filling the table. */
export const ATTESTATIONS_PER_HOUR: Limit = { name: 'attestation-issue', max: 10, windowMs: 3_600_000 };

const NOTHING_DONE = { periode: 'Période : aucune intervention réalisée sur cette période. Choisissez-en une autre.' };

/**
 * Reads the period, lists what was done in it, counts the request against the hourly limit, and
 * stores the attestation with its code's hash. Nothing is written for a wrong period or one without
 * any intervention done.
 */
export async function issueAttestation(deps: AttestationDeps, holder: Holder, input: unknown): Promise<IssueResult> {
  const now = deps.clock.now();
  const read = readAttestationPeriod(input, now);
  if (!read.ok) return read;
  const { period } = read;
  return deps.db.transaction(async (tx) => {
    const interventions = await interventionsDone(tx, holder.id, period.start, period.end);
    if (interventions.length === 0) return { ok: false, errors: NOTHING_DONE };
    if (!(await withinLimit(tx, deps.clock, ATTESTATIONS_PER_HOUR, holder.id))) return { ok: false, tooMany: true };
    const totals = {
      interventions: interventions.length,
      minutes: interventions.reduce((sum, i) => sum + i.durationMinutes, 0),
      youngPeople: interventions.reduce((sum, i) => sum + i.youngPeople, 0),
    };
    const holderName = `${holder.firstName} ${holder.lastName}`;
    const code = await insertWithFreshCode(tx, [
      holder.id,
      holderName,
      period.label,
      period.start,
      period.end,
      totals.interventions,
      totals.minutes,
      totals.youngPeople,
      now,
    ]);
    await audit(tx, now, 'ambassadeur', 'attestation_issued', holder.id);
    return {
      ok: true,
      sheet: {
        code,
        holderName,
        periodLabel: period.label,
        issuedAt: now,
        interventions,
        totals,
        issuer: { regionName: deps.settings.regionName, siteName: deps.settings.siteName },
        verifyUrl: `${deps.siteUrl}${VERIFICATION_PATH}`,
      },
    };
  });
}

/** Draws codes until one is free (two equal codes among 8.5 × 10^11 are unlikely, not impossible). */
async function insertWithFreshCode(tx: Queryable, values: unknown[]): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = newAttestationCode();
    const inserted = await tx.query(
      `INSERT INTO attestations (code_hash, ambassador_id, holder_name, period_label, period_start, period_end, interventions, minutes, young_people, issued_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (code_hash) DO NOTHING RETURNING id`,
      [hashToken(code), ...values],
    );
    if (inserted.length === 1) return code;
  }
  throw new Error('attestation: no free code after 5 draws');
}

/**
 * When the account goes (inside the deletion's transaction, before the ambassador's row): its
 * attestations read « révoquée » from now on and lose the holder's name. Returns how many.
 */
export async function revokeAttestations(tx: Queryable, ambassadorId: string, at: Date): Promise<number> {
  const rows = await tx.query(
    'UPDATE attestations SET revoked_at = $2, holder_name = NULL WHERE ambassador_id = $1 AND revoked_at IS NULL RETURNING id',
    [ambassadorId, at],
  );
  return rows.length;
}
