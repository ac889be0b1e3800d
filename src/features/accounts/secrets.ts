import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random secret for a cookie, link or token: 32 bytes, base64url. */
export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/**
 * Session ids, API tokens and one-time links are stored as SHA-256 hashes: they are long random
 * secrets (not passwords), so a fast hash is enough and a database leak reveals none of them.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
