/**
 * The directory as the pages see it: ambassadors checked against the settings, with
 * everything derived once (URL, commune and département names, position).
 * Pure functions over plain data, so the unit tests run them without Astro.
 */
import type { AmbassadorData, SettingsData } from './schemas.ts';
import { findCommune, findDepartment } from './geo.ts';
import { isWithin, parsePoint, type LatLon } from './position.ts';

import { centreLookup, resolveZone, zoneInWords, type EmploymentArea } from './zone.ts';

export interface AmbassadorEntry {
  id: string;
  filePath?: string;
  data: AmbassadorData;
}

export interface Ambassador extends AmbassadorData {
  id: string;
  slug: string;
  /** Département of the home commune, which is also the profile's folder and URL segment. */
  department: string;
  url: string;
  homeCommuneName: string;
  location: LatLon;
  /** The zone of intervention in words (issue 11), e.g. « Dans un rayon de 20 km autour de Arras ». */
  zoneText: string;
  /**
   * Values of the Pagefind `zone` filter: the communes a radius or employment areas cover, or
   * `dep-<code>` for each covered département; a search by commune asks for [code, dep-<its département>].
   */
  zoneFilter: string[];
  /** A person's company (issue 11), once the company confirmed it: its name and page. */
  companyLink?: CompanyLink;
  /** A company's or structure's page (issue 11): its confirmed member ambassadors, by name. */
  members?: MemberLink[];
}

export interface CompanyLink {
  name: string;
  url: string;
}

export interface MemberLink {
  name: string;
  jobTitle: string;
  url: string;
}

export class ContentError extends Error {
  override name = 'ContentError';
}

/** Checks what a single schema cannot see (folder, Région, bounds) and derives the page data. */
export function toAmbassadors(entries: AmbassadorEntry[], settings: SettingsData, areas: readonly EmploymentArea[] = []): Ambassador[] {
  const problems: string[] = [];
  const ambassadors: Ambassador[] = [];
  const regionDepartments = new Set(settings.departments);
  for (const { id, filePath, data } of entries) {
    const file = filePath ?? `src/content/ambassadors/${id}.yaml`;
    const [folder, slug] = id.split('/');
    const commune = findCommune(data.homeCommune);
    const location = parsePoint(data.position);
    const before = problems.length;
    if (!commune || !location || !slug) {
      problems.push(`${file} : commune ou position illisible.`);
      continue;
    }
    if (!regionDepartments.has(commune.department)) {
      problems.push(
        `${file} : la commune ${commune.name} (${commune.code}) n'est pas dans la Région ${settings.regionName}. Choisissez une commune de la Région.`,
      );
    }
    if (folder !== commune.department) {
      problems.push(
        `${file} : le fichier doit être rangé dans le dossier du département de sa commune (${commune.department}/), pas dans ${folder}/.`,
      );
    }
    if (!isWithin(location, settings.mapBounds)) {
      problems.push(
        `${file} : la position (${location.latitude}, ${location.longitude}) est hors de la Région ${settings.regionName}. Replacez le point sur le centre de ${commune.name} avec la carte du CMS.`,
      );
    }
    for (const code of data.departments) {
      if (!regionDepartments.has(code)) {
        problems.push(
          `${file} : le département d'intervention ${code} n'est pas couvert par le réseau (${settings.departments.join(', ')}).`,
        );
      }
    }
    const zone = resolveZone(data, {
      regionDepartments: settings.departments,
      regionName: settings.regionName,
      employmentAreas: areas,
      centreOf: centreLookup({ code: data.homeCommune, position: location }),
    });
    if (!zone.ok && (data.zoneKind ?? 'departments') !== 'departments') {
      problems.push(`${file} : zone d'intervention refusée : ${Object.values(zone.errors).join(' ')}`);
    }
    if (problems.length > before || !zone.ok) continue;
    ambassadors.push({
      ...data,
      departments: zone.coverage.departments,
      zoneText: zoneInWords(data, {
        department: departmentName,
        area: (id) => areas.find((a) => a.id === id)?.name ?? id,
        regionName: settings.regionName,
      }),
      zoneFilter: zone.coverage.communes ?? zone.coverage.departments.map((d) => `dep-${d}`),
      id,
      slug,
      department: commune.department,
      url: `/ambassadeurs/${commune.department}/${slug}/`,
      homeCommuneName: commune.name,
      location,
    });
  }
  problems.push(...linkCompanies(entries, ambassadors));
  if (problems.length > 0) {
    const shown = problems.slice(0, 30).join('\n  - ');
    const more = problems.length > 30 ? `\n  … et ${problems.length - 30} autres problèmes.` : '';
    throw new ContentError(`Profils d'ambassadeurs à corriger :\n  - ${shown}${more}`);
  }
  return ambassadors.sort(byName);
}

/**
 * A person's `company` must name a profile of type « Entreprise ou structure » (issue 11): checked
 * here, where every profile is known, as a single schema cannot. The links are set only once the
 * company confirmed the person (`companyConfirmedAt`), on both pages.
 */
function linkCompanies(entries: AmbassadorEntry[], ambassadors: Ambassador[]): string[] {
  const problems: string[] = [];
  const types = new Map(entries.map((e) => [e.id, e.data.type]));
  const byId = new Map(ambassadors.map((a) => [a.id, a]));
  for (const { id, filePath, data } of entries) {
    if (data.company === undefined) continue;
    const file = filePath ?? `src/content/ambassadors/${id}.yaml`;
    const type = types.get(data.company);
    if (type === undefined) {
      problems.push(
        `${file} : l'entreprise « ${data.company} » est introuvable. Le champ « Entreprise ambassadrice » doit nommer un profil existant de type « Entreprise ou structure » (département/fichier, par exemple 59/acme-logistique), ou rester vide.`,
      );
    } else if (type !== 'company') {
      problems.push(
        `${file} : « ${data.company} » n'est pas un profil « Entreprise ou structure ». Nommez le profil de l'entreprise, ou videz le champ « Entreprise ambassadrice ».`,
      );
    }
  }
  if (problems.length > 0) return problems;
  for (const person of ambassadors) {
    const company = person.company !== undefined && person.companyConfirmedAt !== undefined ? byId.get(person.company) : undefined;
    if (!company) continue;
    person.companyLink = { name: company.displayName, url: company.url };
    (company.members ??= []).push({ name: person.displayName, jobTitle: person.jobTitle, url: person.url });
  }
  for (const company of ambassadors) company.members?.sort(byName);
  return problems;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

function byName(a: { displayName: string } | { name: string }, b: { displayName: string } | { name: string }): number {
  const name = (x: { displayName: string } | { name: string }) => ('displayName' in x ? x.displayName : x.name);
  return collator.compare(name(a), name(b));
}

export function departmentName(code: string): string {
  return findDepartment(code)?.name ?? code;
}

/** A département as forms and pages show it: « Nord (59) ». */
export function departmentLabel(code: string): string {
  return `${departmentName(code)} (${code})`;
}

/** What a news item or an event concerns: one département, or (none given) the whole Région. */
export function territoryLabel(department: string | undefined, regionName: string): string {
  return department === undefined ? `Toute la Région ${regionName}` : departmentLabel(department);
}

/** Choices of a list of départements, each with its label. */
export function departmentChoices(codes: readonly string[]): Record<string, string> {
  return Object.fromEntries(codes.map((code) => [code, departmentLabel(code)]));
}

/** The same, as a list in the settings' order (an object would put "59" before "02"). */
export function departmentOptions(codes: readonly string[]): { value: string; label: string }[] {
  return codes.map((code) => ({ value: code, label: departmentLabel(code) }));
}

export function communeName(code: string): string {
  return findCommune(code)?.name ?? code;
}

/** Figures shown on the home page, computed from the content at build. */
export function networkFigures(ambassadors: Ambassador[]) {
  return {
    ambassadors: ambassadors.length,
    available: ambassadors.filter((a) => a.status === 'published').length,
    jobs: new Set(ambassadors.map((a) => a.jobTitle.toLocaleLowerCase('fr'))).size,
    sectors: new Set(ambassadors.map((a) => a.sector)).size,
    communes: new Set(ambassadors.map((a) => a.homeCommune)).size,
  };
}
