import { describe, expect, it } from 'vitest';
import { findNul } from './nul-characters.ts';

describe('findNul', () => {
  it.each([
    ['a clean body', { name: 'Cabinet', tags: ['a', 'b'], n: 1, ok: true, none: null }, null],
    ['a field', { name: 'a\u0000b' }, 'name'],
    ['an item of a list', { evidence: ['a', 'b', '\u0000'] }, 'evidence.2'],
    ['a nested field', { cause: { source: 'x', intent: '\u0000' } }, 'cause.intent'],
    ['a key', { 'ro\u0000le': 'owner' }, 'role'],
    ['the whole body', '\u0000', ''],
    ['the first of two, in order', { a: 'ok', b: '\u0000', c: '\u0000' }, 'b'],
  ])('%s', (_label, value, expected) => {
    expect(findNul(value)).toBe(expected);
  });

  it('walks a deeply nested body without exhausting the stack', () => {
    let deep: unknown = '\u0000';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(findNul(deep)).toMatch(/^0(\.0)*$/);
  });

  it('reads objects without prototype (a parsed query) or with a bare one (address parameters)', () => {
    expect(findNul(Object.assign(Object.create(null), { q: 'x\u0000' }))).toBe('q');
    expect(findNul(Object.assign(Object.create(Object.create(null)), { id: '\u0000' }))).toBe('id');
  });

  it('leaves bytes alone (an uploaded file may hold any byte)', () => {
    expect(findNul(Buffer.from([0, 0, 0]))).toBeNull();
  });
});
