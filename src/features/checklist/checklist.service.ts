import type { Db } from '../../db/connect.ts';
import { withTransaction } from '../../db/transaction.ts';
import { parisDay } from '../../lib/dates/index.ts';
import { badRequest, forbidden, notFound } from '../../server/errors.ts';
import { findPractice } from '../accounts/practices.repository.ts';
import { listUsers } from '../accounts/users.repository.ts';
import { appendJournal, type JournalActor } from '../journal/journal.repository.ts';
import { type AnswerInput, applyAnswer } from './answer-diff.ts';
import type { MeasuresReferential } from './checklist.referential.ts';
import { findAnswer, listAnswers, prepareAssessment, saveAnswer, saveSnapshot } from './checklist.repository.ts';
import { buildChecklist, canEditAnswer, type Member, type Viewer } from './checklist-build.ts';
import { type ChecklistView, type MeasureView, type ScoresView, STATUS_LABELS } from './checklist-view.ts';

/** Who asks, and under which name the journal and the history record it. */
export interface Caller extends Viewer {
  practiceId: string;
  actor: JournalActor;
}

async function membersOf(db: Db, practiceId: string): Promise<Member[]> {
  const users = await listUsers(db, practiceId);
  return users.map((u) => ({ id: u.id, name: u.name, role: u.role, active: u.status === 'active' }));
}

/** The practice's diagnostic as of `now`, after reconciling it with the current referential. */
export async function loadChecklist(
  db: Db,
  referential: MeasuresReferential,
  caller: Caller,
  now: Date,
): Promise<ChecklistView> {
  const practice = await findPractice(db, caller.practiceId);
  if (!practice) throw notFound();
  const newIds = await prepareAssessment(db, caller.practiceId, referential, caller.actor, now);
  const [answers, members] = await Promise.all([listAnswers(db, caller.practiceId), membersOf(db, caller.practiceId)]);
  return buildChecklist({
    referential,
    practice,
    answers,
    newIds,
    members,
    viewer: caller,
    today: parisDay(now),
  });
}

export interface MeasureUpdate {
  measure: MeasureView;
  scores: ScoresView;
  progress: ChecklistView['progress'];
}

function measureOf(view: ChecklistView, id: string): MeasureView {
  const measure = view.measures.find((m) => m.id === id);
  if (!measure) throw new Error(`measure ${id} missing from its own checklist`);
  return measure;
}

/**
 * Changes the practice's answer to one measure: checks who may, records the change and its
 * history, journals it (field names and statuses only, never the free text), keeps the day's
 * score snapshot. Marking a recurring measure done (again) moves its next due day forward.
 * @throws HttpError 400 for an unknown measure or assignee, 403 for a secretary outside her measures.
 */
export async function updateMeasure(
  db: Db,
  referential: MeasuresReferential,
  caller: Caller,
  measureId: string,
  input: AnswerInput,
  now: Date,
): Promise<MeasureUpdate> {
  const measure = referential.measures.find((m) => m.id === measureId);
  if (!measure) {
    throw badRequest(`Mesure inconnue : « ${measureId} ». Rechargez la page du diagnostic.`, 'id');
  }
  const today = parisDay(now);
  await withTransaction(db, async (trx) => {
    await prepareAssessment(trx, caller.practiceId, referential, caller.actor, now);
    const current = await findAnswer(trx, caller.practiceId, measureId);
    const assigneeId = current?.archivedAt === null ? current.assigneeId : null;
    if (!canEditAnswer(caller, assigneeId)) {
      throw forbidden(
        'Cette mesure ne vous est pas confiée : seul le titulaire du cabinet ou un praticien peut la modifier.',
      );
    }
    if (caller.role === 'secretary' && input.assigneeId !== undefined && input.assigneeId !== assigneeId) {
      throw forbidden('Seul le titulaire du cabinet ou un praticien peut confier une mesure à quelqu’un d’autre.');
    }
    if (input.assigneeId) {
      const members = await membersOf(trx, caller.practiceId);
      const member = members.find((m) => m.id === input.assigneeId);
      if (!member?.active || member.role === 'auditor') {
        throw badRequest('Personne inconnue : choisissez un membre actif du cabinet pour cette mesure.', 'assigneeId');
      }
    }
    const { next, changes } = applyAnswer(current?.archivedAt === null ? current : null, input);
    const doneAgain = input.status === 'done' && measure.recurrence !== undefined && current?.lastDoneDay !== today;
    if (doneAgain && !changes.some((c) => c.field === 'status')) {
      changes.unshift({ field: 'status', from: 'done', to: 'done' });
    }
    if (changes.length === 0) return;
    await saveAnswer(
      trx,
      caller.practiceId,
      measureId,
      {
        fields: next,
        lastDoneDay: input.status === 'done' ? today : (current?.lastDoneDay ?? null),
        measureTitle: measure.title,
        by: caller.actor.label,
      },
      changes,
      now,
    );
    const from = current?.archivedAt === null ? current.status : null;
    await appendJournal(
      trx,
      caller.practiceId,
      {
        actor: caller.actor,
        action: 'checklist.measure_updated',
        subject: { type: 'measure', id: measureId },
        summary: `« ${measure.title} » : ${STATUS_LABELS[next.status]}`,
        data: { measureId, fields: [...new Set(changes.map((c) => c.field))], from, to: next.status },
      },
      now,
    );
    const view = await loadChecklist(trx, referential, caller, now);
    await saveSnapshot(trx, caller.practiceId, today, view.scores, now);
  });
  const view = await loadChecklist(db, referential, caller, now);
  return { measure: measureOf(view, measureId), scores: view.scores, progress: view.progress };
}
