/** The time zone of every date a user sees. */
export const PARIS = 'Europe/Paris';

const longDate = new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS, day: 'numeric', month: 'long', year: 'numeric' });
const shortDate = new Intl.DateTimeFormat('fr-FR', {
  timeZone: PARIS,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const time = new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS, hour: '2-digit', minute: '2-digit' });

/** "29 novembre 2026" (Paris calendar day of the instant). */
export function formatDateLong(at: Date): string {
  return longDate.format(at);
}

/** "29/11/2026" (Paris calendar day of the instant). */
export function formatDateShort(at: Date): string {
  return shortDate.format(at);
}

/** "29/11/2026 à 14:05" (Paris wall-clock time). */
export function formatDateTime(at: Date): string {
  return `${shortDate.format(at)} à ${time.format(at)}`;
}
