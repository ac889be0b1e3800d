import type { HomeCard, HomeCardProvider } from '../../lib/home/registry.ts';
import type { TodoItem, TodoRegistry } from '../../lib/todo/registry.ts';
import { PROCESSORS_TODO } from './processors.todo.ts';

const ALL_ROLES = ['owner', 'practitioner', 'secretary', 'auditor'] as const;

/**
 * The home card of the processors, read from their « à faire » items: one line per processor with
 * warnings; `danger` when a legal requirement is not met; null when all is in order.
 * @example processorsCard([]) // null
 */
export function processorsCard(items: readonly TodoItem[]): HomeCard | null {
  if (items.length === 0) return null;
  const count = items.length;
  return {
    id: 'processors',
    title: 'Sous-traitants',
    tone: items.some((item) => item.severity === 'danger') ? 'danger' : 'warning',
    summary: `${count} ${count > 1 ? 'sous-traitants demandent' : 'sous-traitant demande'} votre attention (certificat d’hébergement, contrat ou lieu d’hébergement des données).`,
    items: items.map((item) => ({ label: item.title, href: item.href })),
    action: { label: 'Voir les sous-traitants', href: '/sous-traitants' },
  };
}

/** The provider the routes plugin registers on `app.home`. */
export function processorsHomeCard(todo: TodoRegistry): HomeCardProvider {
  return {
    id: 'processors',
    order: 21,
    roles: ALL_ROLES,
    load: async (ctx) => processorsCard(await todo.from(PROCESSORS_TODO, ctx, ctx)),
  };
}
