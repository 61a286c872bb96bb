/**
 * Whether an ambassador can be asked now (not paused, under their monthly capacity), and if
 * not, why, with similar ambassadors to ask instead.
 */
import type { Clock } from '../../clock.ts';
import type { Queryable } from '../../db.ts';
import type { Suggestion } from '../../mail/request-templates.ts';
import { loadSince, capacityWindowStart, type AmbassadorRecord } from '../../records/ambassadors.ts';
import type { RequestDeps } from './deps.ts';
import { suggestAmbassadors } from './suggestions.ts';

async function isOverCapacity(db: Queryable, clock: Clock, ambassador: AmbassadorRecord): Promise<boolean> {
  const [row] = await db.query<{ full: boolean }>(
    `SELECT ${loadSince('$2')} >= a.monthly_capacity AS full FROM ambassadors m JOIN applications a ON a.id = m.id WHERE m.id = $1`,
    [ambassador.id, capacityWindowStart(clock)],
  );
  return row?.full ?? false;
}

/** A paused ambassador, or one at capacity, cannot be asked: why, with three similar ones to ask instead. */
export async function whyUnavailable(
  deps: Pick<RequestDeps, 'db' | 'clock' | 'siteUrl'>,
  ambassador: AmbassadorRecord,
  asked: { intervention?: string; requesterDepartment?: string } = {},
): Promise<{ unavailable: 'paused' | 'capacity'; suggestions: (Suggestion & { path: string })[] } | undefined> {
  if (!ambassador.paused && !(await isOverCapacity(deps.db, deps.clock, ambassador))) return undefined;
  const suggestions = await suggestAmbassadors(deps.db, deps.clock, deps.siteUrl, {
    near: ambassador.public,
    exclude: [ambassador.id],
    ...asked,
  });
  return { unavailable: ambassador.paused ? 'paused' : 'capacity', suggestions };
}
