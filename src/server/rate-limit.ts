/**
 * Fixed-window rate limits kept in the database (functions have no shared memory).
 * Buckets are hashed: the table never holds an IP or an email address.
 */
import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
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

/** The hextets of an IPv6 address, "::" expanded; undefined when it is not one. */
function hextets(ip: string): string[] | undefined {
  const [head = '', tail] = ip.toLowerCase().split('::');
  const split = (part: string) => (part === '' ? [] : part.split(':'));
  const left = split(head);
  const right = tail === undefined ? [] : split(tail);
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return groups.length === 8 ? groups.map((g) => g.replace(/^0+(?=.)/, '')) : undefined;
}

/**
 * Who is asking, as far as limits go: an IPv4 address as is; an IPv6 address by its /64, since
 * one household or one server holds a whole /64 and can rotate through it. IPv4-mapped IPv6
 * (::ffff:a.b.c.d) is the IPv4 address. Unknown (local development) is one client.
 */
export function clientKey(ip: string | undefined): string {
  const address = (ip ?? '').trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (isIP(address) === 4) return address;
  if (isIP(address) === 6) {
    const groups = hextets(address.split('%')[0]!);
    return groups ? `${groups.slice(0, 4).join(':')}::/64` : address.toLowerCase();
  }
  return 'inconnue';
}

/**
 * Requests that send something to an address someone types (a sign-in link, a confirmation
 * link). Counting by address alone would let anyone lock the owner out with a few posts, so:
 * - `perAddressAndClient`: one client asking for one address;
 * - `perClient`: one client, whatever the addresses (a bot trying many);
 * - `perAddress`: one address, whoever asks (many clients cannot flood a mailbox).
 */
export interface AddressLimits {
  name: string;
  perAddressAndClient: number;
  perClient: number;
  perAddress: number;
  windowMs: number;
}

/** Where a request stands: within every limit, or over which one. Over `address` only, the owner may be the one asking. */
export type AddressCheck = { ok: true } | { ok: false; over: 'client' | 'address-and-client' | 'address' };

/** Counts one request for `address` from `ip` against the three limits, in the order above; stops at the first exceeded. */
export async function checkAddressRequest(
  db: Queryable,
  clock: Clock,
  limits: AddressLimits,
  { address, ip }: { address: string; ip: string | undefined },
): Promise<AddressCheck> {
  const client = clientKey(ip);
  const email = address.trim().toLowerCase();
  const limit = (suffix: string, max: number): Limit => ({ name: `${limits.name}-${suffix}`, max, windowMs: limits.windowMs });
  if (!(await withinLimit(db, clock, limit('client', limits.perClient), client))) return { ok: false, over: 'client' };
  if (!(await withinLimit(db, clock, limit('address-client', limits.perAddressAndClient), `${email} ${client}`)))
    return { ok: false, over: 'address-and-client' };
  if (!(await withinLimit(db, clock, limit('address', limits.perAddress), email))) return { ok: false, over: 'address' };
  return { ok: true };
}

/** The limits of the link forms (sign-in, « Gérer mon profil », a new confirmation link). */
export const LINK_REQUEST_LIMITS: Omit<AddressLimits, 'name'> = {
  perAddressAndClient: 3,
  perClient: 10,
  perAddress: 10,
  windowMs: 3_600_000,
};
