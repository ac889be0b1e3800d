import { describe, expect, it } from 'vitest';
import { atLeast, atMost, formatDuration, parseDuration } from './durations.ts';

describe('durations in French', () => {
  it.each([
    ['5 ans', 60, 0],
    ['1 an', 12, 0],
    ['3 mois', 3, 0],
    ['1 an 6 mois', 18, 0],
    ['1 an et 6 mois', 18, 0],
    ['  20  ans ', 240, 0],
    ['0 mois', 0, 0],
    ['90 jours', 0, 90],
    ['1 jour', 0, 1],
    ['1 mois et 10 jours', 1, 10],
  ])('reads « %s » as %i months and %i days', (text, months, days) => {
    expect(parseDuration(text)).toEqual({ months, days });
  });

  it.each(['', '5', 'cinq ans', '5 années', '3 semaines', '-1 an', '5 ans 3', 'jours'])('refuses « %s »', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });

  it.each([
    [240, 0, '20 ans'],
    [12, 0, '1 an'],
    [1, 0, '1 mois'],
    [18, 0, '1 an et 6 mois'],
    [0, 0, '0 mois'],
    [0, 90, '90 jours'],
    [0, 1, '1 jour'],
    [14, 3, '1 an, 2 mois et 3 jours'],
  ])('writes %i months and %i days « %s »', (months, days, text) => {
    expect(formatDuration(months, days)).toBe(text);
  });

  // A month lasts 28 to 31 days: the comparison holds whatever the day the period starts.
  it.each([
    ['3 mois', '90 jours', false, '31 January + 3 months is 30 April: 89 days'],
    ['4 mois', '90 jours', true, 'at least 119 days'],
    ['90 jours', '90 jours', true, 'the same'],
    ['1 mois', '1 jour', true, 'a month is more than a day'],
    ['20 ans', '20 ans', true, 'months against months'],
    ['19 ans', '20 ans', false, 'months against months'],
  ])('« %s » lasts at least « %s »: %s (%s)', (span, min, expected) => {
    expect(atLeast(parseDuration(span)!, parseDuration(min)!)).toBe(expected);
  });

  it.each([
    ['30 jours', '1 mois', false, '1 February + 1 month is 28 days'],
    ['28 jours', '1 mois', true, 'never longer than a month'],
    ['1 mois', '1 mois', true, 'the same'],
    ['2 mois', '1 mois', false, 'longer'],
  ])('« %s » lasts at most « %s »: %s (%s)', (span, max, expected) => {
    expect(atMost(parseDuration(span)!, parseDuration(max)!)).toBe(expected);
  });
});
