/**
 * The employment areas (bassins d'emploi, issue 11) as the functions see them: the CMS files of
 * src/content/employment-areas (bundled with the functions through `included_files`), checked
 * once with the site's own schema, and the zone context built from them and the settings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { employmentAreaSchema } from '../lib/schemas.ts';
import type { LatLon } from '../lib/position.ts';
import { centreLookup, type EmploymentArea, type ZoneContext } from '../lib/zone.ts';

let cached: EmploymentArea[] | undefined;

export function loadEmploymentAreas(dir = join(process.cwd(), 'src/content/employment-areas')): EmploymentArea[] {
  cached ??= readEmploymentAreas(dir);
  return cached;
}

/** Every area of `dir`, by name (no cache: tests give their own folder). */
export function readEmploymentAreas(dir: string): EmploymentArea[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...employmentAreaSchema.parse(parse(readFileSync(join(dir, f), 'utf8'))) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

/** The areas as form options (value: file name, label: name). */
export const employmentAreaOptions = (areas: readonly EmploymentArea[] = loadEmploymentAreas()) =>
  areas.map((a) => ({ value: a.id, label: a.name }));

/** What resolving a zone needs; `home` is the profile's commune with its stored centre (from the Geo API at signup). */
export function zoneContext(
  settings: { departments: readonly string[]; regionName: string },
  home?: { code: string; position: LatLon | undefined },
  areas: readonly EmploymentArea[] = loadEmploymentAreas(),
): ZoneContext {
  return { regionDepartments: settings.departments, regionName: settings.regionName, employmentAreas: areas, centreOf: centreLookup(home) };
}
