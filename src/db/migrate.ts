import { type MigrationResultSet, Migrator, sql } from 'kysely';
import type { Db } from './connect.ts';
import { isPostgres } from './dialect.ts';
import { migrations } from './migrations/index.ts';

export class MigrationError extends Error {}

async function migrator(db: Db): Promise<Migrator> {
  // On PostgreSQL, name the schema in use: otherwise Kysely may find its bookkeeping tables in
  // another schema of the same database and never create them in ours.
  const schema = isPostgres(db)
    ? (await sql<{ schema: string }>`SELECT current_schema() AS schema`.execute(db)).rows[0]?.schema
    : undefined;
  // Kysely takes a lock (a lock table, and an advisory lock on PostgreSQL) so that several
  // instances starting together apply each migration once.
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}

function check(result: MigrationResultSet): string[] {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'inconnue';
    throw new MigrationError(
      `La migration ${failed} a échoué : ${String((result.error as Error).message ?? result.error)}`,
    );
  }
  return (result.results ?? []).map((r) => r.migrationName);
}

/** Brings the schema up to date; returns the names of the migrations applied now. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  return check(await (await migrator(db)).migrateToLatest());
}

/** Undoes the last migration (operators only, from the CLI). */
export async function migrateDown(db: Db): Promise<string[]> {
  return check(await (await migrator(db)).migrateDown());
}

export async function migrationStatus(db: Db) {
  return (await (await migrator(db)).getMigrations()).map((m) => ({ name: m.name, executedAt: m.executedAt }));
}

/** Brings the schema exactly to the named migration (restoring a backup made by an older version). */
export async function migrateTo(db: Db, name: string): Promise<string[]> {
  if (!(name in migrations)) throw new MigrationError(`Migration inconnue : ${name}. Mettez Hygie à jour.`);
  return check(await (await migrator(db)).migrateTo(name));
}
