/**
 * Dates as people in the Région read and type them: Europe/Paris wall-clock time. The forms
 * send "AAAA-MM-JJTHH:MM" (datetime-local); the database keeps instants.
 */
const ZONE = 'Europe/Paris';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Minutes east of UTC in Paris at that instant (60 in winter, 120 in summer). */
function parisOffsetMinutes(instant: Date): number {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

export const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "2026-12-03T14:00" in Paris → the instant; undefined when not a real date and time. */
export function parseParisDateTime(local: string): Date | undefined {
  const m = LOCAL_DATE_TIME.exec(local);
  if (!m) return undefined;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(guess);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return undefined;
  const first = new Date(guess - parisOffsetMinutes(new Date(guess)) * 60_000);
  return new Date(guess - parisOffsetMinutes(first) * 60_000);
}

/** "2026-12-03T14:00", for a datetime-local field. */
export function toParisDateTime(instant: Date): string {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

const long = new Intl.DateTimeFormat('fr-FR', { timeZone: ZONE, dateStyle: 'full', timeStyle: 'short' });

/** "jeudi 3 décembre 2026 à 14:00" */
export function formatParis(instant: Date): string {
  return long.format(instant);
}

const day = new Intl.DateTimeFormat('fr-FR', { timeZone: ZONE, dateStyle: 'full' });

/** "jeudi 3 décembre 2026": the day in Paris of that instant. */
export function formatParisDay(instant: Date): string {
  return day.format(instant);
}
