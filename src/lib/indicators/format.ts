/** Figures as French readers write them: « 2 000 », « 62 % » (a non-breaking space before %), « 2,5 jours ». */
import { frenchNumber } from '../forms/field.ts';

export { frenchNumber };

/** part ÷ whole, or null when there is nothing to divide by. */
export const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** « 62 % » (rounded to the unit), « – » when there is nothing to divide by. */
export function percent(part: number, whole: number): string {
  const r = ratio(part, whole);
  return r === null ? '–' : `${Math.round(r * 100)}\u00a0%`;
}

/** « 2,5 » (one decimal, dropped when zero), « – » for no value. */
export function decimal(n: number | null, digits = 1): string {
  if (n === null || !Number.isFinite(n)) return '–';
  const rounded = Number(n.toFixed(digits));
  const [whole, fraction] = Math.abs(rounded).toString().split('.');
  return `${rounded < 0 ? '-' : ''}${frenchNumber(Number(whole))}${fraction ? `,${fraction}` : ''}`;
}

/** « 2,5 jours », « 1 jour », « – ». */
export function days(n: number | null): string {
  if (n === null) return '–';
  const text = decimal(n);
  return `${text} ${Math.abs(Number(n.toFixed(1))) < 2 ? 'jour' : 'jours'}`;
}

/** Minutes as hours: « 12,5 h ». */
export const hours = (minutes: number): string => `${decimal(minutes / 60)}\u00a0h`;
