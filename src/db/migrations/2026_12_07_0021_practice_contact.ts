import { type Kysely, sql } from 'kysely';

/**
 * The practice profile holds what the documents need, asked once: the contact details (moved from
 * the notice settings), where care happens, the website and video surveillance (moved from the
 * register's onboarding answers; a website answered « yes » without its address becomes « none »).
 * notice_settings.address/phone/email and register_state.has_website/has_video_surveillance are no
 * longer read.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('practices')
    .addColumn('care_setting', 'text', (c) => c.notNull().defaultTo('practice'))
    .execute();
  for (const column of ['address', 'phone', 'email', 'website']) {
    await db.schema.alterTable('practices').addColumn(column, 'text').execute();
  }
  await db.schema
    .alterTable('practices')
    .addColumn('video_surveillance', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  for (const column of ['address', 'phone', 'email']) {
    await sql`UPDATE practices SET ${sql.ref(column)} = (SELECT n.${sql.ref(column)} FROM notice_settings n WHERE n.practice_id = practices.id)`.execute(
      db,
    );
  }
  await sql`UPDATE practices SET video_surveillance = 1 WHERE EXISTS (SELECT 1 FROM register_state r WHERE r.practice_id = practices.id AND r.has_video_surveillance = 1)`.execute(
    db,
  );
  // The old columns stay, unused: dropping a column while other instances start together makes
  // PostgreSQL's catalogue reads (Kysely's table introspection, outside its lock) fail at random.
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`UPDATE register_state SET has_video_surveillance = (SELECT p.video_surveillance FROM practices p WHERE p.id = register_state.practice_id), has_website = (SELECT CASE WHEN p.website IS NULL THEN 0 ELSE 1 END FROM practices p WHERE p.id = register_state.practice_id)`.execute(
    db,
  );
  for (const column of ['address', 'phone', 'email']) {
    await sql`UPDATE notice_settings SET ${sql.ref(column)} = (SELECT p.${sql.ref(column)} FROM practices p WHERE p.id = notice_settings.practice_id)`.execute(
      db,
    );
  }
  for (const column of ['care_setting', 'address', 'phone', 'email', 'website', 'video_surveillance']) {
    await db.schema.alterTable('practices').dropColumn(column).execute();
  }
}
