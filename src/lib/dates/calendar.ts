import { TZDate } from '@date-fns/tz';
import {
  differenceInCalendarDays,
  addDays as fnsAddDays,
  addMonths as fnsAddMonths,
  addYears as fnsAddYears,
  format,
  getISODay,
  isExists,
} from 'date-fns';
import { PARIS } from './format.ts';

/** A plain calendar day, `'YYYY-MM-DD'`, with no time and no time zone. */
export type IsoDay = string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const HOUR_MS = 3_600_000;

/**
 * True when `s` is a real calendar day written `'YYYY-MM-DD'`.
 * @example isValidIsoDay('2028-02-29') // true; isValidIsoDay('2026-02-30') // false
 */
export function isValidIsoDay(s: string): s is IsoDay {
  const m = ISO_DAY.exec(s);
  return m !== null && isExists(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** Parses a day as midnight UTC: plain-day arithmetic then never meets a DST change. */
function toUtc(day: IsoDay): TZDate {
  const m = ISO_DAY.exec(day);
  if (m === null || !isValidIsoDay(day)) throw new RangeError(`Invalid IsoDay: ${JSON.stringify(day)}`);
  return new TZDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 'UTC');
}

function fromUtc(date: TZDate): IsoDay {
  return format(date, 'yyyy-MM-dd');
}

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
  return fromUtc(fnsAddDays(toUtc(day), n));
}

/**
 * `day` moved by `n` months; clamps to the last day of a shorter month.
 * @example addMonths('2026-01-31', 1) // '2026-02-28'
 */
export function addMonths(day: IsoDay, n: number): IsoDay {
  return fromUtc(fnsAddMonths(toUtc(day), n));
}

/**
 * `day` moved by `n` years; 29 February becomes 28 February in a common year.
 * @example addYears('2028-02-29', 1) // '2029-02-28'
 */
export function addYears(day: IsoDay, n: number): IsoDay {
  return fromUtc(fnsAddYears(toUtc(day), n));
}

/**
 * -1, 0 or 1 as `a` is before, the same as or after `b`; usable with `Array.prototype.sort`.
 * @example ['2026-03-01', '2026-01-15'].sort(compareDays) // ['2026-01-15', '2026-03-01']
 */
export function compareDays(a: IsoDay, b: IsoDay): -1 | 0 | 1 {
  toUtc(a);
  toUtc(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Number of calendar days from `a` to `b` (negative when `b` is before `a`).
 * @example daysBetween('2026-01-01', '2026-01-31') // 30
 */
export function daysBetween(a: IsoDay, b: IsoDay): number {
  return differenceInCalendarDays(toUtc(b), toUtc(a));
}

/**
 * ISO day of the week: 1 = Monday … 7 = Sunday.
 * @example isoWeekday('2026-10-03') // 6 (Saturday)
 */
export function isoWeekday(day: IsoDay): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  return getISODay(toUtc(day)) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/**
 * The instant at which `day` starts in Paris.
 * @example parisMidnight('2026-07-14') // 2026-07-13T22:00:00.000Z (summer time, UTC+2)
 */
export function parisMidnight(day: IsoDay): Date {
  const utc = toUtc(day);
  return new Date(new TZDate(utc.getFullYear(), utc.getMonth(), utc.getDate(), PARIS).getTime());
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
