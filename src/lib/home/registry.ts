/** The roles of a practice member; accounts will import this type. */
export type { Role } from '../../features/accounts/roles.ts';

import type { Role } from '../../features/accounts/roles.ts';

/** Who is looking at the home page, and when. */
export interface HomeCardContext {
  readonly practiceId: string;
  readonly userId: string;
  readonly role: Role;
  readonly now: Date;
}

/** One card of the home page; every text is plain French. */
export interface HomeCard {
  /** Set to the provider's id by the registry. */
  id: string;
  title: string;
  tone: 'ok' | 'info' | 'warning' | 'danger';
  summary: string;
  /** `due` is an ISO calendar day, e.g. `2026-12-05`. */
  items?: { label: string; due?: string; href?: string }[];
  action?: { label: string; href: string };
}

/** A feature's contribution to the home page; `load` returns null when there is nothing to show. */
export interface HomeCardProvider {
  readonly id: string;
  /** Smaller first; ties are broken by id. */
  readonly order: number;
  readonly roles: readonly Role[];
  load(ctx: HomeCardContext): Promise<HomeCard | null>;
}

export interface HomeRegistryOptions {
  /** Receives a provider's failure, for logging; the page shows a warning card instead. */
  onError?: (error: unknown, providerId: string) => void;
  /** A provider slower than this is reported as failed (default 5 s). */
  timeoutMs?: number;
}

export interface HomeRegistry {
  /** Adds a provider; throws when its id is already registered. */
  register(provider: HomeCardProvider): void;
  /** The cards the role may see, in order; a failing provider yields a warning card, never an error. */
  cardsFor(ctx: HomeCardContext): Promise<HomeCard[]>;
}

/** The card shown in place of a provider that failed. */
export function unavailableCard(providerId: string): HomeCard {
  return {
    id: providerId,
    title: 'Information momentanément indisponible',
    tone: 'warning',
    summary:
      'Cette partie de la page d’accueil n’a pas pu être chargée. Rechargez la page dans un instant ; si le problème persiste, contactez votre support.',
  };
}

class ProviderTimeout extends Error {
  override readonly name = 'ProviderTimeout';
}

/** `work`, or a rejection once `ms` milliseconds passed (the home cards and the « à faire » list use it). */
export function withTimeout<T>(work: Promise<T>, ms: number, providerId: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProviderTimeout(`Provider "${providerId}" took over ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * One value per context object: every card of one home page — and the « à faire » providers they
 * read through `todo.from` — receive the same context object, so what several of them read is
 * read once per page. `once(ctx, load)` runs `load` for the first caller of that page only.
 */
export function perContext<T>(): (ctx: object, load: () => Promise<T>) => Promise<T> {
  const cache = new WeakMap<object, Promise<T>>();
  return (ctx, load) => {
    let value = cache.get(ctx);
    if (!value) {
      value = load();
      cache.set(ctx, value);
    }
    return value;
  };
}

/** `load` computed once per home page (see perContext): the members, the practice. */
export function oncePerPage<T>(load: (ctx: HomeCardContext) => Promise<T>): (ctx: HomeCardContext) => Promise<T> {
  const once = perContext<T>();
  return (ctx) => once(ctx, () => load(ctx));
}

/**
 * The home page's card registry: each feature registers one provider at start-up.
 * @example
 * const home = createHomeRegistry({ onError: (err, id) => log.error({ err, id }, 'home card failed') });
 * home.register({ id: 'checklist', order: 10, roles: ['owner', 'practitioner'], load: async (ctx) => null });
 * const cards = await home.cardsFor({ practiceId, userId, role: 'owner', now: clock.now() });
 */
export function createHomeRegistry(options: HomeRegistryOptions = {}): HomeRegistry {
  const providers = new Map<string, HomeCardProvider>();
  const timeoutMs = options.timeoutMs ?? 5_000;

  async function run(provider: HomeCardProvider, ctx: HomeCardContext): Promise<HomeCard | null> {
    try {
      const card = await withTimeout(
        Promise.resolve().then(() => provider.load(ctx)),
        timeoutMs,
        provider.id,
      );
      // One card per provider: its id is the provider's, so ids on the page are unique.
      return card && { ...card, id: provider.id };
    } catch (error) {
      try {
        options.onError?.(error, provider.id);
      } catch {
        // A broken logger must not break the home page either.
      }
      return unavailableCard(provider.id);
    }
  }

  return {
    register(provider) {
      if (providers.has(provider.id)) throw new Error(`Home card provider "${provider.id}" is already registered`);
      providers.set(provider.id, provider);
    },
    async cardsFor(ctx) {
      const allowed = [...providers.values()]
        .filter((provider) => provider.roles.includes(ctx.role))
        .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const cards = await Promise.all(allowed.map((provider) => run(provider, ctx)));
      return cards.filter((card): card is HomeCard => card !== null);
    },
  };
}
