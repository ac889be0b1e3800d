import type { Kysely } from 'kysely';

/** A practice's retention durations, per rule. The scan stores nothing: no table for its rows. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('retention_rule_settings')
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('keep_months', 'integer', (c) => c.notNull())
    .addColumn('archive_months', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addPrimaryKeyConstraint('retention_rule_settings_pk', ['practice_id', 'rule_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('retention_rule_settings').execute();
}
