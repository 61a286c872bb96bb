/** Whose requests count together: a client is an IPv4 address, or an IPv6 /64 (one household, one server). */
import { describe, expect, it } from 'vitest';
import { clientKey } from '../src/server/rate-limit.ts';

describe('clientKey', () => {
  it('given two IPv6 addresses of the same /64, then they are one client; another /64 is another', () => {
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe(clientKey('2001:db8:1:2:bbbb:cccc:dddd:2'));
    expect(clientKey('2001:db8:1:2::1')).not.toBe(clientKey('2001:db8:1:3::1'));
  });

  it('given the same IPv6 written differently, then the same client', () => {
    expect(clientKey('2001:DB8:0:0::1')).toBe(clientKey('2001:db8::1'));
    expect(clientKey('2001:0db8:0000:0000:0000:0000:0000:0001')).toBe(clientKey('2001:db8::2'));
  });

  it('given IPv4, an IPv4-mapped IPv6 or nothing, then IPv4 as is and one "unknown" client', () => {
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('203.0.113.8')).not.toBe(clientKey('203.0.113.7'));
    expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey(undefined)).toBe(clientKey(''));
  });
});
