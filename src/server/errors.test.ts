import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, isStorageFull } from './errors.ts';

describe('isDatabaseUnavailable', () => {
  it.each([
    [{ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:5432' }, true],
    [{ code: '57P01', message: 'terminating connection due to administrator command' }, true],
    [{ code: '08006', message: 'connection failure' }, true],
    [{ message: 'Connection terminated unexpectedly' }, true],
    [{ code: '23505', message: 'duplicate key value violates unique constraint' }, false],
    [{ code: '42P01', message: 'relation "x" does not exist' }, false],
    [{ code: 'SQLITE_BUSY', message: 'database is locked' }, false],
    [{ message: 'secret internal detail' }, false],
  ])('%o → %s', (error, expected) => {
    expect(isDatabaseUnavailable(error)).toBe(expected);
  });
});

describe('isStorageFull', () => {
  it.each([
    [{ code: 'SQLITE_FULL' }, true],
    [{ code: 'ENOSPC' }, true],
    [{ code: 'EDQUOT' }, true],
    [{ code: '53100' }, true],
    [{ code: 'SQLITE_BUSY' }, false],
    [{ code: 'ECONNREFUSED' }, false],
    [{ code: 53100 }, false],
    [{}, false],
  ])('%o → %s', (error, expected) => {
    expect(isStorageFull(error)).toBe(expected);
  });
});
