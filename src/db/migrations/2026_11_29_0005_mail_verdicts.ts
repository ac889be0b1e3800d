import type { Kysely } from 'kysely';

/**
 * Verdicts of the suspicious e-mail analyser that a user chose to keep: the verdict, the finding
 * codes, the sender's domain, when and who — never the message, its subject or its body.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mail_verdicts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('kept_by', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('finding_codes', 'text', (c) => c.notNull())
    .addColumn('sender_domain', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('mail_verdicts_practice_idx')
    .on('mail_verdicts')
    .columns(['practice_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mail_verdicts').execute();
}
