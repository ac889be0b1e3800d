import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { connectPostgres, connectSqlite, type DbHandle, type Dialect } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

export const pgUrl = (): string | null => inject('pgUrl');

/** A fresh, migrated database of the given dialect: its own SQLite file or its own PostgreSQL schema. */
export async function createTestDatabase(dialect: Dialect): Promise<{ handle: DbHandle; drop(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-test-'));
    const handle = connectSqlite(dir, randomBytes(16).toString('hex'));
    await migrateToLatest(handle.db);
    return {
      handle,
      drop: async () => {
        await handle.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = pgUrl();
  if (!url) throw new Error('PostgreSQL indisponible');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = connectPostgres(url, { max: 1 });
  await sql`CREATE SCHEMA ${sql.id(schema)}`.execute(admin.db);
  const handle = connectPostgres(url, { searchPath: schema, max: 8 });
  await migrateToLatest(handle.db);
  return {
    handle,
    drop: async () => {
      await handle.close();
      await sql`DROP SCHEMA ${sql.id(schema)} CASCADE`.execute(admin.db);
      await admin.close();
    },
  };
}

/**
 * Runs the same suite on encrypted SQLite and on PostgreSQL, each with its own fresh database.
 * PostgreSQL is skipped only outside CI, when it is not installed (the global setup says so).
 */
export function describeEachDialect(name: string, suite: (db: () => DbHandle, dialect: Dialect) => void): void {
  for (const dialect of ['sqlite', 'postgres'] as const) {
    const unavailable = dialect === 'postgres' && !pgUrl();
    describe.skipIf(unavailable)(`${name} [${dialect}]`, () => {
      let current: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
      beforeAll(async () => {
        current = await createTestDatabase(dialect);
      });
      afterAll(async () => {
        await current?.drop();
      });
      suite(() => {
        if (!current) throw new Error('database not ready');
        return current.handle;
      }, dialect);
    });
  }
}
