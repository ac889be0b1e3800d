import type { ColumnDefinitionBuilder, Kysely } from 'kysely';

const practice = (c: ColumnDefinitionBuilder) => c.notNull().references('practices.id').onDelete('cascade');

/** Incident mode: incidents, their timeline, and the practice's own contacts. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('incidents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => practice(c))
    .addColumn('scenario', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('summary', 'text')
    .addColumn('raised_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('raised_by_label', 'text', (c) => c.notNull())
    .addColumn('raised_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('incidents_practice_idx').on('incidents').columns(['practice_id', 'raised_at']).execute();
  await db.schema
    .createTable('incident_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => practice(c))
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text')
    .addColumn('author_label', 'text', (c) => c.notNull())
    .addColumn('gesture_id', 'text')
    .addColumn('contact_id', 'text')
    .addColumn('text', 'text')
    .addColumn('data', 'text')
    .addUniqueConstraint('incident_events_seq_unique', ['incident_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('incident_events_practice_idx')
    .on('incident_events')
    .columns(['practice_id', 'incident_id', 'seq'])
    .execute();
  await db.schema
    .createTable('practice_contacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => practice(c))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('practice_contacts_practice_idx').on('practice_contacts').column('practice_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('practice_contacts').execute();
  await db.schema.dropTable('incident_events').execute();
  await db.schema.dropTable('incidents').execute();
}
