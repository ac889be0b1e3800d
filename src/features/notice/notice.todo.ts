import type { Db } from '../../db/connect.ts';
import type { HomeCard, HomeCardProvider } from '../../lib/home/registry.ts';
import type { TodoItem, TodoProvider, TodoRegistry } from '../../lib/todo/registry.ts';
import type { VersionView } from './notice.schema.ts';
import { noticeOverview } from './notice.service.ts';

export const NOTICE_TODO = 'notice';

/**
 * An item when the latest version of the notice no longer tells the truth (the register or the
 * practice changed since); nothing before the first version (the guided path asks for it).
 * @example noticeTodos(null) // []
 */
export function noticeTodos(latest: Pick<VersionView, 'number' | 'outdated' | 'outdatedReasons'> | null): TodoItem[] {
  if (!latest?.outdated) return [];
  return [
    {
      id: 'notice-outdated:notice',
      kind: 'notice-outdated',
      title: 'Mettre à jour l’information des patients (affiche, dépliant, site)',
      detail: latest.outdatedReasons.join(' '),
      due: null,
      dueDay: null,
      state: 'open',
      severity: 'warning',
      audience: { roles: ['owner', 'practitioner'], assigneeId: null },
      href: '/information-patients',
    },
  ];
}

/** The provider the routes plugin registers on `app.todo`. */
export function noticeTodo(db: Db): TodoProvider {
  return { id: NOTICE_TODO, load: async (ctx) => noticeTodos((await noticeOverview(db, ctx.practiceId)).latest) };
}

/** The home card of an outdated notice, read from its « à faire » item; null when up to date. */
export function noticeCard(items: readonly TodoItem[]): HomeCard | null {
  const [item] = items;
  if (!item) return null;
  return {
    id: 'notice',
    title: 'Information des patients à mettre à jour',
    tone: 'warning',
    summary: `${item.detail} Générez une nouvelle version, puis remplacez l’affiche et le dépliant.`,
    action: { label: 'Mettre à jour l’information', href: item.href },
  };
}

/** The provider the routes plugin registers on `app.home`. */
export function noticeHomeCard(todo: TodoRegistry): HomeCardProvider {
  return {
    id: 'notice',
    order: 23,
    roles: ['owner', 'practitioner'],
    load: async (ctx) => noticeCard(await todo.from(NOTICE_TODO, ctx, ctx)),
  };
}
