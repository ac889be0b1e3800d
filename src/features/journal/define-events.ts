import type { z } from '../../lib/zod.ts';

/** One journal action: its French label for display and the schema of its `data`. */
export interface JournalEventDefinition {
  /** Plain French, e.g. "Rôle modifié". */
  readonly label: string;
  /** Validates `data`; use `z.strictObject` so nothing unexpected (never a patient identifier) is recorded. */
  readonly data: z.ZodType<Record<string, unknown>>;
}

/** Journal actions by stable name, e.g. `'user.role_changed'`; a name must never change once used. */
export type JournalEventDefinitions = Readonly<Record<string, JournalEventDefinition>>;

/** The intersection of the groups' types (union-to-intersection through a function parameter). */
type Merged<T extends readonly object[]> = (
  T[number] extends infer U
    ? U extends object
      ? (x: U) => void
      : never
    : never
) extends (x: infer I) => void
  ? I
  : never;

const ACTION_NAME = /^[a-z][a-z0-9]*(_[a-z0-9]+)*(\.[a-z][a-z0-9]*(_[a-z0-9]+)*)+$/;

/**
 * Declares a feature's journal actions in its own file, e.g. `breaches/breaches.events.ts`:
 * `export const breachJournalEvents = defineJournalEvents({ 'breach.recorded': { label: 'Violation enregistrée', data: z.strictObject({}) } })`.
 * Import only this file there (not `journal-events.ts`, which imports the features). Throws on a
 * malformed name (lowercase `area.verb_object`).
 */
export function defineJournalEvents<const T extends JournalEventDefinitions>(definitions: T): T {
  for (const action of Object.keys(definitions)) {
    if (!ACTION_NAME.test(action)) throw new Error(`Invalid journal action name: ${action}`);
  }
  return definitions;
}

/** Merges groups of actions into one registry; throws when two groups define the same action. */
export function mergeJournalEvents<const T extends readonly JournalEventDefinitions[]>(...groups: T): Merged<T> {
  const merged: Record<string, JournalEventDefinition> = {};
  for (const group of groups) {
    for (const [action, definition] of Object.entries(group)) {
      if (Object.hasOwn(merged, action)) throw new Error(`Journal action defined twice: ${action}`);
      merged[action] = definition;
    }
  }
  return merged as Merged<T>;
}
