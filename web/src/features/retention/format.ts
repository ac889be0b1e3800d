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

/** « 20 ans », « 1 an et 6 mois », « 3 mois ». */
export function formatMonths(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const y = years === 0 ? '' : `${years} an${years > 1 ? 's' : ''}`;
  const m = rest === 0 ? '' : `${rest} mois`;
  return y && m ? `${y} et ${m}` : y || m || 'aucune';
}

/** Today in Paris, `YYYY-MM-DD`, whatever the computer’s time zone. */
export function parisToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
}
