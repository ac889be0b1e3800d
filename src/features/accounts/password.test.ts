import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkPasswordStrength,
  DUMMY_PASSWORD_HASH,
  hashPassword,
  needsRehash,
  verifyAgainstDummy,
  verifyPassword,
} from './password.ts';

const PHRASE = 'girafe-lumière-tambour-pivoine-7';
/** The salt and digest of the dummy hash, to build hashes with other parameters. */
const SALT_AND_DIGEST = DUMMY_PASSWORD_HASH.split('$').slice(4).join('$');
const withParameters = (head: string, salt = SALT_AND_DIGEST) => `${head}$${salt}`;

describe('hashPassword / verifyPassword', () => {
  it('hashes with argon2id and the OWASP parameters, and verifies the same password', async () => {
    const hash = await hashPassword(PHRASE);
    expect(hash.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(await verifyPassword(hash, PHRASE)).toBe(true);
    expect(needsRehash(hash)).toBe(false);
  });

  it('salts every hash', async () => {
    const [first, second] = await Promise.all([hashPassword(PHRASE), hashPassword(PHRASE)]);
    expect(first).not.toBe(second);
  });

  it.each([
    ['another password', 'girafe-lumière-tambour-pivoine-8'],
    ['a different case', 'Girafe-lumière-tambour-pivoine-7'],
    ['the empty string', ''],
    ['a prefix', 'girafe-lumière'],
  ])('refuses %s', async (_label, attempt) => {
    const hash = await hashPassword(PHRASE);
    expect(await verifyPassword(hash, attempt)).toBe(false);
  });

  it('accepts the same text typed with decomposed accents (NFKC normalisation)', async () => {
    const hash = await hashPassword('théière-orage-vertical-bleu');
    expect(await verifyPassword(hash, 'the\u0301ie\u0300re-orage-vertical-bleu')).toBe(true);
  });

  it.each([
    ['an empty hash', ''],
    ['garbage', 'pas un hachage'],
    ['a truncated hash', DUMMY_PASSWORD_HASH.slice(0, 40)],
    ['a hash without its digest', '$argon2id$v=19$m=19456,t=2,p=1$'],
    ['a bcrypt hash', '$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy'],
    ['absurd parameters', withParameters('$argon2id$v=19$m=1,t=0,p=0')],
  ])('returns false, without throwing, for %s', async (_label, hash) => {
    await expect(verifyPassword(hash, PHRASE)).resolves.toBe(false);
  });
});

describe('verifyAgainstDummy', () => {
  it('uses a hash with the current parameters, so that it costs as much as a real verification', () => {
    expect(DUMMY_PASSWORD_HASH.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
    expect(needsRehash(DUMMY_PASSWORD_HASH)).toBe(false);
  });

  it.each([[''], [PHRASE], ['motdepasse']])('always answers false (%j)', async (attempt) => {
    await expect(verifyAgainstDummy(attempt)).resolves.toBe(false);
  });
});

describe('needsRehash', () => {
  it.each([
    ['the current parameters', '$argon2id$v=19$m=19456,t=2,p=1', false],
    ['more memory', '$argon2id$v=19$m=65536,t=2,p=1', false],
    ['more passes', '$argon2id$v=19$m=19456,t=3,p=1', false],
    ['more lanes', '$argon2id$v=19$m=19456,t=2,p=4', false],
    ['less memory', '$argon2id$v=19$m=4096,t=2,p=1', true],
    ['fewer passes', '$argon2id$v=19$m=19456,t=1,p=1', true],
    ['argon2i', '$argon2i$v=19$m=19456,t=2,p=1', true],
    ['argon2d', '$argon2d$v=19$m=19456,t=2,p=1', true],
    ['version 0x10', '$argon2id$v=16$m=19456,t=2,p=1', true],
  ])('%s → %s', (_label, head, expected) => {
    expect(needsRehash(withParameters(head))).toBe(expected);
  });

  it.each([
    [
      'an 8-byte salt',
      withParameters('$argon2id$v=19$m=19456,t=2,p=1', `AAAAAAAAAAA$${SALT_AND_DIGEST.split('$')[1]}`),
    ],
    [
      'a 16-byte digest',
      withParameters('$argon2id$v=19$m=19456,t=2,p=1', `${SALT_AND_DIGEST.split('$')[0]}$AAAAAAAAAAAAAAAAAAAAAA`),
    ],
    ['garbage', 'pas un hachage'],
    ['a bcrypt hash', '$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy'],
  ])('asks for a rehash of %s', (_label, hash) => {
    expect(needsRehash(hash)).toBe(true);
  });
});

describe('checkPasswordStrength: any input', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.constantFrom('', ' ', '\u0000', '\uD800', 'x'.repeat(10_000), '🦒'.repeat(5_000)),
  );
  const anyContext = fc.record(
    {
      names: fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 3 }),
      emails: fc.array(fc.string({ maxLength: 40 }), { maxLength: 3 }),
      practiceName: fc.string({ unit: 'grapheme', maxLength: 40 }),
      extra: fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }),
    },
    { requiredKeys: [] },
  );

  it('never throws and explains every refusal in French', () => {
    fc.assert(
      fc.property(anyText, anyContext, (password, context) => {
        const verdict = checkPasswordStrength(password, context);
        expect([0, 1, 2, 3, 4]).toContain(verdict.score);
        expect(verdict.crackTimes.offline).not.toBe('');
        expect(verdict.crackTimes.online).not.toBe('');
        if (verdict.ok) {
          expect(verdict.message).toBeUndefined();
          expect(verdict.score).toBeGreaterThanOrEqual(3);
        } else {
          expect(verdict.message).toMatch(/^(Ce|Saisissez un) mot de passe .+\.$/);
          if (password.length >= 8) expect(verdict.message).not.toContain(password);
        }
      }),
      { numRuns: 50 },
    );
  });
});
