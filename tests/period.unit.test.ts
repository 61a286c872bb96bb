import { describe, expect, it } from 'vitest';
import { calendarMonth, parsePeriod, schoolYear, schoolYearOf, schoolYearsBetween } from '../src/lib/period.ts';

describe('periods of the figures', () => {
  it('a school year runs from 1 September to 31 August, in Paris time', () => {
    const year = schoolYear(2025);
    expect(year.key).toBe('2025-2026');
    expect(year.start.toISOString()).toBe('2025-08-31T22:00:00.000Z');
    expect(year.end.toISOString()).toBe('2026-08-31T22:00:00.000Z');
    expect(schoolYearOf(new Date('2025-08-31T22:30:00Z')).key).toBe('2025-2026');
    expect(schoolYearOf(new Date('2025-08-31T21:30:00Z')).key).toBe('2024-2025');
  });

  it('a month ends where the next starts, December included', () => {
    const december = calendarMonth(2026, 12);
    expect(december.start.toISOString()).toBe('2026-11-30T23:00:00.000Z');
    expect(december.end.toISOString()).toBe('2026-12-31T23:00:00.000Z');
    expect(december.label).toBe('décembre 2026');
  });

  it('reads keys: malformed, unknown or real', () => {
    expect(parsePeriod('2025-2026')).toMatchObject({ kind: 'school_year', startYear: 2025 });
    expect(parsePeriod('2026-03')).toMatchObject({ kind: 'month', year: 2026, month: 3 });
    expect(parsePeriod('2025-2027')).toBeUndefined();
    expect(parsePeriod('1850-1851')).toBeUndefined();
    expect(parsePeriod('2026-13')).toBe('malformed');
    expect(parsePeriod('<script>')).toBe('malformed');
  });

  it('lists school years newest first', () => {
    const keys = schoolYearsBetween(new Date('2023-10-01T00:00:00Z'), new Date('2026-12-01T00:00:00Z')).map((p) => p.key);
    expect(keys).toEqual(['2026-2027', '2025-2026', '2024-2025', '2023-2024']);
  });
});
