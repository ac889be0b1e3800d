import type { Kysely } from 'kysely';

/**
 * Issue 19: practice content the host cannot read. Each practice's data key, wrapped by the master
 * key kept outside the database (src/lib/crypto/practice-vault.ts). No foreign key: the key is made
 * on its own connection, before the practice's row is committed. Used on PostgreSQL only (the
 * table stays empty on SQLite, whose file is encrypted whole).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('practice_keys')
    .addColumn('practice_id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('master_key_id', 'text', (c) => c.notNull())
    .addColumn('wrapped', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('practice_keys').execute();
}
