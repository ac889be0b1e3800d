import { formatDuration } from '../../../../src/features/retention/durations.ts';
import type { RetentionAction } from './retention-types.ts';

/** Each action as the page names it, in the order of a record's life. */
export const ACTION_LABELS: Record<RetentionAction, string> = {
  keep: 'À garder en base active',
  archive: 'À placer en archive intermédiaire',
  destroy: 'Peut être détruit',
  review: 'À vérifier',
};

export const ACTIONS: readonly RetentionAction[] = ['keep', 'archive', 'destroy', 'review'];

/** Dark shades, for white text above the WCAG AA contrast ratio (filled badges). */
export const ACTION_COLORS: Record<RetentionAction, string> = {
  keep: 'hygie',
  archive: 'blue.9',
  destroy: 'grape.9',
  review: 'red.9',
};

/** « 15/03/2038 » from `2038-03-15`. */
export function frenchDay(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

/** « 20 ans », « 1 an et 6 mois », « 90 jours »: the server's wording. */
export function durationsText(d: { keepMonths: number; keepDays: number; archiveMonths: number }): string {
  const total = formatDuration(d.keepMonths + d.archiveMonths, d.keepDays);
  return d.archiveMonths > 0
    ? `${total} (${formatDuration(d.keepMonths, d.keepDays)} en base active, puis archive)`
    : total;
}

/** Today in Paris, `YYYY-MM-DD`, whatever the computer’s time zone. */
export function parisToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
}
