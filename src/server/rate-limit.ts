/**
 * Fixed-window rate limits kept in the database (functions have no shared memory).
 * Buckets are hashed: the table never holds an IP or an email address.
 */
import { createHash } from 'node:crypto';
import type { Clock } from './clock.ts';
import type { Queryable } from './db.ts';

export interface Limit {
  name: string;
  max: number;
  windowMs: number;
}

/** No limit counts over a longer window: the daily purge erases windows older than this. */
export const LONGEST_WINDOW_MS = 86_400_000;

/** Counts one hit; true while the caller stays within the limit. */
export async function withinLimit(db: Queryable, clock: Clock, limit: Limit, key: string): Promise<boolean> {
  if (limit.windowMs > LONGEST_WINDOW_MS) throw new RangeError(`${limit.name}: window longer than LONGEST_WINDOW_MS`);
  const now = clock.now().getTime();
  const windowStart = new Date(now - (now % limit.windowMs));
  const bucket = `${limit.name}:${createHash('sha256').update(key.toLowerCase()).digest('hex').slice(0, 32)}`;
  const [row] = await db.query<{ hits: number }>(
    `INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1)
     ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limits.hits + 1 RETURNING hits`,
    [bucket, windowStart],
  );
  return row!.hits <= limit.max;
}
