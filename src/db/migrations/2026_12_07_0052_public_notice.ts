import type { Kysely } from 'kysely';

/**
 * Issue 14: the public notice page. One unguessable, stable token per practice: the address of
 * its current notice (`/api/v1/notice/public/<token>`) that the poster's QR code points to when
 * the practice has no website and the instance has a HYGIE_PUBLIC_URL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('public_notice_links')
    .addColumn('practice_id', 'text', (c) => c.primaryKey().references('practices.id').onDelete('cascade'))
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('public_notice_links').execute();
}
