import type { AnswerField } from './checklist.events.ts';
import type { MeasurePriority } from './checklist-view.ts';
import type { MeasureStatus } from './scoring.ts';

/** The fields of an answer a person can change. */
export interface AnswerFields {
  status: MeasureStatus;
  comment: string | null;
  assigneeId: string | null;
  dueDate: string | null;
  priority: MeasurePriority | null;
  evidence: string | null;
}

/** A change request: `status` is required; an absent field is unchanged, `null` clears it. */
export type AnswerInput = Pick<AnswerFields, 'status'> & Partial<Omit<AnswerFields, 'status'>>;

/** One changed field with its stored values before and after. */
export interface FieldChange {
  field: AnswerField;
  from: string | null;
  to: string | null;
}

const FIELD_OF: Record<Exclude<keyof AnswerFields, 'status'>, AnswerField> = {
  comment: 'comment',
  assigneeId: 'assignee',
  dueDate: 'dueDate',
  priority: 'priority',
  evidence: 'evidence',
};

/** Empty or blank text is no text. */
const clean = (value: string | null | undefined): string | null | undefined =>
  typeof value === 'string' ? (value.trim() === '' ? null : value.trim()) : value;

/**
 * Applies a change request to the current answer (or to an unanswered measure, `todo` with nothing
 * else), returning the new fields and the list of what changed. Text is trimmed; blank text clears.
 * @example applyAnswer(null, { status: 'done' }).changes // [{ field: 'status', from: null, to: 'done' }]
 */
export function applyAnswer(
  current: AnswerFields | null,
  input: AnswerInput,
): { next: AnswerFields; changes: FieldChange[] } {
  const base: AnswerFields = current ?? {
    status: 'todo',
    comment: null,
    assigneeId: null,
    dueDate: null,
    priority: null,
    evidence: null,
  };
  const next: AnswerFields = { ...base, status: input.status };
  const changes: FieldChange[] = [];
  if (current === null || current.status !== input.status) {
    changes.push({ field: 'status', from: current?.status ?? null, to: input.status });
  }
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
