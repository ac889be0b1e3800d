import { describe, expect, it } from 'vitest';
import {
  addDays,
  addHours,
  addMonths,
  addYears,
  compareDays,
  daysBetween,
  endOfParisDay,
  isoWeekday,
  isValidIsoDay,
  parisDay,
  parisMidnight,
} from './calendar.ts';

const HOUR = 3_600_000;

describe('parisDay', () => {
  it.each([
    // Spring DST change, Sunday 29 March 2026: 02:00 CET (01:00Z) becomes 03:00 CEST.
    ['2026-03-28T22:59:59.999Z', '2026-03-28'],
    ['2026-03-28T23:00:00.000Z', '2026-03-29'],
    ['2026-03-29T01:30:00.000Z', '2026-03-29'],
    ['2026-03-29T21:59:59.999Z', '2026-03-29'],
    ['2026-03-29T22:00:00.000Z', '2026-03-30'],
    // Autumn DST change, Sunday 25 October 2026: 03:00 CEST (01:00Z) becomes 02:00 CET.
    ['2026-10-24T21:59:59.999Z', '2026-10-24'],
    ['2026-10-24T22:00:00.000Z', '2026-10-25'],
    ['2026-10-25T22:59:59.999Z', '2026-10-25'],
    ['2026-10-25T23:00:00.000Z', '2026-10-26'],
    // New year and a leap day.
    ['2026-12-31T22:59:59.999Z', '2026-12-31'],
    ['2026-12-31T23:00:00.000Z', '2027-01-01'],
    ['2028-02-28T23:00:00.000Z', '2028-02-29'],
    ['2026-07-14T12:00:00.000Z', '2026-07-14'],
  ])('%s is %s in Paris', (instant, day) => {
    expect(parisDay(new Date(instant))).toBe(day);
  });
});

describe('parisMidnight and endOfParisDay', () => {
  it.each([
    ['2026-01-15', '2026-01-14T23:00:00.000Z', '2026-01-15T22:59:59.999Z', 24],
    ['2026-03-28', '2026-03-27T23:00:00.000Z', '2026-03-28T22:59:59.999Z', 24],
    ['2026-03-29', '2026-03-28T23:00:00.000Z', '2026-03-29T21:59:59.999Z', 23],
    ['2026-03-30', '2026-03-29T22:00:00.000Z', '2026-03-30T21:59:59.999Z', 24],
    ['2026-07-14', '2026-07-13T22:00:00.000Z', '2026-07-14T21:59:59.999Z', 24],
    ['2026-10-25', '2026-10-24T22:00:00.000Z', '2026-10-25T22:59:59.999Z', 25],
    ['2026-10-26', '2026-10-25T23:00:00.000Z', '2026-10-26T22:59:59.999Z', 24],
    ['2026-12-31', '2026-12-30T23:00:00.000Z', '2026-12-31T22:59:59.999Z', 24],
    ['2028-02-29', '2028-02-28T23:00:00.000Z', '2028-02-29T22:59:59.999Z', 24],
  ])('%s starts at %s, ends at %s and lasts %i hours', (day, start, end, hours) => {
    const midnight = parisMidnight(day);
    const last = endOfParisDay(day);
    expect(midnight.toISOString()).toBe(start);
    expect(last.toISOString()).toBe(end);
    expect(last.getTime() + 1 - midnight.getTime()).toBe(hours * HOUR);
  });

  it('round-trips with parisDay for every day of 2026 and 2027', () => {
    let mismatches = 0;
    for (let day = '2026-01-01'; day < '2028-01-01'; day = addDays(day, 1)) {
      const start = parisMidnight(day);
      const end = endOfParisDay(day);
      if (parisDay(start) !== day || parisDay(end) !== day) mismatches++;
      if (parisDay(new Date(start.getTime() - 1)) !== addDays(day, -1)) mismatches++;
      if (parisDay(new Date(end.getTime() + 1)) !== addDays(day, 1)) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('returns plain Date objects', () => {
    expect(parisMidnight('2026-01-15').constructor).toBe(Date);
    expect(endOfParisDay('2026-01-15').constructor).toBe(Date);
  });
});

describe('addHours counts real elapsed hours', () => {
  it.each([
    // 72 h across spring DST: 11:00 CET on Saturday → 12:00 CEST on Tuesday (wall clock +1 h).
    ['2026-03-28T10:00:00.000Z', 72, '2026-03-31T10:00:00.000Z', '2026-03-31', 12],
    // 72 h across autumn DST: 12:00 CEST on Saturday → 11:00 CET on Tuesday (wall clock -1 h).
    ['2026-10-24T10:00:00.000Z', 72, '2026-10-27T10:00:00.000Z', '2026-10-27', 11],
    // 01:30 CET + 1 h is 03:30 CEST: 02:xx does not exist that night.
    ['2026-03-29T00:30:00.000Z', 1, '2026-03-29T01:30:00.000Z', '2026-03-29', 3],
    // 02:30 CEST + 1 h is 02:30 CET: 02:xx happens twice that night.
    ['2026-10-25T00:30:00.000Z', 1, '2026-10-25T01:30:00.000Z', '2026-10-25', 2],
    ['2026-01-15T08:00:00.000Z', -24, '2026-01-14T08:00:00.000Z', '2026-01-14', 9],
    ['2026-01-15T08:00:00.000Z', 0.5, '2026-01-15T08:30:00.000Z', '2026-01-15', 9],
    ['2026-12-31T22:00:00.000Z', 1, '2026-12-31T23:00:00.000Z', '2027-01-01', 0],
  ])('%s + %d h = %s (Paris %s at %i h)', (start, hours, expected, day, parisHour) => {
    const at = addHours(new Date(start), hours);
    expect(at.toISOString()).toBe(expected);
    expect(parisDay(at)).toBe(day);
    const hour = Number(
      new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: 'numeric' }).format(at).replace(/\D/g, ''),
    );
    expect(hour).toBe(parisHour);
  });

  it('does not mutate its argument and rejects a non-finite number', () => {
    const start = new Date('2026-03-28T10:00:00.000Z');
    addHours(start, 72);
    expect(start.toISOString()).toBe('2026-03-28T10:00:00.000Z');
    expect(() => addHours(start, Number.NaN)).toThrow(RangeError);
    expect(() => addHours(start, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-25', 1, '2026-10-26'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2028-01-01', 366, '2029-01-01'],
    ['2026-05-14', 0, '2026-05-14'],
    ['2026-01-05', 8, '2026-01-13'],
  ])('%s + %i days = %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });
});

describe('addMonths clamps to the last day of the month', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-01-30', 1, '2026-02-28'],
    ['2026-01-29', 1, '2026-02-28'],
    ['2026-02-28', 1, '2026-03-28'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-10-31', 2, '2026-12-31'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-01-31', 12, '2027-01-31'],
    ['2026-05-31', -1, '2026-04-30'],
    ['2026-03-31', -1, '2026-02-28'],
  ])('%s + %i months = %s', (day, n, expected) => {
    expect(addMonths(day, n)).toBe(expected);
  });
});

describe('addYears', () => {
  it.each([
    ['2028-02-29', 1, '2029-02-28'],
    ['2028-02-29', 4, '2032-02-29'],
    ['2028-02-29', -1, '2027-02-28'],
    ['2027-02-28', 1, '2028-02-28'],
    ['2026-03-29', -1, '2025-03-29'],
    ['2026-12-31', 5, '2031-12-31'],
  ])('%s + %i years = %s', (day, n, expected) => {
    expect(addYears(day, n)).toBe(expected);
  });
});

describe('compareDays and daysBetween', () => {
  it.each([
    ['2026-01-01', '2026-01-02', -1],
    ['2026-01-02', '2026-01-01', 1],
    ['2026-05-14', '2026-05-14', 0],
    ['2026-12-31', '2027-01-01', -1],
  ] as const)('compareDays(%s, %s) = %i', (a, b, expected) => {
    expect(compareDays(a, b)).toBe(expected);
  });

  it('sorts days', () => {
    expect(['2027-01-01', '2026-03-01', '2026-01-15'].sort(compareDays)).toEqual([
      '2026-01-15',
      '2026-03-01',
      '2027-01-01',
    ]);
  });

  it.each([
    ['2026-01-01', '2026-01-31', 30],
    ['2026-01-31', '2026-01-01', -30],
    ['2026-03-28', '2026-03-30', 2],
    ['2026-10-24', '2026-10-26', 2],
    ['2028-02-28', '2028-03-01', 2],
    ['2027-02-28', '2027-03-01', 1],
    ['2026-01-01', '2027-01-01', 365],
    ['2028-01-01', '2029-01-01', 366],
    ['2026-07-14', '2026-07-14', 0],
  ])('daysBetween(%s, %s) = %i', (a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected);
  });
});

describe('isValidIsoDay and isoWeekday', () => {
  it.each([
    ['2026-01-01', true],
    ['2026-12-31', true],
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['2026-02-30', false],
    ['2027-02-29', false],
    ['1900-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-01-32', false],
    ['2026-1-01', false],
    ['26-01-01', false],
    ['2026/01/01', false],
    [' 2026-01-01', false],
    ['2026-01-01T00:00:00Z', false],
    ['', false],
  ])('isValidIsoDay(%j) = %s', (s, expected) => {
    expect(isValidIsoDay(s)).toBe(expected);
  });

  it.each([
    ['2026-10-03', 6],
    ['2026-10-05', 1],
    ['2026-11-01', 7],
    ['2026-03-29', 7],
    ['2028-02-29', 2],
  ])('isoWeekday(%s) = %i', (day, expected) => {
    expect(isoWeekday(day)).toBe(expected);
  });

  it.each([
    ['addDays', () => addDays('2026-02-30', 1)],
    ['addMonths', () => addMonths('2026-1-31', 1)],
    ['daysBetween', () => daysBetween('2026-01-01', 'demain')],
    ['compareDays', () => compareDays('2026-13-01', '2026-01-01')],
    ['parisMidnight', () => parisMidnight('2027-02-29')],
  ])('%s rejects an invalid day', (_name, call) => {
    expect(call).toThrow(RangeError);
  });
});
