import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Application-level encryption for what the database must not hold in clear on PostgreSQL (the
 * SQLite file is encrypted as a whole): evidence files today, and later the SMTP password, calendar
 * links and per-practice keys. AES-256-GCM with a random 96-bit IV per value; `context` (e.g.
 * `evidence:<practice id>:<file id>`) is bound as additional data, so a sealed value copied to
 * another row or practice does not open.
 *
 * Sealed layout: `0x01` (format version) ‖ IV (12 bytes) ‖ tag (16 bytes) ‖ ciphertext.
 *
 * Features do not build a box themselves: they use `app.deps.secrets` (`app-secrets.ts`), which
 * holds the instance's key (`HYGIE_SECRET_KEY`, or the key kept in the database).
 */
export interface SecretBox {
  seal(plain: Buffer, context: string): Buffer;
  /** @throws Error when the value was altered, or sealed with another key or context. */
  open(sealed: Buffer, context: string): Buffer;
}

const VERSION = 0x01;
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;

export class SecretKeyError extends Error {}

/**
 * The 32-byte key from its configured text: base64 (44 characters) or hex (64 characters).
 * @example secretKeyFrom(randomBytes(32).toString('base64')).length // 32
 * @throws SecretKeyError in French when the text is not a 32-byte key.
 */
export function secretKeyFrom(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== KEY_BYTES || (!/^[0-9a-f]{64}$/i.test(trimmed) && key.toString('base64') !== trimmed)) {
    throw new SecretKeyError(
      'La clé de chiffrement doit faire 32 octets, écrite en base64 (44 caractères) ou en hexadécimal (64 caractères) : créez-en une avec « openssl rand -base64 32 ».',
    );
  }
  return key;
}

/** An AES-256-GCM box for the given 32-byte key. */
export function secretBox(key: Buffer): SecretBox {
  if (key.length !== KEY_BYTES) throw new SecretKeyError('La clé de chiffrement doit faire 32 octets.');
  return {
    seal(plain, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
    },
    open(sealed, context) {
      if (sealed.length < 1 + IV_BYTES + TAG_BYTES || sealed[0] !== VERSION) {
        throw new Error('secretBox.open(): not a sealed value of a known format');
      }
      const iv = sealed.subarray(1, 1 + IV_BYTES);
      const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]);
    },
  };
}
