/**
 * The mini-stage offers as the functions see them (issue 11, part 5): the offer files
 * (src/content/offers/<id>.yaml, bundled with the functions through `included_files`), read and
 * checked once with the site's own schema. An application is open only for an offer that exists
 * and has not expired (its last period not over): any other id answers like an unknown page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { isExpired, offerSchema, type OfferData } from '../lib/offers.ts';
import { toParisDateTime } from '../lib/paris-time.ts';
import type { Clock } from './clock.ts';

export interface Offer extends OfferData {
  /** The file's name without `.yaml` (with its folder, if the offers are foldered). */
  id: string;
}

/** What an offer id looks like in an address: a slug, possibly after a département folder. */
export const OFFER_ID = /^(?:(?:\d{2}|2A|2B|97\d)\/)?[a-z0-9-]{1,120}$/;

/** Where an offer's file lives, relative to the repository (the content writer's paths). */
export const offerPath = (id: string) => `src/content/offers/${id}.yaml`;

let cached: Offer[] | undefined;

export function loadOffers(dir = join(process.cwd(), 'src/content/offers')): Offer[] {
  cached ??= readOffers(dir);
  return cached;
}

/** Reads every offer file of `dir` and its folders (no cache: tests give their own folder); none when the folder is missing. */
export function readOffers(dir: string): Offer[] {
  let files: string[];
  try {
    files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return [];
    throw error;
  }
  return files.sort().map((f) => ({
    id: relative(dir, join(dir, f))
      .replace(/\\/g, '/')
      .replace(/\.yaml$/, ''),
    ...offerSchema.parse(parse(readFileSync(join(dir, f), 'utf8'))),
  }));
}

/** Today in Paris, "AAAA-MM-JJ": the day offers expire and stages start by. */
export const parisToday = (clock: Clock) => toParisDateTime(clock.now()).slice(0, 10);

/** The offer `id` names, if it exists and is still open on the clock's day. */
export function openOffer(offers: readonly Offer[], id: string, clock: Clock): Offer | undefined {
  if (!OFFER_ID.test(id)) return undefined;
  const offer = offers.find((o) => o.id === id);
  return offer && !isExpired(offer, parisToday(clock)) ? offer : undefined;
}
