/*
 * Retention durations are whole months (a year is 12 months): the referential writes them in
 * French (« 5 ans », « 3 mois », « 1 an 6 mois ») and the settings send them as a number of months.
 */

const DURATION = /^(?:(\d{1,3}) ans?)?(?:\s*(?:et\s+)?(\d{1,4}) mois)?$/;

/**
 * Months of a duration written in French, or undefined when it is not one.
 * @example parseDuration('15 ans') // 180
 * @example parseDuration('1 an 6 mois') // 18
 * @example parseDuration('3 mois') // 3
 */
export function parseDuration(text: string): number | undefined {
  const value = text.trim().replace(/\s+/g, ' ');
  const match = DURATION.exec(value);
  if (!match || value === '' || (match[1] === undefined && match[2] === undefined)) return undefined;
  return Number(match[1] ?? 0) * 12 + Number(match[2] ?? 0);
}

/**
 * A number of months in plain French.
 * @example formatDuration(240) // '20 ans'
 * @example formatDuration(18) // '1 an et 6 mois'
 * @example formatDuration(1) // '1 mois'
 */
export function formatDuration(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const y = years === 0 ? '' : `${years} an${years > 1 ? 's' : ''}`;
  const m = rest === 0 ? '' : `${rest} mois`;
  return y && m ? `${y} et ${m}` : y || m || '0 mois';
}
