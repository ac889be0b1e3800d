import { describe, expect, it } from 'vitest';
import type { Role } from '../home/registry.ts';
import { compareTodo, createTodoRegistry, dayDue, type TodoItem, type TodoProvider, visibleTo } from './registry.ts';
import { todoItem } from './todo.test-support.ts';

const item = todoItem;
const ctx = { practiceId: 'p1', now: new Date('2026-12-07T09:00:00Z') };
const provider = (id: string, items: TodoItem[]): TodoProvider => ({ id, load: async () => items });

describe('visibleTo', () => {
  it.each([
    [['owner', 'practitioner'], null, 'owner', 'u1', true],
    [['owner', 'practitioner'], null, 'secretary', 'u1', false],
    [['owner', 'practitioner'], 'u1', 'secretary', 'u1', true],
    [['owner', 'practitioner'], 'u2', 'secretary', 'u1', false],
    [[], 'u1', 'auditor', 'u1', true],
  ] as const)('roles %j, assigned to %s: %s %s → %s', (roles, assigneeId, role, userId, visible) => {
    expect(visibleTo(item('a', { audience: { roles, assigneeId } }), { role: role as Role, userId })).toBe(visible);
  });
});

describe('dayDue', () => {
  it.each([
    ['2026-12-10', '2026-12-02', 7, 'open'],
    ['2026-12-10', '2026-12-03', 7, 'due_soon'],
    ['2026-12-10', '2026-12-10', 7, 'due_soon'],
    ['2026-12-10', '2026-12-11', 7, 'overdue'],
    ['2026-12-10', '2026-12-10', 0, 'due_soon'],
  ] as const)('due on %s, today %s, warned %i days before → %s', (day, today, soon, state) => {
    expect(dayDue(day, today, soon)).toEqual({ due: '2026-12-10T22:59:59.999Z', dueDay: day, state });
  });

  it('ends the day at Paris midnight in summer time too', () => {
    expect(dayDue('2026-07-14', '2026-07-01', 7).due).toBe('2026-07-14T21:59:59.999Z');
  });
});

describe('compareTodo', () => {
  it('puts overdue first, then due soon, nearest deadline first, none last, most severe, then by id', () => {
    const items = [
      item('open-no-due'),
      item('open-later', { due: '2026-12-20T10:00:00.000Z' }),
      item('open-sooner', { due: '2026-12-15T10:00:00.000Z' }),
      item('soon', { state: 'due_soon', due: '2026-12-09T10:00:00.000Z' }),
      item('late-b', { state: 'overdue', due: '2026-12-01T10:00:00.000Z' }),
      item('late-a', { state: 'overdue', due: '2026-12-01T10:00:00.000Z' }),
      item('late-danger', { state: 'overdue', due: '2026-12-01T10:00:00.000Z', severity: 'danger' }),
      item('open-no-due-warning', { severity: 'warning' }),
    ];
    expect(items.sort(compareTodo).map((i) => i.id)).toEqual([
      'late-danger',
      'late-a',
      'late-b',
      'soon',
      'open-sooner',
      'open-later',
      'open-no-due-warning',
      'open-no-due',
    ]);
  });
});

describe('the registry', () => {
  it('refuses a second provider with the same id', () => {
    const todo = createTodoRegistry();
    todo.register(provider('requests', []));
    expect(() => todo.register(provider('requests', []))).toThrow(/requests/);
  });

  it('lists every provider’s items in order, filtered for a viewer', async () => {
    const todo = createTodoRegistry();
    todo.register(
      provider('requests', [item('r1', { audience: { roles: ['owner', 'secretary'], assigneeId: null } })]),
    );
    todo.register(provider('breaches', [item('b1', { state: 'overdue' })]));
    todo.register(provider('measures', [item('m1', { audience: { roles: ['owner'], assigneeId: 'sec' } })]));
    expect(todo.sources()).toEqual(['requests', 'breaches', 'measures']);
    expect((await todo.list(ctx)).items.map((i) => i.id)).toEqual(['b1', 'm1', 'r1']);
    const secretary = await todo.list(ctx, { role: 'secretary', userId: 'sec' });
    expect(secretary).toEqual({
      items: [expect.objectContaining({ id: 'm1' }), expect.objectContaining({ id: 'r1' })],
      unavailable: [],
    });
    expect((await todo.from('measures', ctx, { role: 'secretary', userId: 'other' })).map((i) => i.id)).toEqual([]);
  });

  it.each([
    ['rejects', async () => Promise.reject(new Error('database down'))],
    [
      'throws',
      () => {
        throw new Error('bug');
      },
    ],
    ['never answers', () => new Promise<never>(() => {})],
  ] as const)('names a provider that %s as unavailable and keeps the others', async (_label, load) => {
    const errors: string[] = [];
    const todo = createTodoRegistry({ timeoutMs: 20, onError: (_error, id) => errors.push(id) });
    todo.register(provider('requests', [item('r1')]));
    todo.register({ id: 'broken', load: load as TodoProvider['load'] });
    expect(await todo.list(ctx)).toEqual({ items: [expect.objectContaining({ id: 'r1' })], unavailable: ['broken'] });
    expect(errors).toEqual(['broken']);
    await expect(todo.from('broken', ctx)).rejects.toThrow();
  });

  it('refuses an unknown provider by name', async () => {
    await expect(createTodoRegistry().from('nothing', ctx)).rejects.toThrow(/nothing/);
  });
});
