const SECOND = 1;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 31 * DAY;
const YEAR = 12 * MONTH;
const CENTURY = 100 * YEAR;

/** Units from the smallest, with their French singular and plural (zxcvbn's buckets). */
const UNITS: [seconds: number, one: string, many: string][] = [
  [SECOND, 'seconde', 'secondes'],
  [MINUTE, 'minute', 'minutes'],
  [HOUR, 'heure', 'heures'],
  [DAY, 'jour', 'jours'],
  [MONTH, 'mois', 'mois'],
  [YEAR, 'an', 'ans'],
];

/**
 * A duration in plain French, rounded to its largest unit the way zxcvbn displays crack times
 * (a month is 31 days, a year 12 such months): "moins d’une seconde", "3 minutes", "2 ans",
 * "plusieurs siècles". The same words as the account password check.
 */
export function formatDurationFr(seconds: number): string {
  if (!(seconds >= SECOND)) return 'moins d’une seconde';
  if (seconds >= CENTURY) return 'plusieurs siècles';
  let unit = UNITS[0]!;
  for (const candidate of UNITS) if (seconds >= candidate[0]) unit = candidate;
  const [size, one, many] = unit;
  const count = Math.round(seconds / size);
  return `${count} ${count === 1 ? one : many}`;
}

/** Average time to find a secret among `2^bits` equally likely ones (half of them tried). */
export function averageCrackSeconds(bits: number, guessesPerSecond: number): number {
  return 2 ** (bits - 1) / guessesPerSecond;
}
