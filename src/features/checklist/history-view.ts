import { formatDayLong } from '../../lib/dates/index.ts';
import type { FieldChange } from './answer-diff.ts';
import type { AnswerField } from './checklist.events.ts';
import type { StoredChange } from './checklist.repository.ts';
import { PRIORITY_LABELS, STATUS_LABELS, UNANSWERED_LABEL } from './checklist-view.ts';

const FIELD_LABELS: Record<AnswerField, string> = {
  status: 'Statut',
  comment: 'Commentaire',
  assignee: 'Responsable',
  dueDate: 'Échéance',
  priority: 'Priorité',
  evidence: 'Justificatif',
};

function display(field: AnswerField, value: string | null, names: ReadonlyMap<string, string>): string | null {
  // A status is never empty in words: no status is « Sans réponse ».
  if (value === null) return field === 'status' ? UNANSWERED_LABEL : null;
  switch (field) {
    case 'status':
      return STATUS_LABELS[value as keyof typeof STATUS_LABELS] ?? value;
    case 'priority':
      return PRIORITY_LABELS[value as keyof typeof PRIORITY_LABELS] ?? value;
    case 'assignee':
      return names.get(value) ?? 'Compte supprimé';
    case 'dueDate':
      return formatDayLong(value);
    default:
      return value;
  }
}

/**
 * One history entry in French: each field's label and its values as a person reads them
 * (« Fait », « 5 décembre 2026 », the assignee's name); a status change from or to none reads
 * « Sans réponse → Fait », never « À faire ».
 * @example historyEntry({ at, actorLabel: 'Dr Martin', changes: [{ field: 'status', from: null, to: 'done' }] }, names)
 */
export function historyEntry(entry: StoredChange, names: ReadonlyMap<string, string>) {
  return {
    at: entry.at,
    actorLabel: entry.actorLabel,
    changes: entry.changes.map((c: FieldChange) => ({
      field: c.field,
      label: FIELD_LABELS[c.field],
      from: display(c.field, c.from, names),
      to: display(c.field, c.to, names),
    })),
  };
}
