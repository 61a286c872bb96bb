import { describe, expect, it } from 'vitest';
import { isValidSiret, siret } from '../src/lib/fields.ts';

/** Appends the Luhn key to 13 digits, to build valid numbers without copying a real company's. */
function withLuhnKey(thirteen: string): string {
  for (let key = 0; key <= 9; key++) if (isValidSiret(thirteen + key)) return thirteen + key;
  throw new Error('no key');
}

describe('SIRET', () => {
  it('accepts a number whose Luhn key is right, and refuses every other last digit', () => {
    const valid = withLuhnKey('1234567890123');
    expect(valid).toBe('12345678901237');
    const others = [...'0123456789'].filter((d) => d !== '7').map((d) => `1234567890123${d}`);
    expect(others.filter(isValidSiret)).toEqual([]);
  });

  it('catches a swap of two neighbouring digits and a single wrong digit', () => {
    expect(isValidSiret('21345678901237')).toBe(false);
    expect(isValidSiret('12345678901247')).toBe(false);
  });

  it('refuses what is not 14 digits', () => {
    for (const wrong of ['', '1234567890123', '123456789012370', '1234567890123A', '1234-5678-9012-37']) {
      expect(isValidSiret(wrong), wrong).toBe(false);
    }
  });

  it('applies La Poste’s exception: digit sum a multiple of 5, not the Luhn key', () => {
    expect(isValidSiret('35600000000010')).toBe(true); // digit sum 15
    expect(isValidSiret('35600000000011')).toBe(false); // digit sum 16
    expect(isValidSiret('35600000000028')).toBe(false); // digit sum 24
  });

  it('the schema strips spaces and says what is wrong in French', () => {
    expect(siret.parse('123 456 789 01237')).toBe('12345678901237');
    const result = siret.safeParse('12345678901238');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^SIRET : 14 chiffres/);
  });
});
