import type { Kysely } from 'kysely';

/**
 * Processors (sous-traitants) with their HDS certificate and art. 28 clauses; the DPO and DPIA
 * screening decisions (history kept); the patient information notice: its settings and versions.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('processors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('service', 'text', (c) => c.notNull())
    .addColumn('contact', 'text')
    .addColumn('activity_ids', 'text', (c) => c.notNull())
    .addColumn('hosts_health_data', 'integer', (c) => c.notNull())
    .addColumn('hosting_in_eea', 'integer', (c) => c.notNull())
    .addColumn('hds_number', 'text')
    .addColumn('hds_certifier', 'text')
    .addColumn('hds_expires_on', 'text')
    .addColumn('dpa_signed_on', 'text')
    .addColumn('clauses', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('processors_practice_idx').on('processors').columns(['practice_id', 'name']).execute();

  await db.schema
    .createTable('screening_decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('decided_by_id', 'text')
    .addColumn('decided_by', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('screening_decisions_number_unique', ['practice_id', 'kind', 'number'])
    .execute();

  await db.schema
    .createTable('notice_settings')
    .addColumn('practice_id', 'text', (c) => c.primaryKey().references('practices.id').onDelete('cascade'))
    .addColumn('controller', 'text')
    .addColumn('address', 'text')
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('rights_contact', 'text')
    .addColumn('mandatory_data', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('notice_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('register_version', 'integer', (c) => c.notNull())
    .addColumn('register_changed_at', 'text')
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('notice_versions_number_unique', ['practice_id', 'number'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('notice_versions').execute();
  await db.schema.dropTable('notice_settings').execute();
  await db.schema.dropTable('screening_decisions').execute();
  await db.schema.dropTable('processors').execute();
}
