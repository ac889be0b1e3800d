import { addDays, compareDays, daysBetween, type IsoDay } from '../../lib/dates/index.ts';
import { CLOSED_STATUSES, DUE_SOON_DAYS, type RequestStatus } from './request-labels.ts';

/** What the clock of a request depends on. */
export interface RequestClock {
  status: RequestStatus;
  dueDate: IsoDay;
  extendedDueDate: IsoDay | null;
}

/**
 * True while the request waits for its answer (or refusal).
 * @example isOpen('extended') // true; isOpen('answered') // false
 */
export function isOpen(status: RequestStatus): boolean {
  return !(CLOSED_STATUSES as readonly RequestStatus[]).includes(status);
}

/**
 * The last day to answer now: the extended one once the request was extended.
 * @example currentDueDate({ status: 'extended', dueDate: '2026-10-05', extendedDueDate: '2026-12-03' }) // '2026-12-03'
 */
export function currentDueDate(request: RequestClock): IsoDay {
  return request.extendedDueDate ?? request.dueDate;
}

/**
 * True when an open request's last day to answer has passed (the due day itself is still on time).
 * @example isOverdue({ status: 'received', dueDate: '2026-12-10', extendedDueDate: null }, '2026-12-11') // true
 */
export function isOverdue(request: RequestClock, today: IsoDay): boolean {
  return isOpen(request.status) && compareDays(today, currentDueDate(request)) > 0;
}

/**
 * Days left before the due date (0 on the due day, negative once overdue); null once closed.
 * @example daysLeft({ status: 'received', dueDate: '2026-12-10', extendedDueDate: null }, '2026-12-07') // 3
 */
export function daysLeft(request: RequestClock, today: IsoDay): number | null {
  return isOpen(request.status) ? daysBetween(today, currentDueDate(request)) : null;
}

/**
 * True when an open request is due within {@link DUE_SOON_DAYS} days and not yet overdue.
 * @example isDueSoon({ status: 'in_progress', dueDate: '2026-12-10', extendedDueDate: null }, '2026-12-07') // true
 */
export function isDueSoon(request: RequestClock, today: IsoDay): boolean {
  if (!isOpen(request.status) || isOverdue(request, today)) return false;
  return compareDays(currentDueDate(request), addDays(today, DUE_SOON_DAYS)) <= 0;
}

/**
 * True when an answer recorded on `answeredAt` came after the last day to answer.
 * @example answeredLate({ status: 'answered', dueDate: '2026-12-10', extendedDueDate: null }, '2026-12-11') // true
 */
export function answeredLate(request: RequestClock, answeredAt: IsoDay): boolean {
  return compareDays(answeredAt, currentDueDate(request)) > 0;
}
