import type { ColumnDefinitionBuilder, Kysely } from 'kysely';

const practice = (c: ColumnDefinitionBuilder) => c.notNull().references('practices.id').onDelete('cascade');

/** The diagnostic: assessment per practice, answers, their history and daily score snapshots. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('checklist_assessments')
    .addColumn('practice_id', 'text', (c) => practice(c).primaryKey())
    .addColumn('referential_version', 'text', (c) => c.notNull())
    .addColumn('known_measure_ids', 'text', (c) => c.notNull())
    .addColumn('new_measure_ids', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('checklist_answers')
    .addColumn('practice_id', 'text', (c) => practice(c))
    .addColumn('measure_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('assignee_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('due_date', 'text')
    .addColumn('priority', 'text')
    .addColumn('evidence', 'text')
    .addColumn('last_done_day', 'text')
    .addColumn('measure_title', 'text', (c) => c.notNull())
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addPrimaryKeyConstraint('checklist_answers_pk', ['practice_id', 'measure_id'])
    .execute();
  await db.schema
    .createTable('checklist_answer_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => practice(c))
    .addColumn('measure_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('changes', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('checklist_answer_changes_measure_idx')
    .on('checklist_answer_changes')
    .columns(['practice_id', 'measure_id', 'seq'])
    .execute();
  await db.schema
    .createTable('checklist_score_snapshots')
    .addColumn('practice_id', 'text', (c) => practice(c))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('overall', 'integer')
    .addColumn('families', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('checklist_score_snapshots_pk', ['practice_id', 'day'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('checklist_score_snapshots').execute();
  await db.schema.dropTable('checklist_answer_changes').execute();
  await db.schema.dropTable('checklist_answers').execute();
  await db.schema.dropTable('checklist_assessments').execute();
}
