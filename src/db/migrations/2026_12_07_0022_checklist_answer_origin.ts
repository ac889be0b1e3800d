import { type ColumnDefinitionBuilder, type Kysely, sql } from 'kysely';
import { isPostgres } from '../dialect.ts';

/**
 * Issue 14: « sans réponse » is its own state. The answer's status may be null (a person cleared
 * it, or only assigned the measure); `answered_at` is when the measure last went from no answer to
 * an answer (the diagnostic's completion date is the latest of them); `first_pass_question` names
 * the first-pass question the answer came from; `overrides_observation` marks a person's answer
 * that replaces what Hygie observed.
 */
const COLUMNS = ['answered_at', 'first_pass_question', 'overrides_observation'] as const;

const practice = (c: ColumnDefinitionBuilder) => c.notNull().references('practices.id').onDelete('cascade');

/** SQLite cannot drop a NOT NULL: the table is rebuilt with the new shape and the rows copied. */
async function rebuildSqlite(db: Kysely<unknown>, statusNullable: boolean, withNewColumns: boolean): Promise<void> {
  await db.schema
    .createTable('checklist_answers_next')
    .addColumn('practice_id', 'text', (c) => practice(c))
    .addColumn('measure_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => (statusNullable ? c : c.notNull()))
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
    .$call((t) =>
      withNewColumns
        ? t
            .addColumn('answered_at', 'text')
            .addColumn('first_pass_question', 'text')
            .addColumn('overrides_observation', 'integer', (c) => c.notNull().defaultTo(0))
        : t,
    )
    .addPrimaryKeyConstraint('checklist_answers_next_pk', ['practice_id', 'measure_id'])
    .execute();
  const common = sql.raw(
    'practice_id, measure_id, status, comment, assignee_id, due_date, priority, evidence, last_done_day, measure_title, archived_at, created_at, updated_at, updated_by',
  );
  if (withNewColumns) {
    // Every stored answer so far had a status: it was answered when first saved.
    await sql`INSERT INTO checklist_answers_next (${common}, answered_at)
      SELECT ${common}, created_at FROM checklist_answers`.execute(db);
  } else {
    await sql`INSERT INTO checklist_answers_next (${common})
      SELECT ${common} FROM checklist_answers WHERE status IS NOT NULL`.execute(db);
  }
  await db.schema.dropTable('checklist_answers').execute();
  await db.schema.alterTable('checklist_answers_next').renameTo('checklist_answers').execute();
}

export async function up(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) return rebuildSqlite(db, true, true);
  await sql`ALTER TABLE checklist_answers ALTER COLUMN status DROP NOT NULL`.execute(db);
  await db.schema
    .alterTable('checklist_answers')
    .addColumn('answered_at', 'text')
    .addColumn('first_pass_question', 'text')
    .addColumn('overrides_observation', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`UPDATE checklist_answers SET answered_at = created_at`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) return rebuildSqlite(db, false, false);
  await sql`DELETE FROM checklist_answers WHERE status IS NULL`.execute(db);
  await sql`ALTER TABLE checklist_answers ALTER COLUMN status SET NOT NULL`.execute(db);
  for (const column of COLUMNS) await db.schema.alterTable('checklist_answers').dropColumn(column).execute();
}
