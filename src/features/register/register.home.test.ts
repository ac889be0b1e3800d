import { describe, expect, it } from 'vitest';
import { registerCard as cardOf } from './register.home.ts';
import { ACTIVITY_BODY } from './register.test-support.ts';
import { registerTodos } from './register.todo.ts';
import type { ActivityFields } from './register.types.ts';

const complete = (id: string): ActivityFields & { id: string } => ({
  ...(ACTIVITY_BODY as unknown as ActivityFields),
  controller: { kind: 'practice' },
  id,
});
/** The card as the provider builds it: the activities' count and their « à faire » items. */
const registerCard = (activities: (ActivityFields & { id: string })[]) =>
  cardOf(activities.length, registerTodos(activities));
const incomplete = (id: string) => ({ ...complete(id), name: `Activité ${id}`, purposes: [] });

describe('registerCard', () => {
  it('invites to create an empty register', () => {
    expect(registerCard([])).toMatchObject({
      title: 'Registre des traitements : aucune activité',
      tone: 'warning',
      action: { label: 'Créer le registre', href: '/registre' },
    });
  });

  it.each([
    [[complete('a')], 'Registre des traitements : 1 activité, 0 à compléter', 'ok'],
    [[complete('a'), complete('b')], 'Registre des traitements : 2 activités, 0 à compléter', 'ok'],
    [
      [complete('a'), incomplete('b'), incomplete('c')],
      'Registre des traitements : 3 activités, 2 à compléter',
      'info',
    ],
  ])('counts the activities and those to complete (%#)', (activities, title, tone) => {
    expect(registerCard(activities)).toMatchObject({ id: 'register', title, tone });
  });

  it('links each activity to complete', () => {
    expect(registerCard([complete('a'), incomplete('b')]).items).toEqual([
      { label: 'Registre : compléter « Activité b »', href: '/registre/b' },
    ]);
  });
});
