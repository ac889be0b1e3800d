import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, addYears } from '../../lib/dates/index.ts';
import { readDay } from './day-input.ts';
import { addMonthsClamped, addYearsClamped, frenchDay, isoDayOf } from './day-math.ts';

const days = fc
  .date({ min: new Date('1800-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('day arithmetic of the scan', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2072-02-29', 28 * 12, '2100-02-28'],
    ['2004-02-29', 28 * 12, '2032-02-29'],
    ['2018-03-15', 240, '2038-03-15'],
    ['2020-12-31', 3, '2021-03-31'],
    ['2020-11-30', 3, '2021-02-28'],
  ])('%s + %i months = %s (a missing day becomes the month’s last day)', (day, months, expected) => {
    expect(addMonthsClamped(day, months)).toBe(expected);
  });

  it('follows addYears of src/lib/dates: 29 February plus one year is 28 February', () => {
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYearsClamped('2028-02-29', 1)).toBe(addYears('2028-02-29', 1));
  });

  it('gives the same day as addMonths and addYears of src/lib/dates for any day and duration', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: 0, max: 600 }), (day, months) => {
        expect(addMonthsClamped(day, months)).toBe(addMonths(day, months));
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(days, fc.integer({ min: 0, max: 50 }), (day, years) => {
        expect(addYearsClamped(day, years)).toBe(addYears(day, years));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    [2028, 2, 29, '2028-02-29'],
    [2026, 2, 29, undefined],
    [1900, 2, 29, undefined],
    [2000, 2, 29, '2000-02-29'],
    [2026, 4, 31, undefined],
    [2026, 13, 1, undefined],
    [999, 1, 1, undefined],
  ])('isoDayOf(%i, %i, %i) = %s', (year, month, day, expected) => {
    expect(isoDayOf(year, month, day)).toBe(expected);
  });

  it('writes a day the French way', () => {
    expect(frenchDay('2045-03-15')).toBe('15/03/2045');
  });
});

describe('reading a date cell', () => {
  it.each([
    ['2020-01-05', { kind: 'day', day: '2020-01-05' }],
    ['05/03/1990', { kind: 'day', day: '1990-03-05' }],
    ['5/3/1990', { kind: 'day', day: '1990-03-05' }],
    ['2020-1-5', { kind: 'day', day: '2020-01-05' }],
    ['  29/02/2024 ', { kind: 'day', day: '2024-02-29' }],
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['31/02/2020', { kind: 'invalid', text: '31/02/2020' }],
    ['2023-02-29', { kind: 'invalid', text: '2023-02-29' }],
    ['2020/01/01', { kind: 'invalid', text: '2020/01/01' }],
    ['01-01-2020', { kind: 'invalid', text: '01-01-2020' }],
    ['1/1/20', { kind: 'invalid', text: '1/1/20' }],
    ['hier', { kind: 'invalid', text: 'hier' }],
    ['2020-01-01T10:00', { kind: 'invalid', text: '2020-01-01T10:00' }],
  ])('%j → %j', (text, expected) => {
    expect(readDay(text)).toEqual(expected);
  });

  it('reads any real day written either way', () => {
    fc.assert(
      fc.property(days, (day) => {
        const [y, m, d] = day.split('-');
        expect(readDay(day)).toEqual({ kind: 'day', day });
        expect(readDay(`${d}/${m}/${y}`)).toEqual({ kind: 'day', day });
      }),
      { numRuns: 200 },
    );
  });
});
