import { PostgresAdapter } from 'kysely';

/** True on PostgreSQL: lets a repository add what SQLite does not have (row locks). */
export function isPostgres(db: { getExecutor(): { adapter: unknown } }): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
