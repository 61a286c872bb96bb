/**
 * The attestation's verification code and period (src/lib/attestation.ts, and the draw in
 * src/server/workflows/attestation/issue.ts): the alphabet leaves out what reads alike, codes
 * are drawn uniformly from it, typed codes are normalised (case, spaces, hyphens) and anything
 * else is refused; the period is a school year begun or two days up to today, with a French
 * message by field.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  OTHER_DATES,
  formatCode,
  frenchDay,
  normaliseCode,
  readAttestationPeriod,
} from '../src/lib/attestation.ts';
import { schoolYear } from '../src/lib/period.ts';
import { newAttestationCode } from '../src/server/workflows/attestation/issue.ts';

// Monday 2 November 2026, 10:00 in Paris.
const NOW = new Date('2026-11-02T09:00:00Z');

describe('verification code alphabet', () => {
  it('given the alphabet, then it has 31 distinct upper-case letters and digits, none of I, L, O, 0, 1', () => {
    expect(CODE_ALPHABET).toHaveLength(31);
    expect(new Set(CODE_ALPHABET).size).toBe(31);
    expect(CODE_ALPHABET).toMatch(/^[A-Z2-9]+$/);
    for (const confusable of ['I', 'L', 'O', '0', '1']) expect(CODE_ALPHABET).not.toContain(confusable);
    // 8 characters: about 8.5 × 10^11 codes.
    expect(CODE_LENGTH).toBe(8);
    expect(CODE_ALPHABET.length ** CODE_LENGTH).toBeGreaterThan(8e11);
  });

  it('given 3,100 codes drawn, then each is 8 characters of the alphabet, all differ, and every character is used about as often', () => {
    const codes = Array.from({ length: 3100 }, newAttestationCode);
    for (const code of codes) expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{8}$`));
    expect(new Set(codes).size).toBe(codes.length);
    const counts = new Map<string, number>();
    for (const c of codes.join('')) counts.set(c, (counts.get(c) ?? 0) + 1);
    // 24,800 characters over 31: 800 each expected; a fair draw stays far within ±25 %.
    expect(counts.size).toBe(31);
    for (const [c, n] of counts) expect(n, c).toBeGreaterThan(600);
    for (const [c, n] of counts) expect(n, c).toBeLessThan(1000);
  });
});

describe('typed codes', () => {
  it('given a code typed in lower case, with spaces, a hyphen or a dash, then it reads as the printed code', () => {
    for (const typed of ['ABCD2345', 'abcd-2345', ' abCD 2345 ', 'AB CD-23 45', 'ABCD\u20132345', 'abcd\u00a02345', 'ABCD\t2345\n']) {
      expect(normaliseCode(typed), JSON.stringify(typed)).toBe('ABCD2345');
    }
    expect(formatCode('ABCD2345')).toBe('ABCD-2345');
  });

  it('given anything that cannot be a code, then nothing is read', () => {
    for (const typed of [
      '',
      'ABCD234',
      'ABCD23456',
      'ABCD-234I',
      'ABCDL345',
      'ABCDO345',
      'ABCD0345',
      'ABCD1345',
      'ABCD_2345',
      'ABCD.2345',
      'ÀBCD2345',
    ]) {
      expect(normaliseCode(typed), typed).toBeUndefined();
    }
    for (const value of [undefined, null, 12345678, ['ABCD2345'], { code: 'ABCD2345' }, 'A'.repeat(65)]) {
      expect(normaliseCode(value)).toBeUndefined();
    }
  });

  it('given generated strings, then a code read back is always 8 characters of the alphabet, and printing it reads it back', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (typed) => {
        const code = normaliseCode(typed);
        if (code === undefined) return;
        expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{8}$`));
        expect(normaliseCode(formatCode(code))).toBe(code);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CODE_ALPHABET), { minLength: 8, maxLength: 8 }), fc.boolean(), (chars, lower) => {
        const code = chars.join('');
        const typed = lower ? formatCode(code).toLowerCase() : ` ${code.slice(0, 2)} ${code.slice(2)} `;
        expect(normaliseCode(typed)).toBe(code);
      }),
    );
  });
});

describe('attestation period', () => {
  it('given a past school year, then it covers 1 September to 31 August, named as such', () => {
    const result = readAttestationPeriod({ periode: '2025-2026' }, NOW);
    expect(result).toEqual({
      ok: true,
      period: { start: schoolYear(2025).start, end: schoolYear(2025).end, label: 'année scolaire 2025-2026' },
    });
  });

  it('given the current school year, then it ends now and says until which day', () => {
    const result = readAttestationPeriod({ periode: '2026-2027', debut: '', fin: '' }, NOW);
    expect(result).toEqual({
      ok: true,
      period: { start: schoolYear(2026).start, end: NOW, label: 'année scolaire 2026-2027, jusqu’au 2 novembre 2026' },
    });
  });

  it('given two days, then the period runs from the first day’s midnight to the end of the last, in Paris', () => {
    const result = readAttestationPeriod({ periode: OTHER_DATES, debut: '2026-03-01', fin: '2026-06-30' }, NOW);
    expect(result).toEqual({
      ok: true,
      period: {
        start: new Date('2026-02-28T23:00:00Z'),
        end: new Date('2026-06-30T22:00:00Z'),
        label: 'du 1er mars 2026 au 30 juin 2026',
      },
    });
    // One day is a period, today included.
    expect(readAttestationPeriod({ periode: OTHER_DATES, debut: '2026-11-02', fin: '2026-11-02' }, NOW)).toMatchObject({ ok: true });
  });

  it('given a wrong period, then a French message names the field to fix', () => {
    const errorsOf = (input: unknown) => {
      const result = readAttestationPeriod(input, NOW);
      if (result.ok) throw new Error(`accepté : ${JSON.stringify(input)}`);
      return result.errors;
    };
    expect(errorsOf({})).toEqual({ periode: 'Période : choisissez une année scolaire ou « D’autres dates ».' });
    for (const periode of ['', '2027-2028', '2025-2027', '2026-03', 'tout', '1999-2000']) {
      expect(errorsOf({ periode }), periode).toEqual({
        periode: 'Période : choisissez une année scolaire de la liste ou « D’autres dates ».',
      });
    }
    expect(errorsOf({ periode: OTHER_DATES })).toEqual({
      debut: 'Date de début : indiquez le premier jour de la période.',
      fin: 'Date de fin : indiquez le dernier jour de la période.',
    });
    expect(errorsOf({ periode: OTHER_DATES, debut: '2026-02-30', fin: 'demain' })).toEqual({
      debut: 'Date de début : une date réelle, par exemple 2026-03-01.',
      fin: 'Date de fin : une date réelle, par exemple 2026-03-01.',
    });
    expect(errorsOf({ periode: OTHER_DATES, debut: '2026-06-30', fin: '2026-03-01' })).toEqual({
      fin: 'Date de fin : le même jour que la date de début, ou après.',
    });
    expect(errorsOf({ periode: OTHER_DATES, debut: '2026-09-01', fin: '2026-11-03' })).toEqual({
      fin: 'Date de fin : aujourd’hui au plus tard.',
    });
    expect(errorsOf({ periode: OTHER_DATES, debut: '1999-12-31', fin: '2026-01-01' })).toEqual({
      debut: 'Date de début : le 1er janvier 2000 au plus tôt.',
    });
  });

  it('given a day, then it is written as a French letter writes it', () => {
    expect(frenchDay(new Date('2026-02-28T23:30:00Z'))).toBe('1er mars 2026');
    expect(frenchDay(new Date('2026-11-15T12:00:00Z'))).toBe('15 novembre 2026');
  });
});
