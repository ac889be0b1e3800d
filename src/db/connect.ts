import { createRequire } from 'node:module';
import type SqliteDatabase from 'better-sqlite3-multiple-ciphers';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type pg from 'pg';
import type { Config } from '../config.ts';
import { createPracticeVault, type PracticeVault } from '../lib/crypto/practice-vault.ts';
import { sealParameters, VaultPlugin } from '../lib/crypto/vault-plugin.ts';
import { postgresVaultStore } from '../lib/crypto/vault-store.ts';
import { drainableDialect } from './drain.ts';
import { useNamedStatements } from './prepared.ts';
import type { Database } from './schema.ts';
import { openEncryptedSqlite } from './sqlite.ts';
import { withStatementCache } from './statement-cache.ts';

export type Db = Kysely<Database>;
export type Dialect = 'sqlite' | 'postgres';

export interface DbHandle {
  db: Db;
  dialect: Dialect;
  /** The raw SQLite connection of a local install (online backup); absent on PostgreSQL. */
  sqlite?: SqliteDatabase.Database;
  describe: string;
  /**
   * PostgreSQL only: each practice's content sealed with its own key (src/lib/crypto/practice-vault.ts),
   * through the Kysely plugin and connection hook of vault-plugin.ts. Absent on SQLite (encrypted whole).
   */
  vault?: PracticeVault;
  close(): Promise<void>;
}

/** How long closing the database waits for the queries still under way before destroying the driver. */
export const CLOSE_DRAIN_MS = 10_000;

let pgModule: typeof pg | undefined;

/** The PostgreSQL driver, loaded on the first PostgreSQL connection: a local install (SQLite) never loads it. */
function postgresDriver(): typeof pg {
  if (!pgModule) {
    pgModule = createRequire(import.meta.url)('pg') as typeof pg;
    // COUNT(*) and BIGINT come back as strings by default; our counts fit in a JS number.
    pgModule.types.setTypeParser(20, (value) => Number(value));
  }
  return pgModule;
}

export function connectPostgres(
  url: string,
  options: { searchPath?: string; max?: number; masterKeyFile?: string | undefined } = {},
): DbHandle {
  const pg = postgresDriver();
  const searchPath = options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {};
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, ...searchPath });
  // The vault's keys are read and made on a small pool of their own (see vault-store.ts).
  const keyPool = new pg.Pool({ connectionString: url, max: 2, idleTimeoutMillis: 5000, ...searchPath });
  const vault = createPracticeVault(postgresVaultStore(keyPool), options.masterKeyFile);
  // A connection cut by PostgreSQL (restart, failover, idle timeout) is an 'error' event of its
  // client and of the pool: without listeners it would stop the whole process. The pool drops that
  // connection and opens a new one for the next query (a query in flight gets the error itself);
  // /api/ready says 503 until the database answers again.
  const lost = (error: Error) =>
    console.error(`[hygie] connexion PostgreSQL perdue, une autre sera ouverte : ${error.message}`);
  pool.on('error', lost);
  keyPool.on('error', lost);
  pool.on('connect', (client) => {
    client.on('error', lost);
    useNamedStatements(client);
    sealParameters(client, vault);
  });
  keyPool.on('connect', (client) => client.on('error', lost));
  const drain = drainableDialect(new PostgresDialect({ pool }));
  const db = new Kysely<Database>({ dialect: drain.dialect, plugins: [new VaultPlugin(vault)] });
  const host = new URL(url).host;
  let closing: Promise<void> | undefined;
  return {
    db,
    dialect: 'postgres',
    describe: `PostgreSQL (${host})`,
    vault,
    // Idempotent, as Kysely's destroy is (a test and the app may both close the handle); the work
    // still under way finishes first (bounded), so that nothing meets a destroyed driver.
    close: () => {
      closing ??= drain
        .drained(CLOSE_DRAIN_MS)
        .then(() => db.destroy())
        .then(() => keyPool.end());
      return closing;
    },
  };
}

export function connectSqlite(dataDir: string, key: string | undefined): DbHandle {
  const opened = openEncryptedSqlite(dataDir, key);
  const drain = drainableDialect(new SqliteDialect({ database: withStatementCache(opened.database) }));
  const db = new Kysely<Database>({ dialect: drain.dialect });
  let closing: Promise<void> | undefined;
  return {
    db,
    dialect: 'sqlite',
    sqlite: opened.database,
    describe: `SQLite chiffrée (${opened.file})`,
    close: () => {
      closing ??= drain.drained(CLOSE_DRAIN_MS).then(() => db.destroy());
      return closing;
    },
  };
}

/** Opens the database the configuration names: PostgreSQL when DATABASE_URL is set, else SQLite. */
export function connect(config: Pick<Config, 'databaseUrl' | 'dataDir' | 'dbKey' | 'masterKeyFile'>): DbHandle {
  return config.databaseUrl
    ? connectPostgres(config.databaseUrl, { masterKeyFile: config.masterKeyFile })
    : connectSqlite(config.dataDir, config.dbKey);
}
