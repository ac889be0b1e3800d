import { describe, expect, it } from 'vitest';
import {
  checkTotp,
  newRecoveryCodes,
  newTotpSecret,
  normalizeRecoveryCode,
  otpauthUri,
  timeStep,
  totpAt,
} from './mfa.ts';

const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const at = new Date('2026-11-29T10:00:15Z');

describe('TOTP', () => {
  it('a new secret is 32 base32 characters (160 bits)', () => {
    expect(newTotpSecret()).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(newTotpSecret());
  });

  it('the otpauth address names Hygie and the account', () => {
    expect(otpauthUri(secret, 'e.martin@exemple.fr')).toBe(
      `otpauth://totp/Hygie:e.martin%40exemple.fr?issuer=Hygie&secret=${secret}&algorithm=SHA1&digits=6&period=30`,
    );
  });

  it.each([
    ['the current code', 0, true],
    ['the previous code (clock drift)', -30_000, true],
    ['the next code (clock drift)', 30_000, true],
    ['a code two steps old', -60_000, false],
    ['a code two steps ahead', 60_000, false],
  ])('%s → %s', (_label, offset, accepted) => {
    const code = totpAt(secret, new Date(at.getTime() + offset));
    expect(checkTotp(secret, code, at, null) !== null).toBe(accepted);
  });

  it('refuses a code already used (replay), and an older one', () => {
    const code = totpAt(secret, at);
    const step = checkTotp(secret, code, at, null);
    expect(step).toBe(timeStep(at));
    expect(checkTotp(secret, code, at, step)).toBeNull();
    expect(checkTotp(secret, totpAt(secret, new Date(at.getTime() - 30_000)), at, step)).toBeNull();
    expect(checkTotp(secret, totpAt(secret, new Date(at.getTime() + 30_000)), at, step)).toBe((step ?? 0) + 1);
  });

  it.each(['', '12345', '1234567', 'abcdef', '12 34 5'])('refuses the malformed code %j', (code) => {
    expect(checkTotp(secret, code, at, null)).toBeNull();
  });

  it('accepts a code typed with a space in the middle', () => {
    const code = totpAt(secret, at);
    expect(checkTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, at, null)).not.toBeNull();
  });
});

describe('recovery codes', () => {
  it('ten distinct codes shaped XXXX-XXXX-XX from an unambiguous alphabet', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes)
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/);
  });

  it.each([
    ['7k2q-m9xd-4t', '7K2QM9XD4T'],
    [' 7K2Q M9XD 4T ', '7K2QM9XD4T'],
    ['OIL0-0000-00', '0110000000'],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalizeRecoveryCode(input)).toBe(expected);
  });
});
