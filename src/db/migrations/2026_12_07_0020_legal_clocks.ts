import type { Kysely } from 'kysely';

/**
 * Issue 17: retention rules counted in days (a practice's active base in days, FSE copies); the
 * insurer's 72-hour complaint clock on incidents (Code des assurances L. 12-10-1: the complaint
 * date and number, as breaches already hold them); the report of a serious incident to the ARS
 * (CSP L. 1111-8-2) on incidents and breaches; the GDPR art. 34(3)(b) and (c) grounds on breaches.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('retention_rule_settings')
    .addColumn('keep_days', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('incidents').addColumn('complaint_filed_at', 'text').execute();
  await db.schema.alterTable('incidents').addColumn('complaint_number', 'text').execute();
  await db.schema.alterTable('incidents').addColumn('ars_reported_at', 'text').execute();
  await db.schema.alterTable('breaches').addColumn('ars_reported_at', 'text').execute();
  await db.schema.alterTable('breaches').addColumn('subsequent_measures', 'text').execute();
  await db.schema.alterTable('breaches').addColumn('disproportionate_effort', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('breaches').dropColumn('disproportionate_effort').execute();
  await db.schema.alterTable('breaches').dropColumn('subsequent_measures').execute();
  await db.schema.alterTable('breaches').dropColumn('ars_reported_at').execute();
  await db.schema.alterTable('incidents').dropColumn('ars_reported_at').execute();
  await db.schema.alterTable('incidents').dropColumn('complaint_number').execute();
  await db.schema.alterTable('incidents').dropColumn('complaint_filed_at').execute();
  await db.schema.alterTable('retention_rule_settings').dropColumn('keep_days').execute();
}
