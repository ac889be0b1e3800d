import type { TodoItem } from './registry.ts';

/** An « à faire » item for tests: open, no deadline, for the owner; `over` changes what matters. */
export const todoItem = (id: string, over: Partial<TodoItem> = {}): TodoItem => ({
  id,
  kind: 'patient-request',
  title: id,
  detail: null,
  due: null,
  dueDay: null,
  state: 'open',
  severity: 'info',
  audience: { roles: ['owner'], assigneeId: null },
  href: '/',
  ...over,
});
