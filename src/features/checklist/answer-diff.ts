import type { AnswerField } from './checklist.events.ts';
import type { MeasurePriority } from './checklist-view.ts';
import type { AnswerStatus } from './scoring.ts';

/** The fields of an answer a person can change. */
export interface AnswerFields {
  /** Null: « sans réponse ». */
  status: AnswerStatus;
  comment: string | null;
  assigneeId: string | null;
  dueDate: string | null;
  priority: MeasurePriority | null;
  evidence: string | null;
}

/** A change request: an absent field is unchanged, `null` clears it (`status: null` = back to « sans réponse »). */
export type AnswerInput = Partial<AnswerFields>;

/** One changed field with its stored values before and after. */
export interface FieldChange {
  field: AnswerField;
  from: string | null;
  to: string | null;
}

const FIELD_OF: Record<keyof AnswerFields, AnswerField> = {
  status: 'status',
  comment: 'comment',
  assigneeId: 'assignee',
  dueDate: 'dueDate',
  priority: 'priority',
  evidence: 'evidence',
};

/** Empty or blank text is no text. */
const clean = (value: string | null | undefined): string | null | undefined =>
  typeof value === 'string' ? (value.trim() === '' ? null : value.trim()) : value;

/** The fields of a measure nobody has answered yet. */
export const NO_ANSWER: AnswerFields = {
  status: null,
  comment: null,
  assigneeId: null,
  dueDate: null,
  priority: null,
  evidence: null,
};

/**
 * Applies a change request to the current answer (or to a measure never touched: every field
 * null), returning the new fields and the list of what changed. Text is trimmed; blank text clears.
 * @example applyAnswer(null, { status: 'done' }).changes // [{ field: 'status', from: null, to: 'done' }]
 * @example applyAnswer(done, { status: null }).changes // [{ field: 'status', from: 'done', to: null }]
 */
export function applyAnswer(
  current: AnswerFields | null,
  input: AnswerInput,
): { next: AnswerFields; changes: FieldChange[] } {
  const base: AnswerFields = current ?? NO_ANSWER;
  const next: AnswerFields = { ...base };
  const changes: FieldChange[] = [];
  for (const key of Object.keys(FIELD_OF) as (keyof typeof FIELD_OF)[]) {
    const value = clean(input[key]);
    if (value === undefined) continue;
    if (value !== base[key]) {
      changes.push({ field: FIELD_OF[key], from: base[key], to: value });
      (next as unknown as Record<string, string | null>)[key] = value;
    }
  }
  return { next, changes };
}
