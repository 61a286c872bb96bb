import { describe, expect, it } from 'vitest';
import { formatParis, parseParisDateTime, toParisDateTime } from '../src/lib/paris-time.ts';

describe('Paris wall-clock time', () => {
  it('given a winter and a summer time, then the instant is one or two hours before UTC', () => {
    expect(parseParisDateTime('2026-12-03T14:00')!.toISOString()).toBe('2026-12-03T13:00:00.000Z');
    expect(parseParisDateTime('2026-06-03T14:00')!.toISOString()).toBe('2026-06-03T12:00:00.000Z');
    expect(toParisDateTime(new Date('2026-06-03T12:00:00Z'))).toBe('2026-06-03T14:00');
  });

  it('given something that is not a date, then undefined', () => {
    for (const wrong of ['', '2026-02-30T10:00', '2026-12-03 14:00', '2026-12-03T25:00', 'demain'])
      expect(parseParisDateTime(wrong)).toBeUndefined();
  });

  it('given an instant, then it reads in French', () => {
    expect(formatParis(new Date('2026-12-03T13:00:00Z'))).toBe('jeudi 3 décembre 2026 à 14:00');
  });
});
