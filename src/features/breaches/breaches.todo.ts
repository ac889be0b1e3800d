import type { Db } from '../../db/connect.ts';
import type { TodoItem, TodoProvider } from '../../lib/todo/registry.ts';
import { type Breach, clockRuns } from './breach.ts';
import { listBreachesOnce } from './breaches.repository.ts';
import { breachTitle } from './breaches-view.ts';
import { deadlineText, remainingTime } from './deadline.ts';

export const BREACHES_TODO = 'breaches';

/** The roles that read the register (never the secretary). */
export const REGISTER_ROLES = ['owner', 'practitioner', 'auditor'] as const;

/**
 * One item per breach whose CNIL clock runs, due 72 hours after awareness: due soon under 24
 * hours left, overdue once passed; the title holds the deadline, the detail the time left.
 * @example breachTodos([], new Date()) // []
 */
export function breachTodos(breaches: readonly Breach[], now: Date): TodoItem[] {
  return breaches.filter(clockRuns).map((breach) => {
    const deadline = new Date(breach.notificationDeadline);
    const remaining = remainingTime(deadline, now);
    return {
      id: `breach-notification:${breach.id}`,
      kind: 'breach-notification',
      title: `Notification CNIL avant le ${deadlineText(deadline)} — ${breachTitle(breach)}`,
      detail: remaining.passed ? `délai dépassé depuis ${remaining.duration}` : `il reste ${remaining.duration}`,
      due: deadline.toISOString(),
      dueDay: null,
      state: remaining.passed ? 'overdue' : remaining.urgent ? 'due_soon' : 'open',
      severity: remaining.urgent ? 'danger' : 'warning',
      audience: { roles: REGISTER_ROLES, assigneeId: null },
      href: `/violations/${breach.id}`,
    };
  });
}

/** The provider the routes plugin registers on `app.todo`. */
export function breachesTodo(db: Db): TodoProvider {
  return {
    id: BREACHES_TODO,
    load: async (ctx) => breachTodos(await listBreachesOnce(ctx, db, ctx.practiceId), ctx.now),
  };
}
