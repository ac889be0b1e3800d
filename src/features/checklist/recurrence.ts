import { addDays, addMonths, addYears, compareDays, type IsoDay } from '../../lib/dates/index.ts';
import type { Recurrence } from './checklist.referential.ts';

/** What the due date needs of a recurrence: every how many units. */
export type RecurrenceRule = Pick<Recurrence, 'every' | 'unit'>;

/**
 * The day a recurring measure is next due: today when it was never done, otherwise the last day it
 * was done moved by `every` units (a month or a year clamps to the end of a shorter month:
 * 31 January + 1 month is 28 or 29 February). The date may be in the past: the measure is overdue.
 * @example nextDue({ every: 1, unit: 'month' }, '2026-01-31', '2026-02-10') // '2026-02-28'
 * @example nextDue({ every: 1, unit: 'week' }, null, '2026-02-10') // '2026-02-10'
 */
export function nextDue(recurrence: RecurrenceRule, lastDoneDay: IsoDay | null, today: IsoDay): IsoDay {
  if (lastDoneDay === null) return today;
  const { every, unit } = recurrence;
  switch (unit) {
    case 'day':
      return addDays(lastDoneDay, every);
    case 'week':
      return addDays(lastDoneDay, every * 7);
    case 'month':
      return addMonths(lastDoneDay, every);
    case 'year':
      return addYears(lastDoneDay, every);
  }
}

/**
 * True when the measure's next due day is strictly before today (due today is not yet overdue).
 * A measure never done is due today, hence not overdue.
 * @example isOverdue({ every: 1, unit: 'week' }, '2026-02-01', '2026-02-09') // true
 */
export function isOverdue(recurrence: RecurrenceRule, lastDoneDay: IsoDay | null, today: IsoDay): boolean {
  return compareDays(nextDue(recurrence, lastDoneDay, today), today) < 0;
}
