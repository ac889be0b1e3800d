import { fromParisLocal, toParisLocal } from '../../../../src/features/breaches/paris-local.ts';

/** An instant as the value of a Paris `datetime-local` field (empty when none). */
export const localValue = (iso: string | null) => (iso ? toParisLocal(iso) : '');

/** A `datetime-local` value back to an ISO instant; null when empty; the raw text when unreadable (the API names it). */
export function instantValue(local: string): string | null {
  if (local.trim() === '') return null;
  return fromParisLocal(local) ?? local;
}

/** A number field's value: null when empty, the number otherwise (the API refuses a negative or a fraction). */
export function countValue(text: string): number | null {
  if (text.trim() === '') return null;
  return Number(text);
}

/** The entries of a multi-line field, one per non-empty line. */
export const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** Only the fields whose value differs from the breach's. */
export function changed<T extends Record<string, unknown>>(draft: T, before: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(draft) as (keyof T)[]) {
    if (JSON.stringify(draft[key]) !== JSON.stringify(before[key])) out[key] = draft[key];
  }
  return out;
}
