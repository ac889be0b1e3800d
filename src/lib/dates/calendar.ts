import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { PARIS } from './format.ts';

/** A plain calendar day, `'YYYY-MM-DD'`, with no time and no time zone. */
export type IsoDay = string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * Days in `month` (1–12) of `year`, Gregorian.
 * @example daysInMonth(2028, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * True when `s` is a real calendar day written `'YYYY-MM-DD'`.
 * @example isValidIsoDay('2028-02-29') // true; isValidIsoDay('2026-02-30') // false
 */
export function isValidIsoDay(s: string): s is IsoDay {
  const m = ISO_DAY.exec(s);
  if (m === null) return false;
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && date >= 1 && date <= daysInMonth(year, month);
}

/**
 * Plain-day arithmetic is done on year, month and day numbers and on UTC milliseconds, never in a
 * time zone, so it never meets a DST change (and costs a few hundred nanoseconds, not tens of µs:
 * the patient-index scan calls it millions of times).
 */
function partsOf(day: IsoDay): [year: number, month: number, date: number] {
  const m = ISO_DAY.exec(day);
  if (m === null || !isValidIsoDay(day)) throw new RangeError(`Invalid IsoDay: ${JSON.stringify(day)}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Midnight UTC of the day, in milliseconds (years 0–99 included: no Date.UTC two-digit quirk). */
function utcMs(year: number, month: number, date: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, date);
  return d.getTime();
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function dayOf(ms: number): IsoDay {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

const msOf = (day: IsoDay) => utcMs(...partsOf(day));

/**
 * The calendar day in Paris at the instant `at` (DST-correct).
 * @example parisDay(new Date('2026-03-28T23:30:00Z')) // '2026-03-29' (00:30 in Paris, UTC+1)
 */
export function parisDay(at: Date): IsoDay {
  return format(new TZDate(at.getTime(), PARIS), 'yyyy-MM-dd');
}

/**
 * `day` moved by `n` calendar days (n may be negative).
 * @example addDays('2026-02-28', 1) // '2026-03-01'
 */
export function addDays(day: IsoDay, n: number): IsoDay {
  return dayOf(msOf(day) + n * DAY_MS);
}

/**
 * `day` moved by `n` months; clamps to the last day of a shorter month.
 * @example addMonths('2026-01-31', 1) // '2026-02-28'
 */
export function addMonths(day: IsoDay, n: number): IsoDay {
  const [year, month, date] = partsOf(day);
  const index = year * 12 + (month - 1) + n;
  const toYear = Math.floor(index / 12);
  const toMonth = index - toYear * 12 + 1;
  return dayOf(utcMs(toYear, toMonth, Math.min(date, daysInMonth(toYear, toMonth))));
}

/**
 * `day` moved by `n` years; 29 February becomes 28 February in a common year.
 * @example addYears('2028-02-29', 1) // '2029-02-28'
 */
export function addYears(day: IsoDay, n: number): IsoDay {
  return addMonths(day, n * 12);
}

/**
 * -1, 0 or 1 as `a` is before, the same as or after `b`; usable with `Array.prototype.sort`.
 * @example ['2026-03-01', '2026-01-15'].sort(compareDays) // ['2026-01-15', '2026-03-01']
 */
export function compareDays(a: IsoDay, b: IsoDay): -1 | 0 | 1 {
  partsOf(a);
  partsOf(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Number of calendar days from `a` to `b` (negative when `b` is before `a`).
 * @example daysBetween('2026-01-01', '2026-01-31') // 30
 */
export function daysBetween(a: IsoDay, b: IsoDay): number {
  return Math.round((msOf(b) - msOf(a)) / DAY_MS);
}

/**
 * ISO day of the week: 1 = Monday … 7 = Sunday.
 * @example isoWeekday('2026-10-03') // 6 (Saturday)
 */
export function isoWeekday(day: IsoDay): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  const weekday = new Date(msOf(day)).getUTCDay();
  return (weekday === 0 ? 7 : weekday) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/**
 * The instant at which `day` starts in Paris.
 * @example parisMidnight('2026-07-14') // 2026-07-13T22:00:00.000Z (summer time, UTC+2)
 */
export function parisMidnight(day: IsoDay): Date {
  const [year, month, date] = partsOf(day);
  return new Date(new TZDate(year, month - 1, date, PARIS).getTime());
}

/**
 * The last millisecond of `day` in Paris (a DST day lasts 23 or 25 hours).
 * @example endOfParisDay('2026-01-15') // 2026-01-15T22:59:59.999Z (winter time, UTC+1)
 */
export function endOfParisDay(day: IsoDay): Date {
  return new Date(parisMidnight(addDays(day, 1)).getTime() - 1);
}

/**
 * `at` plus `hours` real (elapsed) hours, whatever the clocks do in between.
 *
 * Deliberately not wall-clock arithmetic: the GDPR art. 33 breach clock ("72 hours after becoming
 * aware") counts hours that actually elapse, so across the spring DST change 72 hours end at a
 * wall-clock time one hour later than the start time, and across the autumn one, one hour earlier.
 * @example addHours(new Date('2026-03-28T10:00:00Z'), 72) // 2026-03-31T10:00:00.000Z
 */
export function addHours(at: Date, hours: number): Date {
  if (!Number.isFinite(hours)) throw new RangeError(`Invalid hours: ${hours}`);
  return new Date(at.getTime() + hours * HOUR_MS);
}
