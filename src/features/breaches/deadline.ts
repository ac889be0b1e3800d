// From the modules themselves, not the index: the web page imports this file, and the index would
// bring the public-holiday data (date-holidays and its time-zone tables, 1.4 MB) into the bundle.
import { addHours } from '../../lib/dates/calendar.ts';
import { formatDateTime } from '../../lib/dates/format.ts';

/** GDPR art. 33(1): notify the CNIL at the latest 72 hours after becoming aware of the breach. */
export const NOTIFICATION_HOURS = 72;
/** Under this much time left, the countdown is shown as urgent. */
export const URGENT_HOURS = 24;

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

/**
 * The CNIL deadline: awareness plus 72 elapsed hours (UTC arithmetic). Across the spring
 * daylight-saving change it ends one hour later on the Paris clock, across the autumn one, one hour
 * earlier: awareness on 27/03/2026 at 10:00 in Paris → 30/03/2026 at 11:00.
 * @example notificationDeadline(new Date('2026-03-27T09:00:00Z')) // 2026-03-30T09:00:00.000Z
 */
export function notificationDeadline(awareAt: Date): Date {
  return addHours(awareAt, NOTIFICATION_HOURS);
}

/**
 * « 30/03/2026 à 11:00 », the deadline on the Paris clock.
 * @example deadlineText(new Date('2026-03-30T09:00:00Z')) // '30/03/2026 à 11:00'
 */
export function deadlineText(deadline: Date): string {
  return formatDateTime(deadline);
}

/** Where the countdown stands at an instant. */
export interface Remaining {
  /** Milliseconds left (negative once passed). */
  ms: number;
  passed: boolean;
  /** Less than {@link URGENT_HOURS} hours left, or passed. */
  urgent: boolean;
  /** « 2 j 5 h 07 min » (time left, or time since the deadline once passed). */
  duration: string;
  /** « Il reste 2 j 5 h 07 min », or « Délai dépassé depuis 3 h 10 min ». */
  text: string;
}

/**
 * A duration in days, hours and minutes, minutes rounded down: « 2 j 5 h 07 min », « 45 min ».
 * @example durationText(26 * 3_600_000 + 7 * 60_000) // '1 j 2 h 07 min'
 */
export function durationText(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / MINUTE_MS);
  const days = Math.floor(minutes / (24 * 60));
  const hours = Math.floor((minutes % (24 * 60)) / 60);
  const rest = minutes % 60;
  if (days === 0 && hours === 0) return `${rest} min`;
  const parts = [...(days > 0 ? [`${days} j`] : []), `${hours} h`, `${String(rest).padStart(2, '0')} min`];
  return parts.join(' ');
}

/**
 * The time left before the deadline, as a number and in French.
 * @example remainingTime(new Date('2026-03-30T09:00:00Z'), new Date('2026-03-29T09:00:00Z')).text // 'Il reste 1 j 0 h 00 min'
 */
export function remainingTime(deadline: Date, now: Date): Remaining {
  const ms = deadline.getTime() - now.getTime();
  const passed = ms < 0;
  const duration = durationText(ms);
  return {
    ms,
    passed,
    urgent: ms < URGENT_HOURS * HOUR_MS,
    duration,
    text: passed ? `Délai dépassé depuis ${duration}` : `Il reste ${duration}`,
  };
}

/**
 * True when a notification made at `notifiedAt` is after the deadline: its reasons for the delay
 * must then be given (GDPR art. 33(1)).
 */
export function isLate(awareAt: Date, notifiedAt: Date): boolean {
  return notifiedAt.getTime() > notificationDeadline(awareAt).getTime();
}
