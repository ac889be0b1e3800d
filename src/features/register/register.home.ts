import type { Db } from '../../db/connect.ts';
import type { HomeCard, HomeCardProvider } from '../../lib/home/registry.ts';
import type { TodoItem, TodoRegistry } from '../../lib/todo/registry.ts';
import { listActivities } from './register.repository.ts';
import { REGISTER_TODO } from './register.todo.ts';

const ALL_ROLES = ['owner', 'practitioner', 'secretary', 'auditor'] as const;

/**
 * « Registre des traitements : n activités, m à compléter », the activities to complete (the
 * register's « à faire » items) as links; an empty register invites to create it.
 * @example registerCard(0, []).summary // 'Hygie vous propose les activités de votre profession, déjà remplies : une dizaine de minutes suffisent.'
 */
export function registerCard(activities: number, incomplete: readonly TodoItem[]): HomeCard {
  if (activities === 0) {
    return {
      id: 'register',
      title: 'Registre des traitements : aucune activité',
      tone: 'warning',
      summary:
        'Hygie vous propose les activités de votre profession, déjà remplies : une dizaine de minutes suffisent.',
      action: { label: 'Créer le registre', href: '/registre' },
    };
  }
  const n = activities;
  const m = incomplete.length;
  return {
    id: 'register',
    title: `Registre des traitements : ${n} activité${n > 1 ? 's' : ''}, ${m} à compléter`,
    tone: m > 0 ? 'info' : 'ok',
    summary:
      m > 0
        ? 'Complétez les activités signalées : le registre doit pouvoir être présenté à tout moment.'
        : 'Votre registre est complet. Relisez-le à chaque nouveau logiciel, prestataire ou salarié.',
    ...(m > 0 ? { items: incomplete.map((item) => ({ label: item.title, href: item.href })) } : {}),
    action: { label: 'Ouvrir le registre', href: '/registre' },
  };
}

/** The provider the routes plugin registers on `app.home`. */
export function registerHomeCard(db: Db, todo: TodoRegistry): HomeCardProvider {
  return {
    id: 'register',
    order: 20,
    roles: ALL_ROLES,
    load: async (ctx) => {
      const [activities, items] = await Promise.all([
        listActivities(db, ctx.practiceId),
        todo.from(REGISTER_TODO, ctx, ctx),
      ]);
      return registerCard(activities.length, items);
    },
  };
}
