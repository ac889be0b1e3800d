import type SqliteDatabase from 'better-sqlite3-multiple-ciphers';
import type { SqliteDatabase as KyselySqliteDatabase } from 'kysely';

/** Statements kept; past this, the cache starts again (the application has a few hundred queries). */
const MAX_STATEMENTS = 1000;

/**
 * The SQLite connection as Kysely sees it, with its prepared statements kept and reused: Kysely
 * prepares every query it runs, and preparing costs more than running a short query. SQLite
 * prepares a kept statement again by itself after a schema change. A statement still being read
 * (a streamed query) is not shared: that call gets a fresh one.
 *
 * SQLite rolls a transaction back by itself on some errors (a full disk: SQLITE_FULL, an I/O
 * error): Kysely's ROLLBACK then fails with « cannot rollback - no transaction is active », which
 * would hide the real error. With no transaction open, that ROLLBACK does nothing instead.
 */
export function withStatementCache(database: SqliteDatabase.Database): KyselySqliteDatabase & {
  readonly cachedStatements: number;
} {
  const statements = new Map<string, SqliteDatabase.Statement>();
  let nothing: SqliteDatabase.Statement | undefined;
  return {
    prepare(sql: string) {
      if (sql === 'rollback' && !database.inTransaction) {
        nothing ??= database.prepare('SELECT 1 WHERE 0');
        return nothing;
      }
      const kept = statements.get(sql);
      if (kept && !kept.busy) return kept;
      const statement = database.prepare(sql);
      if (kept) return statement;
      if (statements.size >= MAX_STATEMENTS) statements.clear();
      statements.set(sql, statement);
      return statement;
    },
    close() {
      statements.clear();
      database.close();
    },
    get cachedStatements() {
      return statements.size;
    },
  };
}
