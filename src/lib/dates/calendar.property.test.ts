import { TZDate } from '@date-fns/tz';
import {
  differenceInCalendarDays,
  addDays as fnsAddDays,
  addMonths as fnsAddMonths,
  addYears as fnsAddYears,
  format,
  getISODay,
} from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, daysBetween, isoWeekday } from './calendar.ts';

/** date-fns on UTC dates: the reference the fast integer arithmetic must agree with. */
const ref = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, 'UTC');
};
const out = (date: Date) => format(date, 'yyyy-MM-dd');
const day = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const n = fc.integer({ min: -1200, max: 1200 });

describe('plain-day arithmetic agrees with date-fns', () => {
  it('addDays, addMonths, addYears', () => {
    fc.assert(
      fc.property(day, n, (d, k) => {
        expect(addDays(d, k * 37)).toBe(out(fnsAddDays(ref(d), k * 37)));
        expect(addMonths(d, k)).toBe(out(fnsAddMonths(ref(d), k)));
        expect(addYears(d, Math.trunc(k / 12))).toBe(out(fnsAddYears(ref(d), Math.trunc(k / 12))));
      }),
      { numRuns: 500 },
    );
  });

  it('daysBetween and isoWeekday', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(daysBetween(a, b)).toBe(differenceInCalendarDays(ref(b), ref(a)));
        expect(isoWeekday(a)).toBe(getISODay(ref(a)));
      }),
      { numRuns: 500 },
    );
  });
});
