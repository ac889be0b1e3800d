const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Paris', timeZoneName: 'longOffset' });

/** Paris's offset from UTC at an instant, as `+01:00` or `+02:00`. */
function parisOffset(instant: Date): string {
  const name = offsetFormat.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? '';
  return /GMT([+-]\d{2}:\d{2})/.exec(name)?.[1] ?? '+00:00';
}

/**
 * Midnight in Paris at the start of `day` (`YYYY-MM-DD`), as an ISO date-time with its offset,
 * right on the days the clocks change.
 * @example parisMidnight('2026-07-14') // '2026-07-14T00:00:00+02:00'
 */
export function parisMidnight(day: string): string {
  const guess = parisOffset(new Date(`${day}T12:00:00Z`));
  return `${day}T00:00:00${parisOffset(new Date(`${day}T00:00:00${guess}`))}`;
}

/** The calendar day after `day` (`YYYY-MM-DD`). */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** « 29/11/2026 », the Paris day of an instant whatever the computer's time zone. */
export function parisDate(iso: string): string {
  return new Date(iso).toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' });
}

/** « 14:05 », the Paris time of an instant. */
export function parisTime(iso: string): string {
  return new Date(iso).toLocaleTimeString('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' });
}
