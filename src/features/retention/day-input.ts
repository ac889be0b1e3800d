import { daysInMonth, type IsoDay } from '../../lib/dates/index.ts';
import { isoDayOf } from './day-math.ts';

/** A date cell: empty, a real day, or something that is not a date (kept to be shown). */
export type DayCell = { kind: 'empty' } | { kind: 'day'; day: IsoDay } | { kind: 'invalid'; text: string };

const EMPTY: DayCell = { kind: 'empty' };

/** The number written by the digits of `text` from `start` to `end`, or -1 when one is not a digit. */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

const isReal = (year: number, month: number, day: number) =>
  year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

/** Days written the French way, as `YYYY-MM-DD`, remembered (a patient index repeats its days). */
const FRENCH_DAYS = new Map<number, IsoDay>();
const FRENCH_DAYS_MAX = 65_536;

/** The real day `year`-`month`-`day` (checked by the caller) as `YYYY-MM-DD`, one string per day. */
function frenchDayAsIso(year: number, month: number, day: number): IsoDay | undefined {
  const key = year * 10_000 + month * 100 + day;
  let iso = FRENCH_DAYS.get(key);
  if (iso === undefined) {
    iso = isoDayOf(year, month, day);
    if (iso === undefined) return undefined;
    if (FRENCH_DAYS.size >= FRENCH_DAYS_MAX) FRENCH_DAYS.clear();
    FRENCH_DAYS.set(key, iso);
  }
  return iso;
}

/** Year, month and day of `YYYY-MM-DD` or `DD/MM/YYYY` (one-digit day and month allowed), or undefined. */
function partsOf(value: string): [number, number, number] | undefined {
  const dash = value.indexOf('-');
  if (dash === 4) {
    const second = value.indexOf('-', 5);
    if (second < 6 || second > 7 || value.length - second < 2 || value.length - second > 3) return undefined;
    return [digits(value, 0, 4), digits(value, 5, second), digits(value, second + 1, value.length)];
  }
  const slash = value.indexOf('/');
  if (slash < 1 || slash > 2) return undefined;
  const second = value.indexOf('/', slash + 2);
  if (second < 0 || second - slash > 3 || value.length - second !== 5) return undefined;
  return [digits(value, second + 1, value.length), digits(value, slash + 1, second), digits(value, 0, slash)];
}

/**
 * The day written `YYYY-MM-DD` or `DD/MM/YYYY` in a trimmed, non-empty cell, or undefined when it is
 * not a real day (no allocation but the day itself: the scan reads millions of cells).
 * @example parseDay('05/03/1990') // '1990-03-05'
 */
export function parseDay(value: string): IsoDay | undefined {
  if (value.length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45) {
    // `YYYY-MM-DD`, the usual export: checked in place, the cell itself is the answer.
    const year = digits(value, 0, 4);
    const month = digits(value, 5, 7);
    const day = digits(value, 8, 10);
    return isReal(year, month, day) ? value : undefined;
  }
  if (value.length === 10 && value.charCodeAt(2) === 47 && value.charCodeAt(5) === 47) {
    // `DD/MM/YYYY`: the same day is the same string, built once.
    const year = digits(value, 6, 10);
    const month = digits(value, 3, 5);
    const day = digits(value, 0, 2);
    return isReal(year, month, day) ? frenchDayAsIso(year, month, day) : undefined;
  }
  const parts = partsOf(value);
  if (parts === undefined || parts[0] < 0 || parts[1] < 0 || parts[2] < 0) return undefined;
  const day = isoDayOf(parts[0], parts[1], parts[2]);
  // A well-formed ISO day is already the answer: no new string.
  return day === value ? value : day;
}

/**
 * Reads a date written `YYYY-MM-DD` or `DD/MM/YYYY` (spaces around are ignored).
 * @example readDay('05/03/1990') // { kind: 'day', day: '1990-03-05' }
 * @example readDay('31/02/2020') // { kind: 'invalid', text: '31/02/2020' }
 */
export function readDay(text: string | undefined): DayCell {
  const value = text?.trim() ?? '';
  if (value === '') return EMPTY;
  const day = parseDay(value);
  return day === undefined ? { kind: 'invalid', text: value.slice(0, 40) } : { kind: 'day', day };
}
