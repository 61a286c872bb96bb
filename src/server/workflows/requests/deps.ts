/**
 * What every request use case receives (database, clock, settings, site address, referents),
 * and the small things they share: the answer of an action and how a form value is read.
 */
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db.ts';
import type { Referent } from '../../referents.ts';
import type { SettingsData } from '../../../lib/schemas.ts';

export interface RequestDeps {
  db: Db;
  clock: Clock;
  settings: SettingsData;
  siteUrl: string;
  referents: readonly Referent[];
}

export const DAY = 86_400_000;

export type ActionResult = { ok: true; done: string } | { ok: false; errors: Record<string, string> } | { ok: false; refused: string };

export const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
