/**
 * Periods of the network's figures (../shared/design/indicators.md): a school year, 1 September to
 * 31 August, written "2025-2026", or a calendar month, written "2026-03". Bounds are instants in
 * Europe/Paris (a request sent at 00:30 on 1 September in Paris belongs to the new school year).
 */
import { parseParisDateTime, toParisDateTime } from './paris-time.ts';

export type Period =
  | { kind: 'school_year'; key: string; startYear: number; start: Date; end: Date; label: string }
  | { kind: 'month'; key: string; year: number; month: number; start: Date; end: Date; label: string };

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** The school year "2025-2026" (start inclusive, end exclusive). */
export function schoolYear(startYear: number): Extract<Period, { kind: 'school_year' }> {
  return {
    kind: 'school_year',
    key: `${startYear}-${startYear + 1}`,
    startYear,
    start: parisMidnight(startYear, 9, 1),
    end: parisMidnight(startYear + 1, 9, 1),
    label: `année scolaire ${startYear}-${startYear + 1}`,
  };
}

export function calendarMonth(year: number, month: number): Extract<Period, { kind: 'month' }> {
  return {
    kind: 'month',
    key: `${year}-${String(month).padStart(2, '0')}`,
    year,
    month,
    start: parisMidnight(year, month, 1),
    end: month === 12 ? parisMidnight(year + 1, 1, 1) : parisMidnight(year, month + 1, 1),
    label: `${MONTHS[month - 1]} ${year}`,
  };
}

/** The school year an instant belongs to, in Paris. */
export function schoolYearOf(at: Date): Extract<Period, { kind: 'school_year' }> {
  const { year, month } = parisYearMonth(at);
  return schoolYear(month >= 9 ? year : year - 1);
}

export function monthOf(at: Date): Extract<Period, { kind: 'month' }> {
  const { year, month } = parisYearMonth(at);
  return calendarMonth(year, month);
}

const SCHOOL_YEAR_KEY = /^(\d{4})-(\d{4})$/;
const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * Reads a period key. `malformed`: not a period at all (a 400 for the caller); `undefined`: well
 * formed but not a real period (2025-2027, a year outside 2000–2100): the caller answers as for an
 * unknown page.
 */
export function parsePeriod(key: string): Period | 'malformed' | undefined {
  const year = SCHOOL_YEAR_KEY.exec(key);
  if (year) {
    const start = Number(year[1]);
    return Number(year[2]) === start + 1 && inRange(start) ? schoolYear(start) : undefined;
  }
  const month = MONTH_KEY.exec(key);
  if (month) return inRange(Number(month[1])) ? calendarMonth(Number(month[1]), Number(month[2])) : undefined;
  return 'malformed';
}

const inRange = (year: number) => year >= 2000 && year < 2100;

/** The school years from the one holding `first` to the one holding `last`, newest first. */
export function schoolYearsBetween(first: Date, last: Date): Extract<Period, { kind: 'school_year' }>[] {
  const years = [];
  for (let y = schoolYearOf(last).startYear; y >= schoolYearOf(first).startYear; y--) years.push(schoolYear(y));
  return years;
}

function parisYearMonth(at: Date): { year: number; month: number } {
  const local = toParisDateTime(at);
  return { year: Number(local.slice(0, 4)), month: Number(local.slice(5, 7)) };
}

/** Midnight starting that day in Paris. */
function parisMidnight(year: number, month: number, day: number): Date {
  return parseParisDateTime(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T00:00`)!;
}
