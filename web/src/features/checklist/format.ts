import { STORAGE_LETTERS } from '../../../../src/features/checklist/checklist-view.ts';
import type { MeasureView } from './checklist-types.ts';

const shortDay = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const longDay = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dateTime = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Paris',
});

const noon = (day: string) => new Date(`${day}T12:00:00Z`);

/** « 5 déc. 2026 » for a calendar day `YYYY-MM-DD`, whatever the computer's time zone. */
export function shortDate(day: string): string {
  return shortDay.format(noon(day));
}

/** « 5 décembre 2026 » for a calendar day `YYYY-MM-DD`. */
export function longDate(day: string): string {
  return longDay.format(noon(day));
}

/** « 5 décembre 2026 à 14:05 », an instant in Paris time. */
export function parisDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

/** Milliseconds of a calendar day, for the chart's time axis. */
export function dayTime(day: string): number {
  return noon(day).getTime();
}

/** « 3 mesures », « 1 mesure »: a count with its noun, plural after 1. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count > 1 ? many : one}`;
}

const STORAGE_NAMES = { local: 'sur place', cloud: 'en ligne', paper: 'sur papier' } as const;

/** The Mémento's L/C/P letters of a measure (all three when it concerns every kind of storage). */
export function storageLetters(measure: Pick<MeasureView, 'storage'>): { letters: string; words: string } {
  const places = measure.storage ?? (['local', 'cloud', 'paper'] as const);
  return {
    letters: places.map((place) => STORAGE_LETTERS[place]).join(', '),
    words: places.map((place) => STORAGE_NAMES[place]).join(', '),
  };
}

/** The anchor of a measure on the diagnostic page (`/diagnostic#mesure-…`). */
export const measureAnchor = (id: string) => `mesure-${id}`;
