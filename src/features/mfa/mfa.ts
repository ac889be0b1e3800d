import { randomInt } from 'node:crypto';
import * as OTPAuth from 'otpauth';

/** TOTP as every authenticator app understands it: SHA-1, 6 digits, 30 seconds. */
export const TOTP_PERIOD_SECONDS = 30;
export const RECOVERY_CODE_COUNT = 10;
/** Crockford's base32 without I, L, O, U: nothing to confuse when copying by hand. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

function totp(secret: string, label: string) {
  return new OTPAuth.TOTP({
    issuer: 'Hygie',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: TOTP_PERIOD_SECONDS,
    secret: OTPAuth.Secret.fromBase32(secret),
  });
}

/** The otpauth:// address a QR code carries. */
export function otpauthUri(secret: string, label: string): string {
  return totp(secret, label).toString();
}

/** The current 30-second step of an instant. */
export function timeStep(at: Date): number {
  return Math.floor(at.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/**
 * Checks a 6-digit code, allowing one step of clock drift either way. Returns the step it matched,
 * or null; a step at or before `lastStep` is refused, so a code cannot be used twice.
 */
export function checkTotp(secret: string, code: string, at: Date, lastStep: number | null): number | null {
  const cleaned = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(cleaned)) return null;
  const delta = totp(secret, 'x').validate({ token: cleaned, timestamp: at.getTime(), window: 1 });
  if (delta === null) return null;
  const step = timeStep(at) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

/** The code an authenticator app would show at that instant (tests and the setup check). */
export function totpAt(secret: string, at: Date): string {
  return totp(secret, 'x').generate({ timestamp: at.getTime() });
}

/** Ten recovery codes like "7K2Q-M9XD-4T": 50 random bits each, easy to read and type. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
  });
}

/** Upper case, no spaces or dashes, and the letters people confuse mapped as Crockford does. */
export function normalizeRecoveryCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}
