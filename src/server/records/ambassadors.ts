/**
 * Ambassadors as the request workflows read them (private address and capacity with the public
 * snapshot), and the SQL that counts a month's load against the capacity.
 */
import type { Clock } from '../clock.ts';
import type { Queryable } from '../db.ts';
import type { PublicSnapshot } from '../directory-snapshot.ts';
import { schoolYearOf } from '../../lib/period.ts';

const DAY = 86_400_000;
/** Capacity is counted over a sliding month. */
export const CAPACITY_WINDOW_DAYS = 30;

export interface AmbassadorRecord {
  id: string;
  email: string;
  department: string;
  slug: string;
  paused: boolean;
  monthlyCapacity: number;
  public: PublicSnapshot;
}

export const AMBASSADOR_SQL = `SELECT m.id, a.email, m.department, m.slug, m.paused, a.monthly_capacity, m.public FROM ambassadors m JOIN applications a ON a.id = m.id`;
export type AmbassadorRow = {
  id: string;
  email: string;
  department: string;
  slug: string;
  paused: boolean;
  monthly_capacity: number;
  public: PublicSnapshot;
};
export const toAmbassador = (r: AmbassadorRow): AmbassadorRecord => ({
  id: r.id,
  email: r.email,
  department: r.department,
  slug: r.slug,
  paused: r.paused,
  monthlyCapacity: r.monthly_capacity,
  public: r.public,
});

export async function ambassadorByPath(db: Queryable, path: string): Promise<AmbassadorRecord | undefined> {
  const [department, slug] = path.split('/');
  const [row] = await db.query<AmbassadorRow>(`${AMBASSADOR_SQL} WHERE m.department = $1 AND m.slug = $2`, [department, slug]);
  return row && toAmbassador(row);
}

export async function ambassadorById(db: Queryable, id: string): Promise<AmbassadorRecord | undefined> {
  const [row] = await db.query<AmbassadorRow>(`${AMBASSADOR_SQL} WHERE m.id = $1`, [id]);
  return row && toAmbassador(row);
}

/** SQL: how many requests count against ambassador `m`'s monthly capacity, since the instant in parameter `since`. */
export const loadSince = (since: string) =>
  `(SELECT count(*) FROM requests r WHERE r.ambassador_id = m.id AND r.status IN ('sent', 'accepted', 'done') AND r.sent_at > ${since})`;
/**
 * SQL: ambassador `m` has not reached the yearly volume of their public profile (issue 11): requests
 * accepted or done, accepted since the school year's start in parameter `yearStart`. No volume stated, no limit.
 */
export const underYearlyVolume = (yearStart: string) =>
  `((m.public->>'yearlyInterventions') IS NULL OR (SELECT count(*) FROM requests r WHERE r.ambassador_id = m.id AND r.status IN ('accepted', 'done') AND r.answered_at >= ${yearStart}) < (m.public->>'yearlyInterventions')::int)`;
/** The start of the school year the clock is in (1 September, Paris), where the yearly volume is counted from. */
export const yearlyVolumeStart = (clock: Clock) => schoolYearOf(clock.now()).start;
export const capacityWindowStart = (clock: Clock) => new Date(clock.now().getTime() - CAPACITY_WINDOW_DAYS * DAY);

/** The ambassador acted (signed in, answered a request): the inactivity clock of the retention job starts again. */
export async function markAmbassadorActive(tx: Queryable, id: string, at: Date): Promise<void> {
  await tx.query('UPDATE ambassadors SET last_active_at = $2 WHERE id = $1', [id, at]);
}
