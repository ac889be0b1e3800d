import type { DatabaseConnection, Dialect, Driver } from 'kysely';

/**
 * Counts the connections the application holds or waits for, so that closing the database can
 * wait for the work still under way (a request's last queries, a job's tick, a home card that
 * answered late) instead of destroying the driver under it (« driver has already been destroyed »).
 */
export interface DrainableDialect {
  dialect: Dialect;
  /** Resolves true once nothing holds or waits for a connection, false after `timeoutMs`. */
  drained(timeoutMs: number): Promise<boolean>;
}

const DRIVER_METHODS = [
  'init',
  'beginTransaction',
  'commitTransaction',
  'rollbackTransaction',
  'savepoint',
  'rollbackToSavepoint',
  'releaseSavepoint',
  'destroy',
] as const;

export function drainableDialect(inner: Dialect): DrainableDialect {
  let active = 0;
  let waiters: (() => void)[] = [];
  // A query's continuation (the next query of the same request) runs in the microtasks after the
  // release: the count is read again on the next turn of the event loop before calling it drained.
  const settle = () => {
    if (active !== 0 || waiters.length === 0) return;
    setImmediate(() => {
      if (active !== 0) return;
      const done = waiters;
      waiters = [];
      for (const resolve of done) resolve();
    });
  };
  const release = () => {
    active--;
    settle();
  };

  const wrap = (driver: Driver): Driver => {
    const wrapped: Record<string, unknown> = {};
    for (const name of DRIVER_METHODS) {
      const method = (driver as unknown as Record<string, unknown>)[name];
      // Optional methods stay absent: Kysely tests for them.
      if (typeof method === 'function') wrapped[name] = method.bind(driver);
    }
    wrapped.acquireConnection = async (): Promise<DatabaseConnection> => {
      active++;
      try {
        return await driver.acquireConnection();
      } catch (error) {
        release();
        throw error;
      }
    };
    wrapped.releaseConnection = async (connection: DatabaseConnection) => {
      try {
        await driver.releaseConnection(connection);
      } finally {
        release();
      }
    };
    return wrapped as unknown as Driver;
  };

  return {
    dialect: {
      createAdapter: () => inner.createAdapter(),
      createDriver: () => wrap(inner.createDriver()),
      createIntrospector: (db) => inner.createIntrospector(db),
      createQueryCompiler: () => inner.createQueryCompiler(),
    },
    drained(timeoutMs) {
      return new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), timeoutMs);
        timer.unref();
        waiters.push(() => {
          clearTimeout(timer);
          resolve(true);
        });
        settle();
      });
    },
  };
}
