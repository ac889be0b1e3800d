import type { HomeCard, HomeCardProvider } from '../../lib/home/registry.ts';
import type { TodoItem, TodoRegistry } from '../../lib/todo/registry.ts';
import { BREACHES_TODO, REGISTER_ROLES } from './breaches.todo.ts';

/**
 * The open breaches (CNIL clock still running), read from the « à faire » items, the nearest
 * deadline first: « Notification CNIL avant le 30/03/2026 à 11:00 — Rançongiciel — connue le
 * 27/03/2026 à 10:00 (il reste 1 j 2 h 07 min) »; « danger » when one has less than 24 hours left
 * or has passed; null when there is none.
 */
export function breachesCard(items: readonly TodoItem[]): HomeCard | null {
  const open = [...items].sort((a, b) => ((a.due ?? '') < (b.due ?? '') ? -1 : 1));
  if (open.length === 0) return null;
  const passed = open.filter((item) => item.state === 'overdue').length;
  const urgent = open.some((item) => item.severity === 'danger');
  const count =
    open.length === 1 ? 'Une violation de données en cours' : `${open.length} violations de données en cours`;
  const late =
    passed > 0
      ? ` Le délai de 72 heures est dépassé pour ${passed === 1 ? 'l’une d’elles' : `${passed} d’entre elles`} : notifiez sans attendre, en donnant les raisons du retard.`
      : '';
  return {
    id: 'breaches',
    title:
      open.length === 1
        ? 'Violation de données : notification à la CNIL'
        : 'Violations de données : notifications à la CNIL',
    tone: urgent ? 'danger' : 'warning',
    summary: `${count} : évaluez la gravité, décidez, puis notifiez la CNIL avant l’échéance.${late}`,
    items: open.map((item) => ({ label: `${item.title} (${item.detail})`, href: item.href })),
    action: { label: 'Ouvrir le registre des violations', href: '/violations' },
  };
}

/** The provider the routes plugin registers on `app.home`, right after the incidents. */
export function breachesHomeCard(todo: TodoRegistry): HomeCardProvider {
  return {
    id: 'breaches',
    order: 2,
    roles: REGISTER_ROLES,
    load: async (ctx) => breachesCard(await todo.from(BREACHES_TODO, ctx, ctx)),
  };
}
