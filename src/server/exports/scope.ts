/**
 * How an export is named, in its file name and in the audit trail: the départements it covers
 * (scopeOf), the period, and the referent as a pseudonym.
 */
import { createHash } from 'node:crypto';
import type { Period } from '../../lib/period.ts';
import type { Referent } from '../referents.ts';

/**
 * The referent in the audit trail: a stable pseudonym derived from their address (never the
 * address itself, even a professional one), the same for every export they make.
 */
export function referentPseudonym(referent: Pick<Referent, 'email'>): string {
  return `referent-${createHash('sha256').update(referent.email.trim().toLowerCase()).digest('hex').slice(0, 16)}`;
}

/** The audit event's subject: who exported, which départements, which period. */
export function exportAuditSubject(referent: Referent, scope: readonly string[], period: Period | undefined): string {
  return `${referentPseudonym(referent)} departements=${scope.join(',')} periode=${period?.key ?? 'toutes'}`;
}

/** "demandes-59-62-2025-2026.csv", "ambassadeurs-02-59-60-62-80-toutes-periodes.csv". */
export function exportFilename(what: string, scope: readonly string[], period: Period | undefined): string {
  return `${what}-${scope.join('-')}-${period?.key ?? 'toutes-periodes'}.csv`;
}
