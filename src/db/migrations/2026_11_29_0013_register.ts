import type { Kysely } from 'kysely';

/** The register of processing activities (GDPR art. 30) and its per-practice version. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('register_activities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('controller_kind', 'text', (c) => c.notNull())
    .addColumn('controller_user_id', 'text')
    .addColumn('controller_details', 'text', (c) => c.notNull())
    .addColumn('purposes', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text', (c) => c.notNull())
    .addColumn('data_subjects', 'text', (c) => c.notNull())
    .addColumn('data_categories', 'text', (c) => c.notNull())
    .addColumn('sources', 'text', (c) => c.notNull())
    .addColumn('internal_recipients', 'text', (c) => c.notNull())
    .addColumn('external_recipients', 'text', (c) => c.notNull())
    .addColumn('processors', 'text', (c) => c.notNull())
    .addColumn('transfers', 'text', (c) => c.notNull())
    .addColumn('security_measure_ids', 'text', (c) => c.notNull())
    .addColumn('other_security_measures', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('template_id', 'text')
    .addColumn('referential_version', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('archived_at', 'text')
    .addUniqueConstraint('register_activities_number_unique', ['practice_id', 'number'])
    .execute();
  await db.schema
    .createTable('register_state')
    .addColumn('practice_id', 'text', (c) => c.primaryKey().references('practices.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addColumn('has_website', 'integer')
    .addColumn('has_video_surveillance', 'integer')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('register_state').execute();
  await db.schema.dropTable('register_activities').execute();
}
