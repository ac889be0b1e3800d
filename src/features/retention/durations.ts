/*
 * Retention durations are whole months (a year is 12 months) plus, for the few rules a text sets in
 * days (the FSE copy: « au moins quatre-vingt-dix jours », CSS art. R. 161-47), whole days. The
 * referential writes them in French (« 5 ans », « 3 mois », « 1 an 6 mois », « 90 jours ») and the
 * settings send months and days.
 */

/** A duration: months first, then days (a day count is never folded into months). */
export interface Span {
  readonly months: number;
  readonly days: number;
}

const DURATION = /^(?:(\d{1,3}) ans?)?(?:\s*(?:et\s+)?(\d{1,4}) mois)?(?:\s*(?:et\s+)?(\d{1,5}) jours?)?$/;

/**
 * The duration written in French, or undefined when it is not one.
 * @example parseDuration('15 ans') // { months: 180, days: 0 }
 * @example parseDuration('1 an 6 mois') // { months: 18, days: 0 }
 * @example parseDuration('90 jours') // { months: 0, days: 90 }
 */
export function parseDuration(text: string): Span | undefined {
  const value = text.trim().replace(/\s+/g, ' ');
  const match = DURATION.exec(value);
  if (!match || value === '' || match.slice(1).every((part) => part === undefined)) return undefined;
  return { months: Number(match[1] ?? 0) * 12 + Number(match[2] ?? 0), days: Number(match[3] ?? 0) };
}

/**
 * A duration in plain French.
 * @example formatDuration(240) // '20 ans'
 * @example formatDuration(18) // '1 an et 6 mois'
 * @example formatDuration(0, 90) // '90 jours'
 */
export function formatDuration(months: number, days = 0): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts = [
    ...(years === 0 ? [] : [`${years} an${years > 1 ? 's' : ''}`]),
    ...(rest === 0 ? [] : [`${rest} mois`]),
    ...(days === 0 ? [] : [`${days} jour${days > 1 ? 's' : ''}`]),
  ];
  if (parts.length === 0) return '0 mois';
  return parts.length === 1 ? (parts[0] as string) : `${parts.slice(0, -1).join(', ')} et ${parts.at(-1)}`;
}

/** {@link formatDuration} of a span. */
export const formatSpan = (span: Span) => formatDuration(span.months, span.days);

// A month lasts 28 to 31 days: a span with days is compared with another on the side that is safe
// whatever the start date (3 months may be 89 days, so it does not reach « at least 90 days »).
const shortest = (s: Span) => s.months * 28 + s.days;
const longest = (s: Span) => s.months * 31 + s.days;

/**
 * True when `span` lasts at least `min` whatever the day it starts.
 * @example atLeast({ months: 3, days: 0 }, { months: 0, days: 90 }) // false (31 January + 3 months = 30 April, 89 days)
 */
export function atLeast(span: Span, min: Span): boolean {
  if (span.days === 0 && min.days === 0) return span.months >= min.months;
  return shortest(span) >= longest(min);
}

/**
 * True when `span` lasts at most `max` whatever the day it starts.
 * @example atMost({ months: 0, days: 30 }, { months: 1, days: 0 }) // false (1 February + 1 month is 28 days)
 */
export function atMost(span: Span, max: Span): boolean {
  if (span.days === 0 && max.days === 0) return span.months <= max.months;
  return longest(span) <= shortest(max);
}

/** Two spans written the same way. */
export const sameSpan = (a: Span, b: Span) => a.months === b.months && a.days === b.days;
