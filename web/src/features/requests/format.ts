const longDay = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const weekdayDay = new Intl.DateTimeFormat('fr-FR', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const parisIsoDay = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: 'Europe/Paris',
});

const noon = (day: string) => new Date(`${day}T12:00:00Z`);
/** « 1er » for the first day of the month, as French writes it. */
const firstOfMonth = (text: string) => text.replace(/(^|\s)1(?=\s)/, '$11er');

/** « 10 décembre 2026 » for a calendar day `YYYY-MM-DD`, whatever the computer's time zone. */
export function longDate(day: string): string {
  return firstOfMonth(longDay.format(noon(day)));
}

/** « jeudi 10 décembre 2026 ». */
export function weekdayDate(day: string): string {
  return firstOfMonth(weekdayDay.format(noon(day)));
}

/** Today in Paris, `YYYY-MM-DD`: the default day of an answer. */
export function parisToday(): string {
  return parisIsoDay.format(new Date());
}

/** « 3 jours », « 1 jour ». */
export function days(count: number): string {
  return `${count} jour${Math.abs(count) > 1 ? 's' : ''}`;
}

/** Where the request stands against its deadline, in words (never colour alone). */
export function deadlineText(request: { open: boolean; overdue: boolean; daysLeft?: number }): string {
  if (!request.open || request.daysLeft === undefined) return 'Close';
  if (request.overdue) return `En retard de ${days(-request.daysLeft)}`;
  if (request.daysLeft === 0) return 'Dernier jour aujourd’hui';
  return `${days(request.daysLeft)} restant${request.daysLeft > 1 ? 's' : ''}`;
}
