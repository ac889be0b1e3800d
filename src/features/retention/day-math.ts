import { daysInMonth, type IsoDay } from '../../lib/dates/index.ts';

/*
 * Day arithmetic for the scan's hot path: `src/lib/dates` validates every day it is given (a
 * regular expression and a calendar check per call); these functions skip that for days the scan
 * has already validated, work on the digits of `YYYY-MM-DD` and follow exactly its convention
 * (checked by a property test against `addMonths` and `addYears` of `src/lib/dates`): a day that does not exist in the target month
 * becomes that month's last day, so 29 February plus one year is 28 February.
 */

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const digitAt = (text: string, i: number) => text.charCodeAt(i) - 48;

/** Years 1000 to 9999 only, as `isoDayOf` accepts them. */
function toIso(year: number, month: number, day: number): IsoDay {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/**
 * The real calendar day written `YYYY-MM-DD` (years 1000 to 9999), or undefined.
 * @example isoDayOf(2028, 2, 29) // '2028-02-29'; isoDayOf(2026, 2, 29) // undefined
 */
export function isoDayOf(year: number, month: number, day: number): IsoDay | undefined {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  return day <= daysInMonth(year, month) ? toIso(year, month, day) : undefined;
}

/**
 * `day` moved by `months` calendar months; a missing day becomes the last day of the month.
 * @example addMonthsClamped('2024-01-31', 1) // '2024-02-29'
 * @example addMonthsClamped('2028-02-29', 12) // '2029-02-28'
 */
export function addMonthsClamped(day: IsoDay, months: number): IsoDay {
  const year = digitAt(day, 0) * 1000 + digitAt(day, 1) * 100 + digitAt(day, 2) * 10 + digitAt(day, 3);
  const month = digitAt(day, 5) * 10 + digitAt(day, 6);
  const date = digitAt(day, 8) * 10 + digitAt(day, 9);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return toIso(targetYear, targetMonth, Math.min(date, daysInMonth(targetYear, targetMonth)));
}

/**
 * `day` moved by `years`; 29 February becomes 28 February in a common year.
 * @example addYearsClamped('2072-02-29', 28) // '2100-02-28' (2100 is not a leap year)
 */
export function addYearsClamped(day: IsoDay, years: number): IsoDay {
  return addMonthsClamped(day, years * 12);
}

/**
 * `DD/MM/YYYY` for French sentences.
 * @example frenchDay('2045-03-15') // '15/03/2045'
 */
export function frenchDay(day: IsoDay): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}
