import { formatDateTime } from '../../../../src/lib/dates/format.ts';

/** « 27/03/2026 à 10:00 », an instant on the Paris clock whatever the computer’s time zone. */
export function parisDateTime(iso: string): string {
  return formatDateTime(new Date(iso));
}
