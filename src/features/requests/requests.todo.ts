import type { Db } from '../../db/connect.ts';
import { formatDayShort, type IsoDay, parisDay } from '../../lib/dates/index.ts';
import { dayDue, type TodoItem, type TodoProvider } from '../../lib/todo/registry.ts';
import { DUE_SOON_DAYS, KIND_LABELS } from './request-labels.ts';
import { currentDueDate, isOpen } from './request-state.ts';
import { listRequests, type PatientRequest } from './requests.repository.ts';

export const REQUESTS_TODO = 'patient-requests';

const ALL_ROLES = ['owner', 'practitioner', 'secretary', 'auditor'] as const;

/**
 * One item per open request, due on its last day to answer (the extended one once extended); the
 * title names the right and the day received, never the requester.
 * @example requestTodos([], '2026-12-01') // []
 */
export function requestTodos(requests: readonly PatientRequest[], today: IsoDay): TodoItem[] {
  return requests
    .filter((request) => isOpen(request.status))
    .map((request) => {
      const due = dayDue(currentDueDate(request), today, DUE_SOON_DAYS);
      return {
        id: `patient-request:${request.id}`,
        kind: 'patient-request',
        title: `${KIND_LABELS[request.kind]} : demande reçue le ${formatDayShort(request.receivedAt)}`,
        detail: null,
        ...due,
        severity: due.state === 'overdue' ? 'danger' : due.state === 'due_soon' ? 'warning' : 'info',
        audience: { roles: ALL_ROLES, assigneeId: null },
        href: `/demandes/${request.id}`,
      };
    });
}

/** The provider the routes plugin registers on `app.todo`. */
export function requestsTodo(db: Db): TodoProvider {
  return {
    id: REQUESTS_TODO,
    load: async (ctx) => requestTodos(await listRequests(db, ctx.practiceId, { openOnly: true }), parisDay(ctx.now)),
  };
}
