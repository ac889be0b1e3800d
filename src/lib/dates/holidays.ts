import { createRequire } from 'node:module';
import type HolidaysClass from 'date-holidays';
import { addDays, type IsoDay, isoWeekday, isValidIsoDay } from './calendar.ts';
import { PARIS } from './format.ts';

export { isAlsaceMoselle } from './alsace-moselle.ts';

/**
 * Where the practice is: Alsace-Moselle (departments 57, 67, 68) has 26 December as a public
 * holiday, and Good Friday only in communes with a Protestant or mixed church (`goodFriday`).
 */
export interface HolidayOptions {
  alsaceMoselle?: boolean;
  /**
   * Alsace-Moselle only: Good Friday is a holiday in the practice's commune (Code du travail
   * L. 3134-13). Off by default: counting it moves a due date later, so without it the earlier,
   * safe date is kept.
   */
  goodFriday?: boolean;
}

/** One public holiday, named in French. */
export interface PublicHoliday {
  day: IsoDay;
  name: string;
}

// date-holidays (data/countries/FR.yaml) lists metropolitan France's national days at country
// level and the overseas regions as separate states, so the country alone is metropolitan France.
// Whit Monday (Lundi de Pentecôte) stays a public holiday in the law (Code du travail L3133-1) even
// when an employer makes it the "journée de solidarité": it counts as a holiday here. Whit Sunday
// and Mother's Day are "observance" entries and are left out by keeping the "public" type only.
// The departments 57, 67 and 68 are declared as three states with the same two extra days, Good
// Friday and 26 December (Code du travail L3134-13); state 57 stands for all three. The law grants
// Good Friday only in communes with a Protestant or mixed church: it is left out unless the
// practice says its commune has one (`goodFriday`), since counting it would move a due date later.
// Loaded on first use (its data takes about half a second to load, too long for every start-up).
let calendars: { national: HolidaysClass; alsaceMoselle: HolidaysClass } | undefined;
function holidayCalendars() {
  if (calendars === undefined) {
    const Holidays = createRequire(import.meta.url)('date-holidays') as typeof HolidaysClass;
    calendars = {
      national: new Holidays('FR', { languages: ['fr'], timezone: PARIS, types: ['public'] }),
      alsaceMoselle: new Holidays('FR', '57', { languages: ['fr'], timezone: PARIS, types: ['public'] }),
    };
  }
  return calendars;
}

/** Local names that read better than the library's ("Lendemain de Noël"), keyed by date-holidays rule. */
const LOCAL_NAMES: Record<string, string> = { '12-26': 'Saint-Étienne' };

interface YearHolidays {
  list: readonly PublicHoliday[];
  days: ReadonlySet<IsoDay>;
}

const cache = new Map<string, YearHolidays>();

/** date-holidays' rule for Good Friday (two days before Easter). */
const GOOD_FRIDAY_RULE = 'easter -2';

function yearHolidays(year: number, opts: HolidayOptions): YearHolidays {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Invalid year: ${year}`);
  const local = opts.alsaceMoselle === true;
  const goodFriday = local && opts.goodFriday === true;
  const key = `${year}:${local}:${goodFriday}`;
  let entry = cache.get(key);
  if (entry === undefined) {
    const source = local ? holidayCalendars().alsaceMoselle : holidayCalendars().national;
    const list = source
      .getHolidays(year)
      .filter((h) => h.type === 'public' && (goodFriday || h.rule !== GOOD_FRIDAY_RULE))
      // `date` is "YYYY-MM-DD hh:mm:ss": its first ten characters are the calendar day.
      .map((h) => Object.freeze({ day: h.date.slice(0, 10), name: LOCAL_NAMES[h.rule] ?? h.name }));
    entry = { list, days: new Set(list.map((h) => h.day)) };
    cache.set(key, entry);
  }
  return entry;
}

/**
 * The public holidays of `year` in France, in date order, with their French names.
 * @example publicHolidays(2026)[1] // { day: '2026-04-06', name: 'Lundi de Pâques' }
 */
export function publicHolidays(year: number, opts: HolidayOptions = {}): PublicHoliday[] {
  return [...yearHolidays(year, opts).list];
}

/**
 * True when `day` is a public holiday (weekends are not holidays by themselves).
 * @example isPublicHoliday('2026-04-03', { alsaceMoselle: true }) // false; isPublicHoliday('2026-04-03', { alsaceMoselle: true, goodFriday: true }) // true
 */
export function isPublicHoliday(day: IsoDay, opts: HolidayOptions = {}): boolean {
  if (!isValidIsoDay(day)) throw new RangeError(`Invalid IsoDay: ${JSON.stringify(day)}`);
  return yearHolidays(Number(day.slice(0, 4)), opts).days.has(day);
}

/**
 * True from Monday to Friday, except public holidays.
 * @example isWorkingDay('2026-05-08') // false (Fête de la Victoire, a Friday)
 */
export function isWorkingDay(day: IsoDay, opts: HolidayOptions = {}): boolean {
  return isoWeekday(day) <= 5 && !isPublicHoliday(day, opts);
}

/**
 * `day` itself when it is a working day, else the first working day after it.
 * @example nextWorkingDay('2026-05-08') // '2026-05-11' (Friday holiday, then the weekend)
 */
export function nextWorkingDay(day: IsoDay, opts: HolidayOptions = {}): IsoDay {
  let current = day;
  while (!isWorkingDay(current, opts)) current = addDays(current, 1);
  return current;
}

/**
 * `day` moved by `n` working days: each working day after `day` (before it when `n` is negative)
 * counts one; `day` itself never counts, and `n = 0` returns `day` unchanged.
 * @example addWorkingDays('2026-05-07', 1) // '2026-05-11' (skips 8 May and the weekend)
 */
export function addWorkingDays(day: IsoDay, n: number, opts: HolidayOptions = {}): IsoDay {
  if (!Number.isInteger(n)) throw new RangeError(`Invalid number of working days: ${n}`);
  if (!isValidIsoDay(day)) throw new RangeError(`Invalid IsoDay: ${JSON.stringify(day)}`);
  const step = n < 0 ? -1 : 1;
  let current = day;
  for (let left = Math.abs(n); left > 0; ) {
    current = addDays(current, step);
    if (isWorkingDay(current, opts)) left--;
  }
  return current;
}
