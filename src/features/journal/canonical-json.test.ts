import { describe, expect, it } from 'vitest';
import { CanonicalJsonError, canonicalJson } from './canonical-json.ts';

class Point {
  x = 1;
}

describe('canonicalJson', () => {
  it.each<[string, unknown, string]>([
    ['sorts keys', { b: 1, a: 2 }, '{"a":2,"b":1}'],
    [
      'sorts nested keys, keeps array order',
      { z: { y: [{ b: 1, a: 2 }, 3] }, a: null },
      '{"a":null,"z":{"y":[{"a":2,"b":1},3]}}',
    ],
    ['empty containers', { o: {}, a: [] }, '{"a":[],"o":{}}'],
    ['keeps non-ASCII characters as they are', { é: 'café', a: '日本 😀' }, '{"a":"日本 😀","é":"café"}'],
    ['sorts by UTF-16 code units (RFC 8785)', { '\uffff': 1, '😀': 2, Z: 3, a: 4 }, '{"Z":3,"a":4,"😀":2,"\uffff":1}'],
    ['escapes quotes and backslashes', { s: 'a"b\\c' }, '{"s":"a\\"b\\\\c"}'],
    ['escapes control characters', { s: 'l1\nl2\t\u0001' }, '{"s":"l1\\nl2\\t\\u0001"}'],
    ['escapes a lone surrogate', { s: '\ud800' }, '{"s":"\\ud800"}'],
    ['does not escape U+2028 or slashes', { s: '\u2028</' }, '{"s":"\u2028</"}'],
    ['does not normalise Unicode', ['e\u0301', '\u00e9'], '["e\u0301","\u00e9"]'],
    ['writes numbers in shortest form', [1, -0, 0.1, 1e21, 1.5e-7, -2.5], '[1,0,0.1,1e+21,1.5e-7,-2.5]'],
    ['writes booleans and null', [true, false, null], '[true,false,null]'],
    ['writes a Date as its ISO string', { at: new Date('2026-11-29T10:15:00Z') }, '{"at":"2026-11-29T10:15:00.000Z"}'],
    ['accepts a null-prototype object', Object.assign(Object.create(null), { b: 2, a: 1 }), '{"a":1,"b":2}'],
    [
      'accepts a shared (non-circular) reference',
      (() => {
        const s = { x: 1 };
        return [s, s];
      })(),
      '[{"x":1},{"x":1}]',
    ],
    ['a bare string', 'x', '"x"'],
  ])('%s', (_name, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('gives the same text whatever the key insertion order', () => {
    expect(canonicalJson({ a: 1, b: { c: 2, d: 3 } })).toBe(canonicalJson({ b: { d: 3, c: 2 }, a: 1 }));
  });

  const circular: Record<string, unknown> = {};
  circular.self = circular;

  it.each<[string, unknown, string]>([
    ['undefined', undefined, '$'],
    ['an undefined property', { a: { b: undefined } }, '$.a.b'],
    ['an undefined array item', [1, undefined], '$[1]'],
    ['an array hole', Object.assign([1], { 2: 3 }), '$[1]'],
    ['a function', { f: () => 1 }, '$.f'],
    ['a symbol', { s: Symbol('s') }, '$.s'],
    ['a bigint', { n: 10n }, '$.n'],
    ['NaN', { a: { b: [1, Number.NaN] } }, '$.a.b[1]'],
    ['Infinity', [Number.POSITIVE_INFINITY], '$[0]'],
    ['-Infinity', [Number.NEGATIVE_INFINITY], '$[0]'],
    ['an invalid Date', { at: new Date('nope') }, '$.at'],
    ['a Map', { m: new Map([['a', 1]]) }, '$.m'],
    ['a Set', new Set([1]), '$'],
    ['a class instance', { p: new Point() }, '$.p'],
    ['a cycle', circular, '$.self'],
  ])('rejects %s', (_name, value, path) => {
    expect(() => canonicalJson(value)).toThrow(CanonicalJsonError);
    try {
      canonicalJson(value);
    } catch (error) {
      expect((error as CanonicalJsonError).path).toBe(path);
    }
  });
});
