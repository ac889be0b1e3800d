import { addMonths, type IsoDay } from './calendar.ts';
import { type HolidayOptions, nextWorkingDay } from './holidays.ts';

/**
 * Last day of a period of `months` months counted under EU regulation 1182/71, art. 3 — the method
 * for the GDPR art. 12(3) one-month answer to a data subject request (and its two-month extension):
 *
 * - the day of receipt does not count (art. 3(1));
 * - the period ends with the day of the last month that has the same number as the day of receipt,
 *   or with that month's last day when it has no such day (art. 3(2)(c));
 * - if that day is a Saturday, a Sunday or a public holiday, the period ends with the next working
 *   day (art. 3(4)).
 *
 * The period ends at the end of the returned day: `endOfParisDay(result)` is the last instant.
 *
 * | received    | months | nominal end        | result      | why                                 |
 * | ----------- | ------ | ------------------ | ----------- | ----------------------------------- |
 * | 2026-09-03  | 1      | 2026-10-03 (Sat)   | 2026-10-05  | weekend → Monday                    |
 * | 2026-03-31  | 1      | 2026-04-30 (Thu)   | 2026-04-30  | no 31 April → last day of April     |
 * | 2026-01-31  | 1      | 2026-02-28 (Sat)   | 2026-03-02  | last day of February, then weekend  |
 * | 2026-04-08  | 1      | 2026-05-08 (Fri)   | 2026-05-11  | holiday, then weekend               |
 * | 2026-03-03  | 1      | 2026-04-03 (Fri)   | 2026-04-07  | Alsace-Moselle only: Good Friday,   |
 * |             |        |                    |             | weekend, Easter Monday              |
 *
 * @example addEuPeriodMonths('2026-09-03', 1) // '2026-10-05'
 */
export function addEuPeriodMonths(receivedDay: IsoDay, months: number, opts: HolidayOptions = {}): IsoDay {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`Invalid number of months: ${months}`);
  // date-fns addMonths keeps the day number and clamps to the month's last day: exactly art. 3(2)(c).
  return nextWorkingDay(addMonths(receivedDay, months), opts);
}
