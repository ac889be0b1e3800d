import { type MigrationResultSet, Migrator } from 'kysely';
import type { Db } from './connect.ts';
import { migrations } from './migrations/index.ts';

export class MigrationError extends Error {}

function migrator(db: Db): Migrator {
  // Kysely takes a lock (a lock table, and an advisory lock on PostgreSQL) so that several
  // instances starting together apply each migration once.
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
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
  return check(await migrator(db).migrateToLatest());
}

/** Undoes the last migration (operators only, from the CLI). */
export async function migrateDown(db: Db): Promise<string[]> {
  return check(await migrator(db).migrateDown());
}

export async function migrationStatus(db: Db) {
  return (await migrator(db).getMigrations()).map((m) => ({ name: m.name, executedAt: m.executedAt }));
}
