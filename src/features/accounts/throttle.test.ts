import { describe, expect, it } from 'vitest';
import { loginDelaySeconds, secondFactorDelaySeconds, secondsToWait, waitText } from './throttle.ts';

describe('delays after consecutive failures', () => {
  it.each([
    [1, 0, 0],
    [4, 0, 0],
    [5, 1, 1],
    [6, 2, 2],
    [10, 32, 32],
    [11, 60, 64],
    [16, 60, 2048],
    [17, 60, 3600],
    [500, 60, 3600],
  ])('failure n° %i → password %i s, second factor %i s', (failures, password, secondFactor) => {
    expect(loginDelaySeconds(failures)).toBe(password);
    expect(secondFactorDelaySeconds(failures)).toBe(secondFactor);
  });
});

describe('secondsToWait', () => {
  const now = new Date('2026-11-29T10:00:00.000Z');
  it.each([
    [undefined, 0],
    ['2026-11-29T09:59:00.000Z', 0],
    ['2026-11-29T10:00:00.000Z', 0],
    ['2026-11-29T10:00:00.001Z', 1],
    ['2026-11-29T10:00:01.000Z', 1],
    ['2026-11-29T10:59:59.500Z', 3600],
  ])('%s → %i', (nextAllowedAt, seconds) => {
    expect(secondsToWait(nextAllowedAt, now)).toBe(seconds);
  });
});

describe('waitText', () => {
  it.each([
    [1, '1 seconde'],
    [59, '59 secondes'],
    [60, '1 minute'],
    [61, '2 minutes'],
    [3600, '60 minutes'],
  ])('%i → %s', (seconds, text) => {
    expect(waitText(seconds)).toBe(text);
  });
});
