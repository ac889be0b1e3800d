import type { Db } from '../../db/connect.ts';
import { dayDue, type TodoItem, type TodoProvider } from '../../lib/todo/registry.ts';
import type { JournalActor } from '../journal/journal.repository.ts';
import type { MeasuresReferential } from './checklist.referential.ts';
import { loadChecklistOnce } from './checklist.service.ts';
import type { ChecklistView } from './checklist-view.ts';

export const CHECKLIST_TODO = 'checklist';
/** A recurring measure or a plan measure due within this many days is « due soon ». */
export const DUE_SOON_DAYS = 7;

const SYSTEM: JournalActor = { type: 'system', id: null, label: 'Hygie' };
/** Everyone but the secretary sees every measure; she sees those assigned to her. */
const READERS = ['owner', 'practitioner', 'auditor'] as const;

/**
 * The diagnostic's items: each recurring measure once done (due again on its next day), each
 * open measure of the plan given a due date, and the applicable measures still without an answer.
 * @example checklistTodos(view).map((item) => item.kind) // ['recurring-measure', 'plan-measure', 'diagnostic-unanswered']
 */
export function checklistTodos(view: ChecklistView): TodoItem[] {
  const items: TodoItem[] = [];
  for (const m of view.measures) {
    if (!m.applies) continue;
    const audience = { roles: READERS, assigneeId: m.assignee?.id ?? null };
    const href = `/diagnostic#mesure-${m.id}`;
    if (m.answered && m.recurrence !== null && m.recurrence.lastDone !== null) {
      const due = dayDue(m.recurrence.nextDue, view.today, DUE_SOON_DAYS);
      const severity = due.state === 'overdue' ? 'danger' : 'info';
      items.push({
        id: `recurring-measure:${m.id}`,
        kind: 'recurring-measure',
        title: m.recurrence.label,
        detail: null,
        ...due,
        severity,
        audience,
        href,
      });
    } else if (m.dueDate !== null && m.status !== 'done' && m.status !== 'not_applicable') {
      const due = dayDue(m.dueDate, view.today, DUE_SOON_DAYS);
      const severity = due.state === 'overdue' ? 'warning' : 'info';
      items.push({
        id: `plan-measure:${m.id}`,
        kind: 'plan-measure',
        title: m.title,
        detail: null,
        ...due,
        severity,
        audience,
        href,
      });
    }
  }
  const missing = view.progress.applicable - view.progress.answered;
  if (missing > 0) {
    items.push({
      id: 'diagnostic-unanswered:diagnostic',
      kind: 'diagnostic-unanswered',
      title: `Diagnostic : ${missing} mesure${missing > 1 ? 's' : ''} sans réponse`,
      detail: null,
      due: null,
      dueDay: null,
      state: 'open',
      severity: 'info',
      audience: { roles: ['owner', 'practitioner'], assigneeId: null },
      // The first pass asks exactly the questions of the measures left without an answer.
      href: '/diagnostic/premier-passage',
    });
  }
  return items;
}

/** The provider the routes plugin registers on `app.todo`. */
export function checklistTodo(db: Db, referential: MeasuresReferential): TodoProvider {
  return {
    id: CHECKLIST_TODO,
    load: async (ctx) => {
      const caller = { practiceId: ctx.practiceId, userId: '', role: 'owner' as const, actor: SYSTEM };
      return checklistTodos(await loadChecklistOnce(ctx, db, referential, caller, ctx.now));
    },
  };
}
