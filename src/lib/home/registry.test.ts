import { describe, expect, it } from 'vitest';
import {
  createHomeRegistry,
  type HomeCard,
  type HomeCardContext,
  type HomeCardProvider,
  type Role,
} from './registry.ts';

const ALL: readonly Role[] = ['owner', 'practitioner', 'secretary', 'auditor'];
const ctx = (role: Role): HomeCardContext => ({
  practiceId: 'p1',
  userId: 'u1',
  role,
  now: new Date('2026-11-29T09:00:00Z'),
});

/** A provider whose card summary is its id, so the order of the page reads as a list of ids. */
function provider(
  id: string,
  order: number,
  roles: readonly Role[] = ALL,
  card: 'card' | 'null' = 'card',
): HomeCardProvider {
  return {
    id,
    order,
    roles,
    load: async () => (card === 'null' ? null : { id, title: id, tone: 'info', summary: id }),
  };
}

const ids = (cards: HomeCard[]) => cards.map((card) => card.id);

describe('cardsFor', () => {
  const registry = createHomeRegistry();
  registry.register(provider('measures', 20));
  registry.register(provider('requests', 10, ['owner', 'practitioner', 'secretary']));
  registry.register(provider('breaches', 30, ['owner', 'practitioner', 'auditor']));
  registry.register(provider('journal', 20, ['owner', 'auditor']));
  registry.register(provider('nothing-to-do', 5, ALL, 'null'));

  it.each([
    ['owner', ['requests', 'journal', 'measures', 'breaches']],
    ['practitioner', ['requests', 'measures', 'breaches']],
    ['secretary', ['requests', 'measures']],
    ['auditor', ['journal', 'measures', 'breaches']],
  ] as const)('shows %s the allowed cards in order (ties by id), without empty ones', async (role, expected) => {
    expect(ids(await registry.cardsFor(ctx(role)))).toEqual(expected);
  });
});

describe('register', () => {
  it('refuses a second provider with the same id', () => {
    const registry = createHomeRegistry();
    registry.register(provider('measures', 1));
    expect(() => registry.register(provider('measures', 2))).toThrow(/measures/);
  });
});

describe('a failing provider', () => {
  const failures: Record<string, HomeCardProvider['load']> = {
    'rejects its promise': async () => {
      throw new Error('database down');
    },
    'throws before returning a promise': () => {
      throw new Error('bug');
    },
    'never answers': () => new Promise<never>(() => {}),
  };

  it.each(Object.keys(failures))('that %s becomes a French warning card and is reported', async (name) => {
    const errors: [unknown, string][] = [];
    const registry = createHomeRegistry({ timeoutMs: 20, onError: (error, id) => errors.push([error, id]) });
    registry.register(provider('first', 1));
    registry.register({ id: 'broken', order: 2, roles: ALL, load: failures[name]! });
    registry.register(provider('last', 3));

    const cards = await registry.cardsFor(ctx('owner'));

    expect(ids(cards)).toEqual(['first', 'broken', 'last']);
    expect(cards[1]).toMatchObject({ id: 'broken', tone: 'warning' });
    expect(cards[1]?.summary).toContain('n’a pas pu être chargée');
    expect(errors).toEqual([[expect.any(Error), 'broken']]);
  });

  it('still renders the page when the error callback itself throws', async () => {
    const registry = createHomeRegistry({
      onError: () => {
        throw new Error('logger down');
      },
    });
    registry.register({ id: 'broken', order: 1, roles: ALL, load: async () => Promise.reject(new Error('x')) });
    expect(await registry.cardsFor(ctx('secretary'))).toMatchObject([{ id: 'broken', tone: 'warning' }]);
  });
});

it('gives each card the id of its provider', async () => {
  const registry = createHomeRegistry();
  registry.register({
    id: 'measures',
    order: 1,
    roles: ALL,
    load: async () => ({ id: 'x', title: 'T', tone: 'ok', summary: 'S' }),
  });
  expect(ids(await registry.cardsFor(ctx('owner')))).toEqual(['measures']);
});
