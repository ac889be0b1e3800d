import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from './durations.ts';

describe('durations in French', () => {
  it.each([
    ['5 ans', 60],
    ['1 an', 12],
    ['3 mois', 3],
    ['1 an 6 mois', 18],
    ['1 an et 6 mois', 18],
    ['  20  ans ', 240],
    ['0 mois', 0],
  ])('reads « %s » as %i months', (text, months) => {
    expect(parseDuration(text)).toBe(months);
  });

  it.each(['', '5', 'cinq ans', '5 années', '3 semaines', '-1 an', '5 ans 3'])('refuses « %s »', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });

  it.each([
    [240, '20 ans'],
    [12, '1 an'],
    [1, '1 mois'],
    [18, '1 an et 6 mois'],
    [0, '0 mois'],
  ])('writes %i months « %s »', (months, text) => {
    expect(formatDuration(months)).toBe(text);
  });
});
