import { describe, expect, it } from 'vitest';
import type { RecurrenceUnit } from './checklist.referential.ts';
import { isOverdue, nextDue } from './recurrence.ts';

describe('nextDue()', () => {
  it.each<[RecurrenceUnit, number, string | null, string, string]>([
    // never done: due today
    ['week', 1, null, '2026-02-10', '2026-02-10'],
    ['year', 1, null, '2028-02-29', '2028-02-29'],
    // days, across month and year ends, leap and common years
    ['day', 1, '2026-02-28', '2026-02-28', '2026-03-01'],
    ['day', 1, '2028-02-28', '2028-02-28', '2028-02-29'],
    ['day', 1, '2026-12-31', '2027-01-01', '2027-01-01'],
    ['day', 30, '2026-03-15', '2026-03-15', '2026-04-14'],
    // weeks
    ['week', 1, '2026-02-25', '2026-02-25', '2026-03-04'],
    ['week', 1, '2028-02-25', '2028-02-25', '2028-03-03'],
    ['week', 1, '2026-12-28', '2026-12-28', '2027-01-04'],
    ['week', 2, '2026-03-24', '2026-03-24', '2026-04-07'],
    // months: the end of a shorter month clamps
    ['month', 1, '2026-01-31', '2026-02-10', '2026-02-28'],
    ['month', 1, '2028-01-31', '2028-02-10', '2028-02-29'],
    ['month', 1, '2026-03-31', '2026-04-01', '2026-04-30'],
    ['month', 1, '2026-12-15', '2026-12-15', '2027-01-15'],
    ['month', 6, '2026-08-31', '2026-09-01', '2027-02-28'],
    ['month', 12, '2027-02-28', '2027-03-01', '2028-02-28'],
    // years: 29 February becomes 28 February in a common year
    ['year', 1, '2028-02-29', '2028-03-01', '2029-02-28'],
    ['year', 4, '2028-02-29', '2028-03-01', '2032-02-29'],
    ['year', 1, '2026-06-30', '2026-07-01', '2027-06-30'],
  ])('unit %s × %i, last done %s, today %s → %s', (unit, every, lastDone, today, expected) => {
    expect(nextDue({ every, unit }, lastDone, today)).toBe(expected);
  });

  it('does not depend on today once the measure was done', () => {
    expect(nextDue({ every: 1, unit: 'month' }, '2025-01-31', '2026-06-01')).toBe('2025-02-28');
  });
});

describe('isOverdue()', () => {
  it.each<[RecurrenceUnit, number, string | null, string, boolean]>([
    ['week', 1, null, '2026-02-10', false],
    ['week', 1, '2026-02-01', '2026-02-07', false],
    ['week', 1, '2026-02-01', '2026-02-08', false],
    ['week', 1, '2026-02-01', '2026-02-09', true],
    ['month', 1, '2026-01-31', '2026-02-28', false],
    ['month', 1, '2026-01-31', '2026-03-01', true],
    ['year', 1, '2028-02-29', '2029-02-28', false],
    ['year', 1, '2028-02-29', '2029-03-01', true],
  ])('unit %s × %i, last done %s, today %s → %s', (unit, every, lastDone, today, expected) => {
    expect(isOverdue({ every, unit }, lastDone, today)).toBe(expected);
  });
});
