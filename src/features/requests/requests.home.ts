import type { HomeCard, HomeCardProvider } from '../../lib/home/registry.ts';
import type { TodoItem, TodoRegistry } from '../../lib/todo/registry.ts';
import { DUE_SOON_DAYS } from './request-labels.ts';
import { REQUESTS_TODO } from './requests.todo.ts';

const ALL_ROLES = ['owner', 'practitioner', 'secretary', 'auditor'] as const;

const plural = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;

/**
 * The home card of the requests register, read from the « à faire » items: open requests overdue
 * or due within {@link DUE_SOON_DAYS} days, the most urgent first; null when there is none.
 * @example requestsCard([]) // null
 */
export function requestsCard(items: readonly TodoItem[]): HomeCard | null {
  const overdue = items.filter((item) => item.state === 'overdue');
  const soon = items.filter((item) => item.state === 'due_soon');
  if (overdue.length === 0 && soon.length === 0) return null;
  const parts = [
    ...(overdue.length > 0 ? [plural(overdue.length, 'demande en retard', 'demandes en retard')] : []),
    ...(soon.length > 0
      ? [`${plural(soon.length, 'demande', 'demandes')} à traiter dans les ${DUE_SOON_DAYS} prochains jours`]
      : []),
  ];
  return {
    id: 'patient-requests',
    title: 'Demandes des patients',
    tone: overdue.length > 0 ? 'danger' : 'warning',
    summary: `${parts.join(' et ')}.${overdue.length > 0 ? ' Répondez sans attendre : le délai légal est dépassé.' : ''}`,
    items: [...overdue, ...soon]
      .sort((a, b) => ((a.due ?? '') < (b.due ?? '') ? -1 : 1))
      .map((item) => ({
        label: `${item.title}${item.state === 'overdue' ? ' (en retard)' : ''}`,
        ...(item.dueDay ? { due: item.dueDay } : {}),
        href: item.href,
      })),
    action: { label: 'Ouvrir le registre des demandes', href: '/demandes' },
  };
}

/** The provider the routes plugin registers on `app.home`: it reads the requests' « à faire » items. */
export function requestsHomeCard(todo: TodoRegistry): HomeCardProvider {
  return {
    id: 'patient-requests',
    order: 20,
    roles: ALL_ROLES,
    load: async (ctx) => requestsCard(await todo.from(REQUESTS_TODO, ctx, ctx)),
  };
}
