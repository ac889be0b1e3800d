import type { Kysely } from 'kysely';

/**
 * Issue 17 and the shared lifecycle of incidents and breaches:
 * - the practice's form of practice (`legal_form`: individual under BNC, or a company; null until
 *   answered), its physicians' specialties (`medical_specialties`, JSON array) and whether Good
 *   Friday is a holiday in its Alsace-Moselle commune (`good_friday`, off by default, L. 3134-13);
 * - a patient request remembers whether Good Friday was counted when its dates were computed;
 * - an incident or a breach recorded by mistake is withdrawn (« retirée »): when, by whom, why.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('practices').addColumn('legal_form', 'text').execute();
  await db.schema
    .alterTable('practices')
    .addColumn('medical_specialties', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .alterTable('practices')
    .addColumn('good_friday', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('patient_requests')
    .addColumn('good_friday', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  for (const table of ['incidents', 'breaches']) {
    await db.schema.alterTable(table).addColumn('withdrawn_at', 'text').execute();
    await db.schema.alterTable(table).addColumn('withdrawn_by', 'text').execute();
    await db.schema.alterTable(table).addColumn('withdrawal_reason', 'text').execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['breaches', 'incidents']) {
    await db.schema.alterTable(table).dropColumn('withdrawal_reason').execute();
    await db.schema.alterTable(table).dropColumn('withdrawn_by').execute();
    await db.schema.alterTable(table).dropColumn('withdrawn_at').execute();
  }
  await db.schema.alterTable('patient_requests').dropColumn('good_friday').execute();
  await db.schema.alterTable('practices').dropColumn('good_friday').execute();
  await db.schema.alterTable('practices').dropColumn('medical_specialties').execute();
  await db.schema.alterTable('practices').dropColumn('legal_form').execute();
}
