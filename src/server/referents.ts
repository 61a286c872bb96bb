/**
 * The regional team, as the functions see it: the referents content files (bundled with the
 * functions through `included_files`). Role and territory come from there, nowhere else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { referentSchema } from '../lib/schemas.ts';

export type Referent = z.output<typeof referentSchema>;

let cached: Referent[] | undefined;

export function loadReferents(dir = join(process.cwd(), 'src/content/referents')): Referent[] {
  cached ??= readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => referentSchema.parse(parse(readFileSync(join(dir, f), 'utf8'))));
  return cached;
}

export function findReferent(referents: readonly Referent[], email: string): Referent | undefined {
  const wanted = email.trim().toLowerCase();
  return referents.find((r) => r.email.toLowerCase() === wanted);
}
