import type { Kysely } from 'kysely';

/**
 * Issue 14: an activity whose template leaves a point open (« à vérifier ») records when the
 * practice kept Hygie's proposal on it, in one click or by accepting the proposed activities.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('register_activities').addColumn('open_point_kept_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('register_activities').dropColumn('open_point_kept_at').execute();
}
