/**
 * Fictional ambassador profiles for the demo network and for scale tests, built from the
 * hand-written catalogue with a seeded generator: the same seed gives the same files.
 * Every profile is validated with the real schema before it is returned.
 */
import { ambassadorSchema, type AmbassadorData } from '../schemas.ts';
import { communesOfDepartments, findCommune } from '../geo.ts';
import { formatPoint, type Bounds } from '../position.ts';
import { seededRandom, type Random } from '../random.ts';
import { slugify } from '../slug.ts';
import { THEMES, codesOf, type Modality } from '../vocabularies.ts';
import { CATALOGUE, type CatalogueEntry } from './catalogue.ts';
import { isValidSiret } from '../fields.ts';
import type { CompanyEntry } from './companies.ts';
import { DEMO_COMMUNES } from './communes.ts';
import { FEMININE_NAMES, INITIALS, MASCULINE_NAMES } from './names.ts';
import { centreLookup, covers, resolveZone, zoneProfileFields, type EmploymentArea } from '../zone.ts';

export interface GeneratedProfile {
  /** Path below the ambassadors folder: `<département>/<slug>.yaml`. */
  path: string;
  data: AmbassadorData;
}

interface PlacedCommune {
  code: string;
  department: string;
  latitude: number;
  longitude: number;
}

export interface GenerateOptions {
  count: number;
  seed: number;
  /** `curated`: only the hand-placed demo communes. `synthetic`: any commune of the Région (scale tests). */
  communes: 'curated' | 'synthetic';
  departments: readonly string[];
  bounds: Bounds;
  /** Profiles are dated before this day. */
  today: Date;
  /**
   * Issue 11, curated network only: every tenth profile states a radius around its home commune,
   * and every tenth another an employment area holding it (without a random draw: the other files stay the same).
   */
  zones?: { regionName: string; employmentAreas: readonly EmploymentArea[] };
  /**
   * Issue 11, curated network only: the companies and structures of the catalogue, added after
   * the people (so their files stay the same), and some people of their département and sector
   * naming them, most confirmed by the company.
   */
  companies?: readonly CompanyEntry[];
}

export function generateProfiles(options: GenerateOptions): GeneratedProfile[] {
  const random = seededRandom(options.seed);
  // A stream of its own for what issue 11 added, so that every earlier field draws as before.
  const extra = seededRandom(options.seed ^ 0x11);
  const places = options.communes === 'curated' ? curatedPlaces() : syntheticPlaces(options.departments, options.bounds);
  const usedPaths = new Set<string>();
  const profiles: GeneratedProfile[] = [];
  for (let i = 0; i < options.count; i++) {
    // Walk the catalogue in order first so that every type and sector is present.
    const entry = i < CATALOGUE.length ? CATALOGUE[i]! : random.pick(CATALOGUE);
    const home = random.pick(places);
    const data = { ...profileFor(entry, home, places, random, options.today), ...commitmentFor(extra) };
    const base = `${home.department}/${slugify(`${data.displayName} ${data.jobTitle}`)}`;
    let path = `${base}.yaml`;
    for (let n = 2; usedPaths.has(path); n++) path = `${base}-${n}.yaml`;
    usedPaths.add(path);
    profiles.push({ path, data: ambassadorSchema.parse(options.zones ? withZone(data, i, options) : data) });
  }
  if (options.companies) addCompanies(profiles, options.companies, seededRandom(options.seed ^ 0x11c), options.today);
  return profiles;
}

/** Thirteen digits completed with the key that makes them a valid SIRET (demo numbers, never looked up). */
export function withSiretKey(thirteen: string): string {
  for (let key = 0; key <= 9; key++) if (isValidSiret(`${thirteen}${key}`)) return `${thirteen}${key}`;
  throw new Error(`Pas de clé SIRET pour ${thirteen}`);
}

/** Members per company in the demo: the first ones confirmed by the company, the last still waiting. */
const MEMBERS_PER_COMPANY = 3;
const CONFIRMED_PER_COMPANY = 2;

function addCompanies(profiles: GeneratedProfile[], companies: readonly CompanyEntry[], random: Random, today: Date): void {
  const taken = new Set<string>();
  for (const company of companies) {
    const commune = DEMO_COMMUNES.find((c) => c.code === company.homeCommune);
    if (!commune || findCommune(commune.code)?.department !== company.department)
      throw new Error(
        `Entreprise de démonstration ${company.displayName} : commune ${company.homeCommune} hors des communes du ${company.department}.`,
      );
    const created = new Date(today.getTime() - (60 + random.int(600)) * 86_400_000);
    const updated = new Date(Math.min(today.getTime() - 86_400_000, created.getTime() + random.int(300) * 86_400_000));
    const id = `${company.department}/${slugify(company.displayName)}`;
    const data: AmbassadorData = ambassadorSchema.parse({
      type: 'company',
      displayName: company.displayName,
      jobTitle: company.jobTitle,
      sector: company.sector,
      siret: withSiretKey(company.siretBase),
      sizeBand: company.sizeBand,
      presentation: company.presentation,
      careerPath: company.careerPath,
      interventions: company.interventions,
      publics: company.publics,
      modalities: company.interventions.includes('remote_exchange') ? ['in_person', 'remote'] : ['in_person'],
      departments: [company.department],
      homeCommune: commune.code,
      position: formatPoint(commune),
      status: 'published',
      createdAt: created,
      updatedAt: updated,
    });
    profiles.push({ path: `${id}.yaml`, data });
    // People of the same département working in the company's sector, not already named by another company.
    const members = profiles
      .filter(
        (p) =>
          (p.data.type === 'professional' || p.data.type === 'student_apprentice') &&
          p.path.startsWith(`${company.department}/`) &&
          p.data.sector === company.sector &&
          !taken.has(p.path),
      )
      .slice(0, MEMBERS_PER_COMPANY);
    members.forEach((member, rank) => {
      taken.add(member.path);
      const confirmed = rank < CONFIRMED_PER_COMPANY;
      member.data = ambassadorSchema.parse({
        ...member.data,
        organisation: company.displayName,
        company: id,
        ...(confirmed ? { companyConfirmedAt: new Date(Math.max(member.data.createdAt.getTime(), created.getTime()) + 86_400_000) } : {}),
      });
    });
  }
}

function withZone(data: AmbassadorData, i: number, options: GenerateOptions): AmbassadorData {
  const { regionName, employmentAreas } = options.zones!;
  const area = employmentAreas.find((a) => a.communes.includes(data.homeCommune));
  const zone =
    i % 10 === 3
      ? { zoneKind: 'commune_radius' as const, departments: [], zoneCommune: data.homeCommune, zoneRadiusKm: 15 + (i % 4) * 10 }
      : i % 10 === 7 && area
        ? { zoneKind: 'employment_areas' as const, departments: [], employmentAreas: [area.id] }
        : undefined;
  if (!zone) return data;
  const ctx = { regionDepartments: options.departments, regionName, employmentAreas, centreOf: centreLookup() };
  const resolved = resolveZone(zone, ctx);
  if (!resolved.ok) throw new Error(`Zone de démonstration refusée : ${Object.values(resolved.errors).join(' ')}`);
  const covered = data.communes?.filter((c) => covers(resolved.coverage, c));
  return { ...data, communes: covered?.length ? covered : undefined, ...zoneProfileFields(zone, resolved.coverage) };
}

/** Some ambassadors speak of a transversal theme, some state a yearly commitment (issue 11). */
function commitmentFor(random: Random): Pick<AmbassadorData, 'themes' | 'yearlyInterventions' | 'schoolPeriodsOnly'> {
  const themes = random.chance(0.25) ? random.subset(codesOf(THEMES), 0.3) : undefined;
  const yearly = random.chance(0.4) ? 3 + random.int(10) : undefined;
  const schoolPeriodsOnly = random.chance(0.3) ? true : undefined;
  return {
    ...(themes ? { themes } : {}),
    ...(yearly !== undefined ? { yearlyInterventions: yearly } : {}),
    ...(schoolPeriodsOnly ? { schoolPeriodsOnly } : {}),
  };
}

function profileFor(entry: CatalogueEntry, home: PlacedCommune, places: PlacedCommune[], random: Random, today: Date): AmbassadorData {
  const interventions = random.subset(entry.interventions, 0.75);
  const modalities: Modality[] = interventions.every((i) => i === 'remote_exchange')
    ? ['remote']
    : interventions.includes('remote_exchange') || random.chance(0.3)
      ? ['in_person', 'remote']
      : ['in_person'];
  const neighbours = places.filter((p) => p.department === home.department && p.code !== home.code);
  const otherCommunes = random.chance(0.4) && neighbours.length > 0 ? [random.pick(neighbours).code] : [];
  const departments = [home.department];
  if (random.chance(0.2)) {
    const other = random.pick(places).department;
    if (other !== home.department) departments.push(other);
  }
  const created = new Date(today.getTime() - (30 + random.int(700)) * 86_400_000);
  const updated = new Date(Math.min(today.getTime() - 86_400_000, created.getTime() + random.int(400) * 86_400_000));
  const names =
    entry.voice === 'f' ? FEMININE_NAMES : entry.voice === 'm' ? MASCULINE_NAMES : random.pick([FEMININE_NAMES, MASCULINE_NAMES]);
  const displayName =
    entry.type === 'training_organisation' ? random.pick(entry.organisations) : `${random.pick(names)} ${random.pick(INITIALS)}.`;
  const withOrganisation = entry.type !== 'training_organisation' && random.chance(0.6);
  return {
    type: entry.type,
    displayName,
    jobTitle: entry.jobTitle,
    sector: entry.sector,
    ...(withOrganisation ? { organisation: random.pick(entry.organisations) } : {}),
    presentation: random.pick(entry.presentations),
    careerPath: random.pick(entry.careerPaths),
    interventions,
    publics: random.subset(entry.publics, 0.8),
    modalities,
    departments,
    ...(otherCommunes.length > 0 ? { communes: [home.code, ...otherCommunes] } : {}),
    homeCommune: home.code,
    position: formatPoint(home),
    status: random.chance(0.08) ? 'paused' : 'published',
    createdAt: created,
    updatedAt: updated,
  };
}

function curatedPlaces(): PlacedCommune[] {
  return DEMO_COMMUNES.map((c) => ({ ...c, department: findCommune(c.code)!.department }));
}

/**
 * Scale tests need thousands of distinct points, but no commune centres ship offline:
 * each commune gets a stable pseudo-random point inside the Région's bounds, derived
 * from its code. Such profiles are for measurements only, never for publication.
 */
function syntheticPlaces(departments: readonly string[], bounds: Bounds): PlacedCommune[] {
  return communesOfDepartments(departments).map((c) => {
    const r = seededRandom(Number.parseInt(c.code.replace(/\D/g, ''), 10));
    return {
      code: c.code,
      department: c.department,
      latitude: bounds.south + r.next() * (bounds.north - bounds.south),
      longitude: bounds.west + r.next() * (bounds.east - bounds.west),
    };
  });
}
