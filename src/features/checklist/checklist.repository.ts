import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { IsoDay } from '../../lib/dates/index.ts';
import { appendJournal, type JournalActor } from '../journal/journal.repository.ts';
import type { AnswerFields, FieldChange } from './answer-diff.ts';
import type { MeasuresReferential } from './checklist.referential.ts';
import type { ChecklistAnswersTable } from './checklist.tables.ts';
import type { AnswerRecord } from './checklist-build.ts';
import type { MeasurePriority, ScoresView } from './checklist-view.ts';
import type { MeasureStatus } from './scoring.ts';
import { reconcile } from './upgrade.ts';

const parseIds = (json: string): string[] => JSON.parse(json) as string[];

function fromRow(row: Selectable<ChecklistAnswersTable>): AnswerRecord {
  return {
    measureId: row.measure_id,
    status: row.status as MeasureStatus | null,
    comment: row.comment,
    assigneeId: row.assignee_id,
    dueDate: row.due_date,
    priority: row.priority as MeasurePriority | null,
    evidence: row.evidence,
    lastDoneDay: row.last_done_day,
    measureTitle: row.measure_title,
    archivedAt: row.archived_at,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    answeredAt: row.answered_at,
    firstPassQuestion: row.first_pass_question,
    overridesObservation: Number(row.overrides_observation) === 1,
  };
}

export async function listAnswers(db: Db, practiceId: string): Promise<AnswerRecord[]> {
  const rows = await db
    .selectFrom('checklist_answers')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .orderBy('measure_id')
    .execute();
  return rows.map(fromRow);
}

export async function findAnswer(db: Db, practiceId: string, measureId: string): Promise<AnswerRecord | null> {
  const row = await db
    .selectFrom('checklist_answers')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .where('measure_id', '=', measureId)
    .executeTakeFirst();
  return row ? fromRow(row) : null;
}

/**
 * Brings the practice's assessment to the referential's version (first visit: records it) and
 * returns the measures flagged « nouveau ». Answers are kept by measure id; those of withdrawn
 * measures are archived, never deleted; the upgrade is journaled once.
 */
export async function prepareAssessment(
  db: Db,
  practiceId: string,
  referential: MeasuresReferential,
  actor: JournalActor,
  now: Date,
): Promise<Set<string>> {
  const ids = referential.measures.map((m) => m.id);
  const row = await db
    .selectFrom('checklist_assessments')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .executeTakeFirst();
  if (!row) {
    await db
      .insertInto('checklist_assessments')
      .values({
        practice_id: practiceId,
        referential_version: referential.version,
        known_measure_ids: JSON.stringify(ids),
        new_measure_ids: '[]',
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .onConflict((oc) => oc.column('practice_id').doNothing())
      .execute();
    return new Set();
  }
  const known = {
    version: row.referential_version,
    knownIds: parseIds(row.known_measure_ids),
    newIds: parseIds(row.new_measure_ids),
  };
  if (known.version === referential.version) return new Set(known.newIds);
  return withTransaction(db, async (trx) => {
    const answers = await listAnswers(trx, practiceId);
    const plan = reconcile(
      known,
      referential.version,
      ids,
      answers.map((a) => ({ measureId: a.measureId, archived: a.archivedAt !== null })),
    );
    // Only the first of two concurrent upgrades applies it (and journals it).
    const claimed = await trx
      .updateTable('checklist_assessments')
      .set({
        referential_version: referential.version,
        known_measure_ids: JSON.stringify(plan.knownIds),
        new_measure_ids: JSON.stringify(plan.newIds),
        updated_at: now.toISOString(),
      })
      .where('practice_id', '=', practiceId)
      .where('referential_version', '=', known.version)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) return new Set(plan.newIds);
    const at = now.toISOString();
    if (plan.archive.length > 0) {
      await trx
        .updateTable('checklist_answers')
        .set({ archived_at: at })
        .where('practice_id', '=', practiceId)
        .where('measure_id', 'in', plan.archive)
        .execute();
    }
    if (plan.restore.length > 0) {
      await trx
        .updateTable('checklist_answers')
        .set({ archived_at: null })
        .where('practice_id', '=', practiceId)
        .where('measure_id', 'in', plan.restore)
        .execute();
    }
    await appendJournal(
      trx,
      practiceId,
      {
        actor,
        action: 'checklist.referential_upgraded',
        summary: `Référentiel du diagnostic passé de la version ${known.version} à ${referential.version} : ${plan.added.length} mesure(s) nouvelle(s), ${plan.archive.length} réponse(s) archivée(s)`,
        data: { from: known.version, to: referential.version, added: plan.added, archived: plan.archive },
      },
      now,
    );
    return new Set(plan.newIds);
  });
}

export interface SaveAnswer {
  fields: AnswerFields;
  lastDoneDay: IsoDay | null;
  measureTitle: string;
  by: string;
  /** When the status went from none to one (kept while it stays answered); null when unanswered. */
  answeredAt: string | null;
  firstPassQuestion: string | null;
  overridesObservation: boolean;
}

/** Inserts or replaces the practice's answer to a measure, and records what changed. */
export async function saveAnswer(
  db: Db,
  practiceId: string,
  measureId: string,
  answer: SaveAnswer,
  changes: readonly FieldChange[],
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  const { status, comment, assigneeId, dueDate, priority, evidence } = answer.fields;
  const values = {
    status,
    comment,
    assignee_id: assigneeId,
    due_date: dueDate,
    priority,
    evidence,
    last_done_day: answer.lastDoneDay,
    measure_title: answer.measureTitle,
    updated_at: at,
    updated_by: answer.by,
    answered_at: answer.answeredAt,
    first_pass_question: answer.firstPassQuestion,
    overrides_observation: answer.overridesObservation ? 1 : 0,
  };
  await db
    .insertInto('checklist_answers')
    .values({ practice_id: practiceId, measure_id: measureId, archived_at: null, created_at: at, ...values })
    .onConflict((oc) => oc.columns(['practice_id', 'measure_id']).doUpdateSet(values))
    .execute();
  const last = await db
    .selectFrom('checklist_answer_changes')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('practice_id', '=', practiceId)
    .where('measure_id', '=', measureId)
    .executeTakeFirst();
  await db
    .insertInto('checklist_answer_changes')
    .values({
      id: randomUUID(),
      practice_id: practiceId,
      measure_id: measureId,
      seq: Number(last?.seq ?? 0) + 1,
      at,
      actor_label: answer.by,
      changes: JSON.stringify(changes),
    })
    .execute();
}

export interface StoredChange {
  at: string;
  actorLabel: string;
  changes: FieldChange[];
}

/** The history of one measure's answer in the practice, newest first. */
export async function listChanges(db: Db, practiceId: string, measureId: string): Promise<StoredChange[]> {
  const rows = await db
    .selectFrom('checklist_answer_changes')
    .select(['at', 'actor_label', 'changes'])
    .where('practice_id', '=', practiceId)
    .where('measure_id', '=', measureId)
    .orderBy('seq', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => ({ at: r.at, actorLabel: r.actor_label, changes: JSON.parse(r.changes) as FieldChange[] }));
}

/** Keeps the day's scores: one row per practice and day, the last change of the day wins. */
export async function saveSnapshot(db: Db, practiceId: string, day: IsoDay, scores: ScoresView, now: Date) {
  const values = {
    overall: scores.overall,
    families: JSON.stringify(Object.fromEntries(scores.families.map((f) => [f.family, f.score]))),
    updated_at: now.toISOString(),
  };
  await db
    .insertInto('checklist_score_snapshots')
    .values({ practice_id: practiceId, day, ...values })
    .onConflict((oc) => oc.columns(['practice_id', 'day']).doUpdateSet(values))
    .execute();
}

export interface Snapshot {
  day: IsoDay;
  overall: number | null;
  families: Record<string, number>;
}

/** The daily scores from `fromDay` on, oldest first. */
export async function listSnapshots(db: Db, practiceId: string, fromDay: IsoDay): Promise<Snapshot[]> {
  const rows = await db
    .selectFrom('checklist_score_snapshots')
    .select(['day', 'overall', 'families'])
    .where('practice_id', '=', practiceId)
    .where('day', '>=', fromDay)
    .orderBy('day')
    .execute();
  return rows.map((r) => ({
    day: r.day,
    overall: r.overall === null ? null : Number(r.overall),
    families: JSON.parse(r.families) as Record<string, number>,
  }));
}
