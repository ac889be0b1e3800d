import type { Kysely } from 'kysely';

/** The patient requests register: access to the medical file and GDPR rights, with computed due dates. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('patient_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('requester_type', 'text', (c) => c.notNull())
    .addColumn('requester_name', 'text', (c) => c.notNull())
    .addColumn('heir_purpose', 'text')
    .addColumn('identity_checked', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('info_older_than_5_years', 'integer', (c) => c.notNull())
    .addColumn('alsace_moselle', 'integer', (c) => c.notNull())
    .addColumn('earliest_answer_at', 'text')
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('extended_due_date', 'text')
    .addColumn('extended_at', 'text')
    .addColumn('extension_reason', 'text')
    .addColumn('answer', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('refusal_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('patient_requests_practice_idx')
    .on('patient_requests')
    .columns(['practice_id', 'received_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('patient_requests').execute();
}
