import type { Kysely } from 'kysely';

/** The breach register (GDPR art. 33(5)): every breach, its 72-hour clock, severity, decision and notifications. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('breaches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
    .addColumn('incident_id', 'text')
    .addColumn('description', 'text')
    .addColumn('natures', 'text', (c) => c.notNull())
    .addColumn('origin', 'text')
    .addColumn('cause_source', 'text')
    .addColumn('cause_intent', 'text')
    .addColumn('data_categories', 'text', (c) => c.notNull())
    .addColumn('people_categories', 'text', (c) => c.notNull())
    .addColumn('people_count', 'integer')
    .addColumn('records_count', 'integer')
    .addColumn('consequences', 'text')
    .addColumn('measures_taken', 'text')
    .addColumn('measures_planned', 'text')
    .addColumn('unintelligible', 'integer')
    .addColumn('unintelligible_how', 'text')
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('discovered_at', 'text')
    .addColumn('aware_at', 'text', (c) => c.notNull())
    .addColumn('notification_deadline', 'text', (c) => c.notNull())
    .addColumn('severity_answers', 'text')
    .addColumn('severity_expert', 'text')
    .addColumn('decision', 'text')
    .addColumn('delay_reasons', 'text')
    .addColumn('cnil_notified_at', 'text')
    .addColumn('cnil_receipt_number', 'text')
    .addColumn('complementary_notified_at', 'text')
    .addColumn('subjects_informed_at', 'text')
    .addColumn('complaint_filed_at', 'text')
    .addColumn('complaint_number', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('breaches_practice_idx').on('breaches').columns(['practice_id', 'aware_at']).execute();
  await db.schema.createIndex('breaches_incident_idx').on('breaches').columns(['practice_id', 'incident_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('breaches').execute();
}
