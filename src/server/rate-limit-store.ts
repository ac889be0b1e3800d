import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { FastifyRateLimitOptions, FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';

type Hit = { current: number; ttl: number };
type Done = (error: Error | null, result?: Hit) => void;

/** @fastify/rate-limit's in-memory store (not exported by name): the whole API's broad limit stays in it. */
const LocalStore = createRequire(import.meta.url)('@fastify/rate-limit/store/LocalStore.js') as new (
  continueExceeding?: boolean,
  exponentialBackoff?: boolean,
  cache?: number,
) => FastifyRateLimitStore;

/** A route's rate-limit options as the store receives them; `shared: true` puts its counters in the database. */
interface StoreOptions {
  continueExceeding?: boolean;
  exponentialBackoff?: boolean;
  cache?: number;
  shared?: boolean;
  routeInfo?: { method?: string | string[]; url?: string };
}
type ChildOptions = Parameters<FastifyRateLimitStore['child']>[0];

/** How often each instance deletes the counters whose window has ended. */
const PRUNE_EVERY_MS = 60_000;

/**
 * Counts one hit of `key` in the current window (one statement, atomic on SQLite and PostgreSQL:
 * simultaneous hits from several instances are all counted). A window that has ended starts again.
 */
export async function countHit(db: Db, key: string, windowMs: number, nowMs: number): Promise<Hit> {
  const now = new Date(nowMs).toISOString();
  const ends = new Date(nowMs + windowMs).toISOString();
  const row = await db
    .insertInto('rate_limit_hits')
    .values({ key, hits: 1, window_ends_at: ends })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        hits: sql<number>`CASE WHEN rate_limit_hits.window_ends_at <= ${now} THEN 1 ELSE rate_limit_hits.hits + 1 END`,
        window_ends_at: sql<string>`CASE WHEN rate_limit_hits.window_ends_at <= ${now} THEN ${ends} ELSE rate_limit_hits.window_ends_at END`,
      }),
    )
    .returning(['hits', 'window_ends_at'])
    .executeTakeFirstOrThrow();
  return { current: Number(row.hits), ttl: Math.max(0, Date.parse(row.window_ends_at) - nowMs) };
}

/** Deletes the counters whose window has ended (any instance may: the result is the same). */
export async function pruneHits(db: Db, nowMs: number): Promise<void> {
  await db.deleteFrom('rate_limit_hits').where('window_ends_at', '<=', new Date(nowMs).toISOString()).execute();
}

/** The counter of one route and one client: a hash, so the table keeps no readable address. */
export const hitKey = (route: string, client: string) =>
  createHash('sha256').update(`${route}\n${client}`).digest('base64url');

/**
 * The store given to @fastify/rate-limit. The broad limit of the whole API stays in each
 * instance's memory (cheap; N instances allow N times the limit, see docs/hosting.md). The
 * routes whose limit is `shared` — sign-in, second factor, password reset, invitations, public
 * links: every `loginRateLimit` — count in the database, so the limit holds across every
 * instance that shares it.
 */
export function sharedRateLimitStore(db: Db, now: () => number = Date.now): FastifyRateLimitStoreCtor {
  let prunedAt = 0;
  const prune = (nowMs: number) => {
    if (nowMs - prunedAt < PRUNE_EVERY_MS) return;
    prunedAt = nowMs;
    pruneHits(db, nowMs).catch(() => {
      prunedAt = 0;
    });
  };
  class DatabaseStore implements FastifyRateLimitStore {
    constructor(private readonly route: string) {}
    incr(key: string, done: Done, timeWindow: number): void {
      const nowMs = now();
      prune(nowMs);
      countHit(db, hitKey(this.route, key), timeWindow, nowMs).then(
        (hit) => done(null, hit),
        (error: Error) => done(error),
      );
    }
    child(): FastifyRateLimitStore {
      return this;
    }
  }
  return class SharedRateLimitStore implements FastifyRateLimitStore {
    private readonly local: FastifyRateLimitStore;
    constructor(global: FastifyRateLimitOptions) {
      const options = global as StoreOptions;
      this.local = new LocalStore(options.continueExceeding, options.exponentialBackoff, options.cache);
    }
    incr(key: string, done: Done, timeWindow: number, max: number): void {
      this.local.incr(key, done, timeWindow, max);
    }
    child(route: ChildOptions): FastifyRateLimitStore {
      const options = route as unknown as StoreOptions;
      if (!options.shared) return this.local.child(route);
      const method = [options.routeInfo?.method ?? ''].flat().join(',');
      return new DatabaseStore(`${method} ${options.routeInfo?.url ?? ''}`);
    }
  };
}
