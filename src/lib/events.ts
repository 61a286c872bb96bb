/**
 * Events of the network's agenda (issue 10: forums, salons, webinaires, journées découverte, job
 * datings): the schema of an event, one YAML file `src/content/events/<slug>.yaml`, and what the
 * agenda, the event pages and the calendar files derive from it. Messages are in French: they reach editors.
 *
 * `confirmedAmbassadors` is written by the call for ambassadors (through the content writer, like
 * profiles): the ids `<département>/<slug>` of the ambassadors confirmed for the event, in the order
 * they were confirmed. The event page links each to its public profile; an id whose profile no
 * longer exists (account deleted) is left out of the page, not an error.
 */
import { z } from 'astro/zod';
import { ContentError, territoryLabel, type Ambassador } from './directory.ts';
import { EMAIL_PATTERN, PHONE_PATTERN, knownFields, oneOf, someOf } from './fields.ts';
import { findCommune } from './geo.ts';
import { LOCAL_DATE_TIME, formatParis, formatParisDay, parseParisDateTime } from './paris-time.ts';
import { communeCode, departmentCode, type SettingsData } from './schemas.ts';
import { EVENT_TYPES, PUBLICS, type EventType, type Public } from './vocabularies.ts';

export const AGENDA_PATH = '/agenda/';
export const PAST_EVENTS_PATH = '/agenda/passes/';
/** The calendar of every upcoming event, to subscribe to. */
export const AGENDA_FEED_PATH = '/agenda.ics';
export const PAST_EVENTS_PAGE_SIZE = 30;
/** Past events shown on the agenda page itself, the most recent first; the others are on PAST_EVENTS_PATH. */
export const PAST_EVENTS_ON_AGENDA = 10;

/**
 * The instant of the build: what « à venir » means on the static pages and in the calendar feed.
 * The site is rebuilt on every content change (a CMS save, a confirmed ambassador).
 */
export const BUILD_TIME = new Date();

const DATE_TIME_MESSAGE = 'date et heure de Paris attendues au format AAAA-MM-JJTHH:MM, par exemple 2027-01-21T09:30';

/** A wall-clock date and time in Paris, "2027-01-21T09:30", as the CMS date picker writes it. */
export const parisDateTime = z
  .string({ error: `Date : ${DATE_TIME_MESSAGE}.` })
  .regex(LOCAL_DATE_TIME, { error: (issue) => `« ${String(issue.input)} » : ${DATE_TIME_MESSAGE}.`, abort: true })
  .refine((value) => parseParisDateTime(value) !== undefined, {
    error: (issue) => `« ${String(issue.input)} » : ce jour ou cette heure n’existe pas.`,
  });

/** An ambassador's content id, as the profile's folder and file name: "59/camille-r-infirmiere". */
export const ambassadorRef = z
  .string({ error: 'Ambassadeur confirmé : identifiant attendu, par exemple "59/camille-r-infirmiere".' })
  .regex(/^\d[\dAB]\/[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) =>
      `« ${String(issue.input)} » : identifiant d’ambassadeur attendu sous la forme département/profil, par exemple "59/camille-r-infirmiere" (l’adresse de son profil sans /ambassadeurs/).`,
  });

const text = (what: string, min: number, max: number) =>
  z
    .string({ error: `${what} : texte attendu.` })
    .trim()
    .min(min, { error: `${what} : ${min} caractères au moins.` })
    .max(max, { error: `${what} : ${max} caractères au plus.` });

const eventFields = {
  title: text('Titre', 5, 120).describe("Titre de l'événement, par exemple « Forum des métiers de Lille »"),
  type: oneOf(EVENT_TYPES, "Type d'événement").describe("Type d'événement"),
  start: parisDateTime.describe('Début, date et heure de Paris (AAAA-MM-JJTHH:MM)'),
  end: parisDateTime.describe('Fin, date et heure de Paris (AAAA-MM-JJTHH:MM), après le début'),
  address: text('Adresse', 5, 200)
    .optional()
    .describe('Lieu et adresse (par exemple « Lille Grand Palais, 1 boulevard des Cités Unies »), sans la commune'),
  commune: communeCode.optional().describe('Commune du lieu (code INSEE) ; absente pour un événement seulement en ligne'),
  onlineUrl: z
    .url({ protocol: /^https$/, error: 'Adresse en ligne : adresse web complète attendue, commençant par https://.' })
    .optional()
    .describe('Adresse de l’événement en ligne (webinaire, diffusion), commençant par https://'),
  publics: someOf(PUBLICS, 'Publics').describe('Publics attendus (même vocabulaire que les profils)'),
  description: text('Description', 20, 3000)
    .refine((value) => !EMAIL_PATTERN.test(value) && !PHONE_PATTERN.test(value), {
      error:
        'Description : retirez l’adresse e-mail ou le numéro de téléphone ; le contact d’un événement est celui du réseau, affiché en bas de chaque page.',
    })
    .describe('Description en texte simple ; une ligne vide sépare deux paragraphes'),
  ambassadorPlaces: z
    .number({ error: 'Places pour les ambassadeurs : nombre entier attendu (0 si aucun ambassadeur n’est appelé).' })
    .int({ error: 'Places pour les ambassadeurs : nombre entier attendu.' })
    .min(0, { error: 'Places pour les ambassadeurs : 0 au moins.' })
    .max(500, { error: 'Places pour les ambassadeurs : 500 au plus.' })
    .default(0)
    .describe('Nombre d’ambassadeurs attendus ; l’appel aux ambassadeurs confirme les premiers volontaires dans cette limite'),
  department: departmentCode.optional().describe('Département concerné ; sans département, l’événement concerne toute la Région'),
  confirmedAmbassadors: z
    .array(ambassadorRef, { error: 'Ambassadeurs confirmés : liste d’identifiants attendue.' })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'Ambassadeurs confirmés : un ambassadeur figure deux fois.' })
    .optional()
    .describe(
      'Ambassadeurs confirmés, écrits par l’appel aux ambassadeurs : identifiants département/profil ("59/camille-r-infirmiere"), dans l’ordre de confirmation ; chacun est lié à son profil public',
    ),
};

/** The refinements run once every field is valid (zod skips them otherwise): each names the field to correct. */
export const eventSchema = z
  .strictObject(eventFields, knownFields(eventFields))
  .refine((e) => parseParisDateTime(e.end)! > parseParisDateTime(e.start)!, {
    error: 'Fin : elle doit venir après le début (vérifiez le jour et l’heure, heure de Paris).',
    path: ['end'],
  })
  .refine((e) => e.commune !== undefined || e.onlineUrl !== undefined, {
    error: 'Lieu : indiquez la commune (code INSEE) et l’adresse du lieu, ou l’adresse en ligne pour un événement à distance.',
    path: ['commune'],
  })
  .refine((e) => e.address === undefined || e.commune !== undefined, {
    error: 'Commune : indiquez la commune (code INSEE) de l’adresse donnée.',
    path: ['commune'],
  })
  .refine((e) => e.type !== 'webinar' || e.onlineUrl !== undefined, {
    error: 'Adresse en ligne : un webinaire se suit en ligne, indiquez son adresse (https://…).',
    path: ['onlineUrl'],
  })
  .refine((e) => (e.confirmedAmbassadors?.length ?? 0) <= e.ambassadorPlaces, {
    error: 'Ambassadeurs confirmés : plus nombreux que les places prévues ; augmentez les places ou retirez un ambassadeur.',
    path: ['confirmedAmbassadors'],
  })
  .describe("Événement de l'agenda du réseau (forum, salon, webinaire, journée découverte, job dating)");

export type EventData = z.output<typeof eventSchema>;

export interface EventEntry {
  id: string;
  filePath?: string;
  data: EventData;
}

export interface NetworkEvent {
  id: string;
  url: string;
  icsUrl: string;
  title: string;
  type: EventType;
  start: Date;
  end: Date;
  /** Where it takes place, if in person: the address given and the commune's name. */
  place: { address: string | undefined; commune: string; communeName: string } | undefined;
  onlineUrl: string | undefined;
  publics: Public[];
  /** Paragraphs of the description. */
  paragraphs: string[];
  ambassadorPlaces: number;
  department: string | undefined;
  territory: string;
  /** The confirmed ambassadors whose profile exists, in the order of confirmation. */
  confirmed: Ambassador[];
}

/** File names that would take the address of an agenda page (/agenda/passes/). */
const RESERVED_IDS = new Set(['passes']);

/**
 * Checks what the schema cannot see (the settings' départements, the commune in the Région),
 * resolves the confirmed ambassadors and sorts by start.
 */
export function toEvents(entries: readonly EventEntry[], settings: SettingsData, ambassadors: readonly Ambassador[]): NetworkEvent[] {
  const covered = new Set(settings.departments);
  const byId = new Map(ambassadors.map((a) => [a.id, a]));
  const problems: string[] = [];
  const events: NetworkEvent[] = [];
  for (const { id, filePath, data } of entries) {
    const file = filePath ?? `src/content/events/${id}.yaml`;
    const commune = data.commune === undefined ? undefined : findCommune(data.commune);
    if (RESERVED_IDS.has(id)) problems.push(`${file} : « ${id} » est une adresse réservée de l'agenda ; renommez le fichier.`);
    if (data.department !== undefined && !covered.has(data.department)) {
      problems.push(
        `${file} : le département ${data.department} n'est pas couvert par le réseau (${settings.departments.join(', ')}). Laissez le champ vide pour toute la Région.`,
      );
    }
    if (commune && !covered.has(commune.department)) {
      problems.push(`${file} : la commune ${commune.name} (${commune.code}) n'est pas dans la Région ${settings.regionName}.`);
    }
    events.push({
      id,
      url: `${AGENDA_PATH}${id}/`,
      icsUrl: `${AGENDA_PATH}${id}.ics`,
      title: data.title,
      type: data.type,
      start: parseParisDateTime(data.start)!,
      end: parseParisDateTime(data.end)!,
      place: commune ? { address: data.address, commune: commune.code, communeName: commune.name } : undefined,
      onlineUrl: data.onlineUrl,
      publics: data.publics,
      paragraphs: data.description
        .split(/\n\s*\n/)
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .filter((p) => p !== ''),
      ambassadorPlaces: data.ambassadorPlaces,
      department: data.department,
      territory: territoryLabel(data.department, settings.regionName),
      confirmed: (data.confirmedAmbassadors ?? []).flatMap((ref) => byId.get(ref) ?? []),
    });
  }
  if (problems.length > 0) throw new ContentError(`Événements à corriger :\n  - ${problems.join('\n  - ')}`);
  return events.sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id));
}

/** Upcoming (not yet over at `now`, the soonest first) and past (the most recent first). */
export function splitAgenda(events: readonly NetworkEvent[], now: Date): { upcoming: NetworkEvent[]; past: NetworkEvent[] } {
  const upcoming = events.filter((e) => e.end > now).sort((a, b) => a.start.getTime() - b.start.getTime());
  const past = events.filter((e) => e.end <= now).sort((a, b) => b.start.getTime() - a.start.getTime());
  return { upcoming, past };
}

const time = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', timeStyle: 'short' });

/** « jeudi 21 janvier 2027, de 09:00 à 17:00 », or « du … au … » over several days (Paris time). */
export function formatEventDates(start: Date, end: Date): string {
  if (formatParisDay(start) === formatParisDay(end)) return `${formatParisDay(start)}, de ${time.format(start)} à ${time.format(end)}`;
  return `du ${formatParis(start)} au ${formatParis(end)}`;
}

/** The place in one line: « Lille Grand Palais, 1 boulevard des Cités Unies, Lille », « En ligne », or both. */
export function placeLine(event: Pick<NetworkEvent, 'place' | 'onlineUrl'>): string {
  const where = event.place ? [event.place.address, event.place.communeName].filter(Boolean).join(', ') : undefined;
  if (where && event.onlineUrl) return `${where}, et en ligne`;
  return where ?? 'En ligne';
}
