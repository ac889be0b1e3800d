/**
 * The Paris wall clock for date-time fields (`<input type="datetime-local">`), whatever the
 * computer's own time zone. Pure (Intl only): the web page imports it.
 */
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function fields(at: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of parts.formatToParts(new Date(at))) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return out;
}

/** Paris's offset from UTC at an instant, in milliseconds (3 600 000 in winter, 7 200 000 in summer). */
function offset(at: number): number {
  const f = fields(at);
  const wall = Date.UTC(f.year ?? 0, (f.month ?? 1) - 1, f.day ?? 1, f.hour ?? 0, f.minute ?? 0, f.second ?? 0);
  return wall - Math.floor(at / 1000) * 1000;
}

/**
 * « 2026-03-27T10:00 », the Paris wall-clock time of an instant, to the minute.
 * @example toParisLocal('2026-03-27T09:00:00.000Z') // '2026-03-27T10:00'
 */
export function toParisLocal(iso: string): string {
  const f = fields(new Date(iso).getTime());
  const two = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
  return `${f.year}-${two(f.month)}-${two(f.day)}T${two(f.hour)}:${two(f.minute)}`;
}

/**
 * The instant (ISO 8601 UTC) of a Paris wall-clock time « 2026-03-27T10:00 »; null when the text is
 * not one. In the autumn's repeated hour the first instant is taken; a time skipped in spring
 * (02:30 on the last Sunday of March) is read with the winter offset, i.e. as 03:30 summer time.
 * @example fromParisLocal('2026-03-30T11:00') // '2026-03-30T09:00:00.000Z'
 */
export function fromParisLocal(local: string): string | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(guess) || new Date(guess).getUTCDate() !== day) return null;
  const candidates = [guess - offset(guess - 3 * 3_600_000), guess - offset(guess + 3 * 3_600_000)];
  const valid = candidates.filter((at) => toParisLocal(new Date(at).toISOString()) === local).sort((a, b) => a - b);
  return new Date(valid[0] ?? (candidates[0] as number)).toISOString();
}
