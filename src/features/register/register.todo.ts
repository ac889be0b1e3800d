import type { Db } from '../../db/connect.ts';
import type { TodoItem, TodoProvider } from '../../lib/todo/registry.ts';
import { missingFields } from './missing-fields.ts';
import { listActivities } from './register.repository.ts';
import type { ActivityFields } from './register.types.ts';

export const REGISTER_TODO = 'register';

const ALL_ROLES = ['owner', 'practitioner', 'secretary', 'auditor'] as const;

/**
 * One item per activity of the register with a field to complete, in the register's order.
 * @example registerTodos([]) // []
 */
export function registerTodos(activities: readonly (ActivityFields & { id: string })[]): TodoItem[] {
  return activities
    .filter((activity) => missingFields(activity).length > 0)
    .map((activity) => ({
      id: `register-activity:${activity.id}`,
      kind: 'register-activity',
      title: `Registre : compléter « ${activity.name} »`,
      detail: null,
      due: null,
      dueDay: null,
      state: 'open',
      severity: 'info',
      audience: { roles: ALL_ROLES, assigneeId: null },
      href: `/registre/${activity.id}`,
    }));
}

/** The provider the routes plugin registers on `app.todo`. */
export function registerTodo(db: Db): TodoProvider {
  return { id: REGISTER_TODO, load: async (ctx) => registerTodos(await listActivities(db, ctx.practiceId)) };
}
