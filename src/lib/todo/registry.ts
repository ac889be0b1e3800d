import { withTimeout } from '../home/registry.ts';
import { compareTodo, type TodoItem, type TodoViewer, visibleTo } from './todo-item.ts';

export * from './todo-item.ts';

/** Which practice, and when. Items do not depend on who looks: the viewer only filters them. */
export interface TodoContext {
  readonly practiceId: string;
  readonly now: Date;
}

/** A feature's contribution to the « à faire » list: every open or due item of one practice. */
export interface TodoProvider {
  readonly id: string;
  load(ctx: TodoContext): Promise<TodoItem[]>;
}

/** The list, and the providers that failed (their items are missing: say so rather than show less). */
export interface TodoList {
  items: TodoItem[];
  unavailable: string[];
}

export interface TodoRegistryOptions {
  onError?: (error: unknown, providerId: string) => void;
  /** A provider slower than this is reported as failed (default 5 s). */
  timeoutMs?: number;
}

export interface TodoRegistry {
  /** Adds a provider; throws when its id is already registered. */
  register(provider: TodoProvider): void;
  /** The ids of the registered providers, in registration order. */
  sources(): string[];
  /**
   * Every item of the practice, ordered (see compareTodo); with a viewer, only those she may see.
   * A failing provider is listed in `unavailable`, never an error.
   */
  list(ctx: TodoContext, viewer?: TodoViewer): Promise<TodoList>;
  /** The items of one provider (for its feature's home card); throws when that provider fails. */
  from(providerId: string, ctx: TodoContext, viewer?: TodoViewer): Promise<TodoItem[]>;
}

const ordered = (items: TodoItem[], viewer: TodoViewer | undefined) =>
  (viewer ? items.filter((item) => visibleTo(item, viewer)) : items).sort(compareTodo);

/**
 * The « à faire » registry: each feature registers one provider at start-up, beside its home card.
 * @example
 * const todo = createTodoRegistry({ onError: (err, id) => log.error({ err, id }, 'todo provider failed') });
 * todo.register({ id: 'patient-requests', load: async ({ practiceId, now }) => [] });
 * const { items } = await todo.list({ practiceId, now }, { role: 'secretary', userId });
 */
export function createTodoRegistry(options: TodoRegistryOptions = {}): TodoRegistry {
  const providers = new Map<string, TodoProvider>();
  const timeoutMs = options.timeoutMs ?? 5_000;

  // One load per provider and context object: the home cards of one page that read the same
  // provider (the diagnostic's two cards, the kit and backup cards) share it.
  const loaded = new WeakMap<TodoContext, Map<string, Promise<TodoItem[]>>>();
  const load = (provider: TodoProvider, ctx: TodoContext) => {
    let byProvider = loaded.get(ctx);
    if (!byProvider) {
      byProvider = new Map();
      loaded.set(ctx, byProvider);
    }
    let items = byProvider.get(provider.id);
    if (!items) {
      items = withTimeout(
        Promise.resolve().then(() => provider.load(ctx)),
        timeoutMs,
        provider.id,
      );
      byProvider.set(provider.id, items);
    }
    return items.then((list) => [...list]);
  };

  return {
    register(provider) {
      if (providers.has(provider.id)) throw new Error(`Todo provider "${provider.id}" is already registered`);
      providers.set(provider.id, provider);
    },
    sources: () => [...providers.keys()],
    async list(ctx, viewer) {
      const unavailable: string[] = [];
      const lists = await Promise.all(
        [...providers.values()].map(async (provider) => {
          try {
            return await load(provider, ctx);
          } catch (error) {
            unavailable.push(provider.id);
            try {
              options.onError?.(error, provider.id);
            } catch {
              // A broken logger must not break the list.
            }
            return [];
          }
        }),
      );
      return { items: ordered(lists.flat(), viewer), unavailable: unavailable.sort() };
    },
    async from(providerId, ctx, viewer) {
      const provider = providers.get(providerId);
      if (!provider) throw new Error(`Unknown todo provider "${providerId}"`);
      return ordered(await load(provider, ctx), viewer);
    },
  };
}
