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

// A plain day is formatted as midnight UTC read in UTC, so no time zone can shift it.
const dayLong = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
const dayLongWeekday = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const dayShort = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'UTC',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** French writes the first day of a month "1er" ("1er mai 2026"); Intl writes "1 mai 2026". */
function firstOfMonth(text: string): string {
  return text.replace(/(^|\s)1(?=\s)/, '$11er');
}

/**
 * "29 novembre 2026", "1er mai 2026" (Paris calendar day of the instant).
 * @example formatDateLong(new Date('2026-11-29T13:05:00Z')) // '29 novembre 2026'
 */
export function formatDateLong(at: Date): string {
  return firstOfMonth(longDate.format(at));
}

/**
 * "29/11/2026" (Paris calendar day of the instant).
 * @example formatDateShort(new Date('2026-11-29T23:30:00Z')) // '30/11/2026' (00:30 in Paris)
 */
export function formatDateShort(at: Date): string {
  return shortDate.format(at);
}

/**
 * "29/11/2026 à 14:05" (Paris wall-clock time).
 * @example formatDateTime(new Date('2026-11-29T13:05:00Z')) // '29/11/2026 à 14:05'
 */
export function formatDateTime(at: Date): string {
  return `${shortDate.format(at)} à ${time.format(at)}`;
}

function dayAsUtc(day: string): Date {
  const at = new Date(`${day}T00:00:00Z`);
  // The round trip rejects both malformed text and impossible days ("2026-02-30" would roll over).
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== day) {
    throw new RangeError(`Invalid IsoDay: ${JSON.stringify(day)}`);
  }
  return at;
}

/**
 * A plain day `'YYYY-MM-DD'` in words, optionally with its weekday.
 * @example formatDayLong('2026-10-05', { weekday: true }) // 'lundi 5 octobre 2026'
 */
export function formatDayLong(day: string, opts: { weekday?: boolean } = {}): string {
  return firstOfMonth((opts.weekday === true ? dayLongWeekday : dayLong).format(dayAsUtc(day)));
}

/**
 * A plain day `'YYYY-MM-DD'` as "05/10/2026".
 * @example formatDayShort('2026-10-05') // '05/10/2026'
 */
export function formatDayShort(day: string): string {
  return dayShort.format(dayAsUtc(day));
}
