import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { secretKeyCheck } from './doctor.ts';

describe('hygie doctor: the key of the sealed secrets', () => {
  it.each([
    ['PostgreSQL without HYGIE_SECRET_KEY', { databaseUrl: 'postgres://h/db', secretKey: undefined }, false, /absente/],
    [
      'PostgreSQL with HYGIE_SECRET_KEY',
      { databaseUrl: 'postgres://h/db', secretKey: randomBytes(32) },
      true,
      /HYGIE_SECRET_KEY/,
    ],
    [
      'SQLite without it (the key rides in the encrypted file)',
      { databaseUrl: undefined, secretKey: undefined },
      true,
      /base chiffrée/,
    ],
  ])('%s', (_name, config, ok, detail) => {
    const check = secretKeyCheck(config);
    expect(check.ok).toBe(ok);
    expect(check.detail).toMatch(detail);
  });
});
