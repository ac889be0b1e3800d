import { type Algorithm, hash, parseOptions, type Version, verify } from '@node-rs/argon2';
import { normalizePassword } from './password-text.ts';

export {
  checkPasswordStrength,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_MIN_SCORE,
  type PasswordContext,
  type PasswordScore,
  type PasswordStrength,
} from './password-strength.ts';
export { normalizePassword } from './password-text.ts';

// `Algorithm` and `Version` are const enums whose runtime objects are empty in @node-rs/argon2 2:
// the numeric values are spelled out here.
const ARGON2ID = 2 as Algorithm;
const VERSION_0X13 = 1 as Version;

/** OWASP's argon2id parameters: 19 MiB of memory, 2 passes, 1 lane (32-byte output, 16-byte salt). */
export const ARGON2_PARAMETERS = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;
const MIN_SALT_BYTES = 16;

/**
 * Hash of a random password nobody knows, made with {@link ARGON2_PARAMETERS}. A login for an unknown
 * e-mail verifies against it so that it takes as long as a login for a known one.
 * Regenerate it if the parameters change (a test checks that it does not need a rehash).
 */
export const DUMMY_PASSWORD_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$0sNlIgIxwd3Zm/Pk/msjNg$qRpPQ+v4M5U4vCvQqVKOzYKNUbrqdzbW7xP9+ddbfK4';

/**
 * Hashes a password with argon2id (PHC string `$argon2id$v=19$m=19456,t=2,p=1$…`, random salt).
 * The password is normalised to Unicode NFKC first, as is every password verified later.
 */
export function hashPassword(plain: string): Promise<string> {
  return hash(normalizePassword(plain), { ...ARGON2_PARAMETERS, algorithm: ARGON2ID, version: VERSION_0X13 });
}

/** True when `plain` matches `hash`; false for a wrong password and for a malformed hash (never throws). */
export async function verifyPassword(hash: string, plain: string): Promise<boolean> {
  try {
    return await verify(hash, normalizePassword(plain));
  } catch {
    return false;
  }
}

/** Spends the time of a real verification and returns false: use it when the e-mail is unknown. */
export async function verifyAgainstDummy(plain: string): Promise<false> {
  await verifyPassword(DUMMY_PASSWORD_HASH, plain);
  return false;
}

/**
 * True when the hash was made with something weaker than the current parameters (another algorithm
 * or version, less memory, fewer passes, a shorter salt or output) or cannot be read: rehash the
 * password after a successful login. Stronger parameters are kept.
 */
export function needsRehash(hash: string): boolean {
  try {
    const used = parseOptions(hash);
    return (
      used.algorithm !== ARGON2ID ||
      used.version !== VERSION_0X13 ||
      used.memoryCost < ARGON2_PARAMETERS.memoryCost ||
      used.timeCost < ARGON2_PARAMETERS.timeCost ||
      used.parallelism < ARGON2_PARAMETERS.parallelism ||
      used.outputLen < ARGON2_PARAMETERS.outputLen ||
      used.saltLen < MIN_SALT_BYTES
    );
  } catch {
    return true;
  }
}
