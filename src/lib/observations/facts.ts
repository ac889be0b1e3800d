import { formatDateLong } from '../dates/format.ts';

/**
 * The latest of ISO instants, ignoring nulls; null when there is none.
 * @example latestOf(['2026-01-02T00:00:00Z', null]) // '2026-01-02T00:00:00Z'
 */
export function latestOf(instants: readonly (string | null)[]): string | null {
  return instants.reduce<string | null>(
    (latest, at) => (at !== null && (latest === null || at > latest) ? at : latest),
    null,
  );
}

const DAY_MS = 86_400_000;

/** Whole days from `at` to `now` (0 on the same instant). */
export function daysSince(at: string, now: Date): number {
  return Math.floor((now.getTime() - new Date(at).getTime()) / DAY_MS);
}

/** « le 7 décembre 2026 » for an ISO instant (Paris day). */
export function onDay(at: string): string {
  return `le ${formatDateLong(new Date(at))}`;
}
