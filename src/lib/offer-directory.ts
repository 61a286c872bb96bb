/**
 * Mini-stage offers as the pages see them (issue 11, part 5): offers checked against the settings
 * and the profiles (the company must be a published profile of type « Entreprise ou structure »),
 * expired ones left out, everything the list, the offer pages, the company's page and the map need
 * derived once. Pure functions over plain data, so the unit tests run them without Astro.
 *
 * An offer is placed at its commune's centre, never at an address: the company's stored position
 * when the offer is in the company's own commune (the Geo API's centre, stored at signup), else
 * the shipped fixture of the demo communes' centres (src/content/reference); an offer whose
 * commune has no known centre is listed but left off the map.
 */
import { ContentError, departmentName, type Ambassador } from './directory.ts';
import { findCommune } from './geo.ts';
import { isExpired, parseDay, type OfferData } from './offers.ts';
import type { LatLon } from './position.ts';
import { stringify } from 'yaml';
import {
  OFFERS_BUNDLE,
  OFFERS_PATH,
  OFFER_APPLY_PATH,
  OFFER_COMMUNE_FILTER,
  OFFER_FACETS,
  OFFER_KIND_FILTER,
  OFFER_PAGE_SIZE,
  applyUrl,
} from './offer-paths.ts';
import type { SettingsData } from './schemas.ts';
import { fixtureCentre } from './zone.ts';
import type { AgreementIssuer, OfferPublic, Sector } from './vocabularies.ts';

export { OFFERS_PATH, OFFER_APPLY_PATH, OFFER_PAGE_SIZE, OFFER_FACETS, OFFER_KIND_FILTER, OFFER_COMMUNE_FILTER, OFFERS_BUNDLE, applyUrl };

export interface OfferEntry {
  id: string;
  filePath?: string;
  data: OfferData;
}

export interface OfferPeriod {
  start: string;
  end: string;
}

export interface Offer {
  id: string;
  url: string;
  applyUrl: string;
  title: string;
  company: { id: string; name: string; url: string };
  jobTitle: string;
  sector: Sector;
  durationDays: number;
  /** Periods not yet over, in order. */
  periods: OfferPeriod[];
  places: number;
  publics: OfferPublic[];
  commune: string;
  communeName: string;
  department: string;
  agreements: AgreementIssuer[];
  conditions: string | undefined;
  paragraphs: string[];
  /** The commune's centre, when known (see the module comment). */
  location: LatLon | undefined;
}

/**
 * Decap writes a period's day unquoted (`start: 2027-02-08`) and Astro's YAML reader (js-yaml)
 * reads such a value as a Date at UTC midnight: the collection turns it back into the day the
 * editor picked before the schema checks it. Anything else is left for the schema to judge.
 */
export function daysAsText(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !Array.isArray((value as { periods?: unknown }).periods)) return value;
  const day = (v: unknown) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v);
  const periods = (value as { periods: unknown[] }).periods.map((p) =>
    typeof p === 'object' && p !== null
      ? { ...p, start: day((p as { start?: unknown }).start), end: day((p as { end?: unknown }).end) }
      : p,
  );
  return { ...value, periods };
}

/** An offer's file as the generator writes it (days quoted, so that any YAML reader keeps them as text). */
export function offerYaml(data: OfferData): string {
  return stringify(data, { lineWidth: 0 }).replace(/^(\s*(?:- )?(?:start|end)): (\d{4}-\d{2}-\d{2})$/gm, '$1: "$2"');
}

/** File names that would take the address of a list page (/stages/page/2/). */
const RESERVED_IDS = new Set(['page']);

/** The calendar day of an instant in Paris, "AAAA-MM-JJ": what « today » means for the offers of a build. */
export function parisDay(instant: Date): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(instant)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day}`;
}

/**
 * Leaves out the offers expired on `today` (their files stay valid content, but nothing is built
 * from them and nothing else is checked), checks the others and sorts them by their next period.
 */
export function toOffers(
  entries: readonly OfferEntry[],
  settings: SettingsData,
  ambassadors: readonly Ambassador[],
  today: string,
): Offer[] {
  const covered = new Set(settings.departments);
  const byId = new Map(ambassadors.map((a) => [a.id, a]));
  const problems: string[] = [];
  const offers: Offer[] = [];
  for (const { id, filePath, data } of entries) {
    if (isExpired(data, today)) continue;
    const file = filePath ?? `src/content/offers/${id}.yaml`;
    const before = problems.length;
    if (RESERVED_IDS.has(id)) problems.push(`${file} : « ${id} » est une adresse réservée de la liste des stages ; renommez le fichier.`);
    const company = byId.get(data.company);
    if (!company) {
      problems.push(
        `${file} : l’entreprise « ${data.company} » n’a pas de profil publié ; indiquez l’identifiant département/profil d’un profil « Entreprise ou structure » (si l’entreprise a supprimé son compte, supprimez cette offre).`,
      );
    } else if (company.type !== 'company') {
      problems.push(
        `${file} : « ${data.company} » (${company.displayName}) n’est pas un profil « Entreprise ou structure » ; une offre de mini-stage est publiée par une entreprise ou une structure.`,
      );
    }
    const commune = findCommune(data.commune);
    if (!commune) problems.push(`${file} : la commune ${data.commune} est inconnue (code INSEE attendu, pas le code postal).`);
    else if (!covered.has(commune.department)) {
      problems.push(`${file} : la commune ${commune.name} (${commune.code}) n’est pas dans la Région ${settings.regionName}.`);
    }
    if (problems.length > before || !company || !commune) continue;
    offers.push({
      id,
      url: `${OFFERS_PATH}${id}/`,
      applyUrl: applyUrl(id),
      title: data.title,
      company: { id: company.id, name: company.displayName, url: company.url },
      jobTitle: data.jobTitle,
      sector: data.sector,
      durationDays: data.durationDays,
      periods: data.periods.filter((p) => p.end >= today).sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end)),
      places: data.places,
      publics: data.publics,
      commune: commune.code,
      communeName: commune.name,
      department: commune.department,
      agreements: data.agreements,
      conditions: data.conditions,
      paragraphs: data.description
        .split(/\n\s*\n/)
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .filter((p) => p !== ''),
      location: commune.code === company.homeCommune ? company.location : fixtureCentre(commune.code),
    });
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 30).join('\n  - ');
    const more = problems.length > 30 ? `\n  … et ${problems.length - 30} autres problèmes.` : '';
    throw new ContentError(`Offres de mini-stage à corriger :\n  - ${shown}${more}`);
  }
  return offers.sort((a, b) => a.periods[0]!.start.localeCompare(b.periods[0]!.start) || a.id.localeCompare(b.id));
}

/** The current offers of one company, for its profile page. */
export function offersOfCompany(offers: readonly Offer[], companyId: string): Offer[] {
  return offers.filter((o) => o.company.id === companyId);
}

const dayFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const dayNoYear = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });

/** « lundi 8 février 2027 » */
export function formatDay(day: string): string {
  return dayFormat.format(parseDay(day)!);
}

/** The two ends of a period in words: « lundi 8 février », « vendredi 12 février 2027 » (the year once when both share it). */
export function periodWords({ start, end }: OfferPeriod): { start: string; end: string } {
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  return { start: (sameYear ? dayNoYear : dayFormat).format(parseDay(start)!), end: formatDay(end) };
}

/** « du lundi 8 février au vendredi 12 février 2027 » */
export function formatPeriod(period: OfferPeriod): string {
  const words = periodWords(period);
  return `du ${words.start} au ${words.end}`;
}

/** « 3 jours » */
export const durationLabel = (days: number) => `${days} jours`;

/** « 2 places », « 1 place » */
export const placesLabel = (places: number) => `${places} place${places > 1 ? 's' : ''}`;

/** The commune in one line, never an address: « Amiens (Somme) ». */
export const offerPlace = (offer: Pick<Offer, 'communeName' | 'department'>) =>
  `${offer.communeName} (${departmentName(offer.department)})`;
