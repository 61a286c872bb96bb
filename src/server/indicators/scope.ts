/**
 * What a referent's figures cover: the regional coordinator sees every département of the Région
 * (settings.departments) and its whole figures; a referent sees their own départements. Territory
 * is the intervention's département for requests and the home département for ambassadors
 * (../shared/design/indicators.md). The other spaces keep their own rule for now: reviews go by the
 * application's home commune, the territory's requests and reassignments by the ambassador's home.
 */
import type { Referent } from '../referents.ts';
import type { SettingsData } from '../../lib/schemas.ts';

export interface Scope {
  departments: readonly string[];
}

export function scopeOf(referent: Pick<Referent, 'departments' | 'coordinator'>, settings: Pick<SettingsData, 'departments'>): Scope {
  return { departments: referent.coordinator ? settings.departments : referent.departments };
}
