/**
 * Whether an ambassador can be asked now (not paused, under their monthly capacity and under the
 * yearly volume they offer), and if not, why, with similar ambassadors to ask instead.
 */
import type { Clock } from '../../clock.ts';
import type { Queryable } from '../../db.ts';
import type { Suggestion } from '../../mail/request-templates.ts';
import { loadSince, capacityWindowStart, underYearlyVolume, yearlyVolumeStart, type AmbassadorRecord } from '../../records/ambassadors.ts';
import type { RequestDeps } from './deps.ts';
import { suggestAmbassadors } from './suggestions.ts';

async function fullness(db: Queryable, clock: Clock, ambassador: AmbassadorRecord): Promise<'capacity' | 'yearly' | undefined> {
  const [row] = await db.query<{ full: boolean; year_full: boolean }>(
    `SELECT ${loadSince('$2')} >= a.monthly_capacity AS full, NOT ${underYearlyVolume('$3')} AS year_full
       FROM ambassadors m JOIN applications a ON a.id = m.id WHERE m.id = $1`,
    [ambassador.id, capacityWindowStart(clock), yearlyVolumeStart(clock)],
  );
  return row?.year_full ? 'yearly' : row?.full ? 'capacity' : undefined;
}

export type UnavailableReason = 'paused' | 'capacity' | 'yearly';

/** A paused ambassador, one at capacity or at their yearly volume, cannot be asked: why, with three similar ones to ask instead. */
export async function whyUnavailable(
  deps: Pick<RequestDeps, 'db' | 'clock' | 'siteUrl'>,
  ambassador: AmbassadorRecord,
  asked: { intervention?: string; requesterDepartment?: string; requesterCommune?: string | undefined } = {},
): Promise<{ unavailable: UnavailableReason; suggestions: (Suggestion & { path: string })[] } | undefined> {
  const full = ambassador.paused ? undefined : await fullness(deps.db, deps.clock, ambassador);
  if (!ambassador.paused && !full) return undefined;
  const suggestions = await suggestAmbassadors(deps.db, deps.clock, deps.siteUrl, {
    near: ambassador.public,
    exclude: [ambassador.id],
    ...asked,
  });
  return { unavailable: ambassador.paused ? 'paused' : full!, suggestions };
}
