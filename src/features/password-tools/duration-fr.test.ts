import { describe, expect, it } from 'vitest';
import { averageCrackSeconds, formatDurationFr } from './duration-fr.ts';

describe('formatDurationFr', () => {
  it.each([
    [0, 'moins d’une seconde'],
    [0.99, 'moins d’une seconde'],
    [Number.NaN, 'moins d’une seconde'],
    [1, '1 seconde'],
    [1.4, '1 seconde'],
    [59, '59 secondes'],
    [59.6, '60 secondes'],
    [60, '1 minute'],
    [150, '3 minutes'],
    [3600, '1 heure'],
    [86_400 * 2, '2 jours'],
    [86_400 * 31, '1 mois'],
    [86_400 * 31 * 5, '5 mois'],
    [86_400 * 31 * 12, '1 an'],
    [86_400 * 31 * 12 * 99, '99 ans'],
    [86_400 * 31 * 12 * 100, 'plusieurs siècles'],
    [Number.POSITIVE_INFINITY, 'plusieurs siècles'],
  ])('%d s → %s', (seconds, text) => {
    expect(formatDurationFr(seconds)).toBe(text);
  });
});

describe('averageCrackSeconds', () => {
  it.each([
    [1, 1, 1],
    [11, 1024, 1],
    [44, 1e10, 2 ** 43 / 1e10],
  ])('%i bits at %d guesses a second → %d s (half the space searched)', (bits, rate, seconds) => {
    expect(averageCrackSeconds(bits, rate)).toBe(seconds);
  });
});
