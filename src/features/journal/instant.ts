// UTC only: a local time or another offset would make the same text mean different instants.
const UTC_INSTANT = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(\.\d{1,3})?(Z|\+00(:?00)?)$/;

/**
 * An instant in its canonical text form `YYYY-MM-DDTHH:mm:ss.sssZ` (what `Date#toISOString` writes).
 * Accepts a valid Date, or a UTC ISO 8601 text with seconds, optional milliseconds, `T` or a space,
 * and `Z`, `+00` or `+00:00` (as PostgreSQL writes). Throws a RangeError on anything else, including
 * impossible dates such as `2026-02-30T00:00:00Z`, which `Date` would silently roll over.
 * @example canonicalInstant('2026-11-29 10:15:00+00') // '2026-11-29T10:15:00.000Z'
 */
export function canonicalInstant(value: string | Date): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('Invalid Date');
    return value.toISOString();
  }
  const match = typeof value === 'string' ? UTC_INSTANT.exec(value) : null;
  if (match) {
    const iso = new Date(`${match[1]}T${match[2]}${match[3] ?? ''}Z`);
    // The round trip rejects rolled-over dates and times (30 February, 24:00).
    if (!Number.isNaN(iso.getTime()) && iso.toISOString().slice(0, 19) === `${match[1]}T${match[2]}`) {
      return iso.toISOString();
    }
  }
  throw new RangeError(`Invalid UTC instant: ${JSON.stringify(value)}`);
}
