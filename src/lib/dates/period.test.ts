import { describe, expect, it } from 'vitest';
import { addEuPeriodMonths } from './period.ts';

describe('addEuPeriodMonths (EU regulation 1182/71 art. 3)', () => {
  // received, months, national result, Alsace-Moselle result — nominal end and weekday in the comment.
  it.each([
    ['2026-09-03', 1, '2026-10-05', '2026-10-05'], // 3 Oct Sat → Mon 5 Oct
    ['2026-03-31', 1, '2026-04-30', '2026-04-30'], // no 31 April → Thu 30 April
    ['2027-03-31', 1, '2027-04-30', '2027-04-30'], // no 31 April → Fri 30 April
    ['2026-01-15', 1, '2026-02-16', '2026-02-16'], // 15 Feb Sun → Mon 16
    ['2026-02-10', 1, '2026-03-10', '2026-03-10'], // Tue, nothing to move
    ['2026-01-31', 1, '2026-03-02', '2026-03-02'], // 28 Feb Sat → Mon 2 March
    ['2028-01-31', 1, '2028-02-29', '2028-02-29'], // leap year: Tue 29 Feb
    ['2027-01-31', 1, '2027-03-01', '2027-03-01'], // 28 Feb Sun → Mon 1 March
    ['2026-04-08', 1, '2026-05-11', '2026-05-11'], // 8 May Fri holiday, then weekend
    ['2026-11-25', 1, '2026-12-28', '2026-12-28'], // 25 Dec Fri holiday, then weekend
    ['2026-12-01', 1, '2027-01-04', '2027-01-04'], // 1 Jan Fri holiday, then weekend
    ['2026-04-14', 1, '2026-05-15', '2026-05-15'], // Ascension Thu → Fri
    ['2027-04-17', 1, '2027-05-18', '2027-05-18'], // Lundi de Pentecôte → Tue
    ['2026-06-14', 1, '2026-07-15', '2026-07-15'], // 14 July Tue → Wed
    ['2027-04-08', 1, '2027-05-10', '2027-05-10'], // 8 May Sat (holiday and weekend) → Mon
    ['2026-03-03', 1, '2026-04-03', '2026-04-07'], // Good Friday, weekend, Easter Monday
    ['2027-02-26', 1, '2027-03-26', '2027-03-30'], // Good Friday, weekend, Easter Monday
    ['2025-11-26', 1, '2025-12-26', '2025-12-29'], // Saint-Étienne Fri, then weekend
    ['2026-05-31', 3, '2026-08-31', '2026-08-31'], // one month + two-month extension, Mon
    ['2026-05-15', 3, '2026-08-17', '2026-08-17'], // 15 Aug Sat holiday → Mon 17
    ['2026-09-01', 2, '2026-11-02', '2026-11-02'], // Toussaint Sun → Mon 2 Nov
    ['2026-12-31', 2, '2027-03-01', '2027-03-01'], // no 31 Feb → 28 Feb Sun → Mon 1 March
    ['2027-12-31', 2, '2028-02-29', '2028-02-29'], // no 31 Feb → leap day, Tue
  ])('received %s + %i month(s) → %s (Alsace-Moselle %s)', (received, months, national, alsace) => {
    expect(addEuPeriodMonths(received, months)).toBe(national);
    expect(addEuPeriodMonths(received, months, { alsaceMoselle: false })).toBe(national);
    expect(addEuPeriodMonths(received, months, { alsaceMoselle: true, goodFriday: true })).toBe(alsace);
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects %s months', (months) => {
    expect(() => addEuPeriodMonths('2026-09-03', months)).toThrow(RangeError);
  });

  it('rejects an invalid day of receipt', () => {
    expect(() => addEuPeriodMonths('2026-02-30', 1)).toThrow(RangeError);
  });
});
