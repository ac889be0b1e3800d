import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildChain, draft, postgresRow, sqliteRow } from './journal.test-support.ts';
import { chainEntry, computeHash, entryPayload, fromRow, GENESIS_HASH } from './journal.ts';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('hashing an entry', () => {
  const first = chainEntry(draft(1, { data: { method: 'password' } }), null);
  const payload =
    '["practice-1",1,"entry-1","2026-11-29T10:01:00.000Z","user","user-1","Dr Martin (titulaire)",' +
    '"auth.login","user","user-1","Connexion n° 1.",{"method":"password"}]';

  it('starts every chain from 64 zeros', () => {
    expect(GENESIS_HASH).toMatch(/^0{64}$/);
    expect(first).toMatchObject({ seq: 1, prevHash: GENESIS_HASH });
  });

  it('serialises the values in the documented order', () => {
    expect(entryPayload(first)).toBe(payload);
  });

  it('hashes the payload followed by the previous hash (SHA-256, lowercase hex)', () => {
    expect(first.hash).toBe(sha256(payload + GENESIS_HASH));
    expect(computeHash(first, 'a'.repeat(64))).toBe(sha256(`${payload}${'a'.repeat(64)}`));
  });

  it('chains after the previous entry', () => {
    const next = chainEntry(draft(8), { seq: 7, hash: first.hash });
    expect(next).toMatchObject({ seq: 8, prevHash: first.hash });
    expect(next.hash).toBe(computeHash(next, first.hash));
  });

  it('returns `at` and `data` in the canonical form that was hashed, and nothing else', () => {
    const loose = { ...draft(1, { at: '2026-11-29T10:15:00Z', data: { b: 1, a: new Date('2026-01-01T00:00:00Z') } }) };
    const entry = chainEntry(Object.assign(loose, { extra: 'x' }), null);
    expect(entry.at).toBe('2026-11-29T10:15:00.000Z');
    expect(entry.data).toEqual({ a: '2026-01-01T00:00:00.000Z', b: 1 });
    expect(Object.keys(entry.data)).toEqual(['a', 'b']);
    expect(entry).not.toHaveProperty('extra');
  });

  it.each<[string, () => unknown]>([
    ['a local time', () => chainEntry(draft(1, { at: '2026-11-29T10:15:00' }), null)],
    ['another offset', () => chainEntry(draft(1, { at: '2026-11-29T10:15:00+01:00' }), null)],
    ['an impossible day', () => chainEntry(draft(1, { at: '2026-02-30T10:15:00Z' }), null)],
    ['undefined in data', () => chainEntry(draft(1, { data: { a: undefined } }), null)],
    ['an uppercase previous hash', () => chainEntry(draft(2), { seq: 1, hash: 'A'.repeat(64) })],
    ['a short previous hash', () => computeHash(buildChain(1)[0]!, 'abc')],
    ['a seq of 0', () => entryPayload({ ...buildChain(1)[0]!, seq: 0 })],
    ['a null summary', () => entryPayload({ ...buildChain(1)[0]!, summary: null as unknown as string })],
  ])('rejects %s', (_name, run) => {
    expect(run).toThrow();
  });
});

describe('reading database rows', () => {
  const entry = buildChain(3)[2]!;

  it('gives the same entry and hash from an SQLite row and a PostgreSQL row', () => {
    const fromSqlite = fromRow(sqliteRow(entry));
    const fromPostgres = fromRow(postgresRow(entry));
    expect(sqliteRow(entry).data).toContain('\n  ');
    expect(Object.keys(fromPostgres.data)).not.toEqual(Object.keys(fromSqlite.data));
    expect(fromSqlite).toEqual(entry);
    expect(fromPostgres).toEqual(entry);
    expect(computeHash(fromSqlite, entry.prevHash)).toBe(entry.hash);
    expect(computeHash(fromPostgres, entry.prevHash)).toBe(entry.hash);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['at as PostgreSQL text', { at: '2026-11-29 10:03:00+00' }, '2026-11-29T10:03:00.000Z'],
    ['at without milliseconds', { at: '2026-11-29T10:03:00Z' }, '2026-11-29T10:03:00.000Z'],
    ['seq as a bigint', { seq: 3n }, '3'],
  ])('normalises %s', (_name, change, expected) => {
    const read = fromRow({ ...sqliteRow(entry), ...change });
    expect(String(change.seq === undefined ? read.at : read.seq)).toBe(expected);
    expect(read.unreadable).toBeUndefined();
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['data that is not JSON', { data: '{"method": "password"' }, 'data'],
    ['data that is an array', { data: '[1]' }, 'data'],
    ['null data', { data: null }, 'data'],
    ['seq that is not a number', { seq: '3a' }, 'seq'],
    ['seq 0', { seq: 0 }, 'seq'],
    ['an unreadable date', { at: 'hier' }, 'at'],
    ['a missing summary', { summary: null }, 'summary'],
  ])('never throws on %s, and marks it unreadable', (_name, change, field) => {
    const read = fromRow({ ...sqliteRow(entry), ...change } as never);
    expect(read.unreadable).toEqual([field]);
    expect(() => entryPayload(read)).toThrow();
  });
});
