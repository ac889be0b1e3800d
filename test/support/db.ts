import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { connectPostgres, connectSqlite, type DbHandle, type Dialect } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { newMasterKey, writeMasterKeyFile } from '../../src/lib/crypto/master-key.ts';

export const pgUrl = (): string | null => inject('pgUrl');

let masterKeyFile: string | undefined;

/**
 * The master key file of this test process (HYGIE_MASTER_KEY_FILE): every PostgreSQL test database
 * and instance uses it, so every PostgreSQL test runs with practice content encrypted.
 */
export function testMasterKeyFile(): string {
  if (masterKeyFile) return masterKeyFile;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-master-'));
  masterKeyFile = path.join(dir, 'master.key');
  writeMasterKeyFile(masterKeyFile, [newMasterKey()]);
  return masterKeyFile;
}

export interface TestDatabase {
  handle: DbHandle;
  /** Another connection to the same database, as a second instance of Hygie would open (closed by drop). */
  reconnect(): DbHandle;
  drop(): Promise<void>;
}

/** A fresh, migrated database of the given dialect: its own SQLite file or its own PostgreSQL schema. */
export async function createTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  const others: DbHandle[] = [];
  const closeOthers = () => Promise.all(others.map((other) => other.close()));
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-test-'));
    const key = randomBytes(16).toString('hex');
    const handle = connectSqlite(dir, key);
    await migrateToLatest(handle.db);
    return {
      handle,
      reconnect: () => {
        const other = connectSqlite(dir, key);
        others.push(other);
        return other;
      },
      drop: async () => {
        await closeOthers();
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
  const handle = connectPostgres(url, { searchPath: schema, max: 8, masterKeyFile: testMasterKeyFile() });
  await migrateToLatest(handle.db);
  return {
    handle,
    reconnect: () => {
      const other = connectPostgres(url, { searchPath: schema, max: 4, masterKeyFile: testMasterKeyFile() });
      others.push(other);
      return other;
    },
    drop: async () => {
      await closeOthers();
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
export function describeEachDialect(
  name: string,
  suite: (db: () => DbHandle, dialect: Dialect, reconnect: () => DbHandle) => void,
): void {
  for (const dialect of ['sqlite', 'postgres'] as const) {
    const unavailable = dialect === 'postgres' && !pgUrl();
    describe.skipIf(unavailable)(`${name} [${dialect}]`, () => {
      let current: TestDatabase | undefined;
      beforeAll(async () => {
        current = await createTestDatabase(dialect);
      });
      afterAll(async () => {
        await current?.drop();
      });
      const ready = () => {
        if (!current) throw new Error('database not ready');
        return current;
      };
      suite(
        () => ready().handle,
        dialect,
        () => ready().reconnect(),
      );
    });
  }
}
