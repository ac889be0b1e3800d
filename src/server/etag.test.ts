import { describe, expect, it } from 'vitest';
import { etagMatches } from './etag.ts';

describe('etagMatches (If-None-Match)', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['"abc"', true],
    ['W/"abc"', true],
    ['"other", "abc"', true],
    ['"other"', false],
    ['*', true],
    ['abc', false],
  ])('%s → %s', (header, expected) => {
    expect(etagMatches(header, '"abc"')).toBe(expected);
  });
});
