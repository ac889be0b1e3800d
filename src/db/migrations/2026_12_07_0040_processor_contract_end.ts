import type { Kysely } from 'kysely';

/** A processor's contract may have a last day (a fixed-term contract): warned 90 days before. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('processors').addColumn('contract_ends_on', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('processors').dropColumn('contract_ends_on').execute();
}
