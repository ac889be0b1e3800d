import type { Kysely } from 'kysely';

/**
 * Issue 15: the journal of a practice imported from another instance, kept as it was (an archived
 * chain that still verifies against its own head hash). Entries are kept as the export's JSON text:
 * their ids and practice id are those of the source instance, so they cannot join journal_entries.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('journal_archives')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('source_practice_id', 'text', (c) => c.notNull())
    .addColumn('source_practice_name', 'text', (c) => c.notNull())
    .addColumn('archived_at', 'text', (c) => c.notNull())
    .addColumn('entry_count', 'integer', (c) => c.notNull())
    .addColumn('head_hash', 'text', (c) => c.notNull())
    .addColumn('entries', 'text', (c) => c.notNull())
    .addUniqueConstraint('journal_archives_position_uq', ['practice_id', 'position'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('journal_archives').execute();
}
