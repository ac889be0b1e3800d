import type { Db } from '../../db/connect.ts';
import { withTransaction } from '../../db/transaction.ts';
import { parisDay } from '../../lib/dates/index.ts';
import type { Observation, ObservationRegistry } from '../../lib/observations/registry.ts';
import { badRequest, forbidden, notFound } from '../../server/errors.ts';
import { findPractice } from '../accounts/practices.repository.ts';
import { listUsers } from '../accounts/users.repository.ts';
import { appendJournal, type JournalActor } from '../journal/journal.repository.ts';
import { type AnswerInput, applyAnswer } from './answer-diff.ts';
import type { MeasuresReferential } from './checklist.referential.ts';
import { findAnswer, listAnswers, prepareAssessment, saveAnswer, saveSnapshot } from './checklist.repository.ts';
import { buildChecklist, canEditAnswer, type Member, type Viewer } from './checklist-build.ts';
import { type ChecklistView, type MeasureView, type ScoresView, statusLabel } from './checklist-view.ts';
import type { FirstPass } from './first-pass.referential.ts';
import { asksAlone, questionTexts } from './first-pass.ts';

/** Who asks, and under which name the journal and the history record it. */
export interface Caller extends Viewer {
  practiceId: string;
  actor: JournalActor;
}

async function membersOf(db: Db, practiceId: string): Promise<Member[]> {
  const users = await listUsers(db, practiceId);
  return users.map((u) => ({ id: u.id, name: u.name, role: u.role, active: u.status === 'active' }));
}

/**
 * What the diagnostic is built from: the measures, and when the app provides them, the « constaté
 * par Hygie » rules and the first pass (a bare referential gives a diagnostic without either).
 */
export type ChecklistSources = MeasuresReferential & {
  readonly observations?: ObservationRegistry;
  readonly firstPass?: FirstPass;
};

type Observations = ReadonlyMap<string, Observation>;

/**
 * What Hygie observes for the practice now. Never call it inside a transaction: the rules read
 * through the app's own connection (on SQLite, the one the transaction holds).
 */
export async function observe(sources: ChecklistSources, practiceId: string, now: Date): Promise<Observations> {
  return sources.observations ? sources.observations.observe({ practiceId, now }) : new Map();
}

/**
 * The practice's diagnostic as of `now`, after reconciling it with the current referential.
 * `observed`: observations gathered beforehand (inside a transaction); by default they are gathered here.
 */
export async function loadChecklist(
  db: Db,
  sources: ChecklistSources,
  caller: Caller,
  now: Date,
  observed?: Observations,
): Promise<ChecklistView> {
  return viewOf(await checklistData(db, sources, caller, now, observed), sources, caller, now);
}

/** What a diagnostic is built from in the database: the same whoever looks. */
interface ChecklistData {
  practice: NonNullable<Awaited<ReturnType<typeof findPractice>>>;
  newIds: Awaited<ReturnType<typeof prepareAssessment>>;
  answers: Awaited<ReturnType<typeof listAnswers>>;
  members: Member[];
  observations: Observations;
}

async function checklistData(
  db: Db,
  sources: ChecklistSources,
  caller: Pick<Caller, 'practiceId' | 'actor'>,
  now: Date,
  observed?: Observations,
): Promise<ChecklistData> {
  // The observations and the members do not depend on the assessment: read them meanwhile (a
  // shorter chain of waits for a connection under load). The answers come after the assessment,
  // which may archive some of them when the referential changed.
  const observing = observed ? Promise.resolve(observed) : observe(sources, caller.practiceId, now);
  const members = membersOf(db, caller.practiceId);
  // Settled whatever happens below, so that a refusal never leaves a rejection unhandled.
  observing.catch(() => {});
  members.catch(() => {});
  const practice = await findPractice(db, caller.practiceId);
  if (!practice) throw notFound();
  const newIds = await prepareAssessment(db, caller.practiceId, sources, caller.actor, now);
  const [answers, memberList, observations] = await Promise.all([
    listAnswers(db, caller.practiceId),
    members,
    observing,
  ]);
  return { practice, newIds, answers, members: memberList, observations };
}

function viewOf(data: ChecklistData, sources: ChecklistSources, viewer: Viewer, now: Date): ChecklistView {
  const alone = asksAlone(data.practice);
  const view = buildChecklist({
    referential: sources,
    ...data,
    viewer,
    today: parisDay(now),
    questions: sources.firstPass ? questionTexts(sources.firstPass, { alone }) : new Map(),
  });
  // The web joins the answers with the referential's texts: it picks the questions worded for one.
  return alone ? { ...view, firstPassAlone: true } : view;
}

const perRequestData = new WeakMap<object, Promise<ChecklistData>>();

/**
 * loadChecklist for the cards of one home page (the score card and the « à faire » items they
 * read): the database part — observations included — is read once per request, `request` being
 * the context object every card of that page receives; the view is still built for each viewer.
 */
export async function loadChecklistOnce(
  request: object,
  db: Db,
  sources: ChecklistSources,
  caller: Caller,
  now: Date,
): Promise<ChecklistView> {
  let data = perRequestData.get(request);
  if (!data) {
    data = checklistData(db, sources, caller, now);
    perRequestData.set(request, data);
  }
  return viewOf(await data, sources, caller, now);
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

/** Where a change comes from, beside a person's click in the full view. */
export interface ChangeOrigin {
  /** The first-pass question whose answer set this status. */
  firstPassQuestion?: string;
  /** The person replaces what Hygie observed (a comment says why). */
  overridesObservation?: boolean;
}

/**
 * Changes one answer inside `trx`: checks who may, records the change and its history, journals
 * it (field names and statuses only, never the free text). Marking a recurring measure done
 * (again) moves its next due day forward. Returns whether anything changed.
 * @throws HttpError 400 for an unknown measure or assignee, 403 for a secretary outside her measures.
 */
export async function changeAnswer(
  trx: Db,
  referential: MeasuresReferential,
  caller: Caller,
  measureId: string,
  input: AnswerInput,
  now: Date,
  origin: ChangeOrigin = {},
  observed: Observations = new Map(),
): Promise<boolean> {
  const measure = referential.measures.find((m) => m.id === measureId);
  if (!measure) {
    throw badRequest(`Mesure inconnue : « ${measureId} ». Rechargez la page du diagnostic.`, 'id');
  }
  const today = parisDay(now);
  const stored = await findAnswer(trx, caller.practiceId, measureId);
  const current = stored?.archivedAt === null ? stored : null;
  const assigneeId = current?.assigneeId ?? null;
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
  const observation = observed.get(measureId);
  const overriding = origin.overridesObservation ?? current?.overridesObservation ?? false;
  if (observation && input.status !== undefined && !overriding) {
    throw badRequest(
      `Hygie constate déjà cette mesure (${observation.fact}) Pour la corriger, dites pourquoi dans le commentaire et choisissez « Corriger ce constat ».`,
      'overridesObservation',
    );
  }
  const { next, changes } = applyAnswer(current, input);
  if (origin.overridesObservation === true && next.comment === null) {
    throw badRequest('Dites en commentaire pourquoi vous corrigez ce que Hygie constate.', 'comment');
  }
  const doneAgain = input.status === 'done' && measure.recurrence !== undefined && current?.lastDoneDay !== today;
  if (doneAgain && !changes.some((c) => c.field === 'status')) {
    changes.unshift({ field: 'status', from: 'done', to: 'done' });
  }
  const statusChanged = changes.some((c) => c.field === 'status');
  const overrides =
    next.status === null ? false : (origin.overridesObservation ?? current?.overridesObservation ?? false);
  const overrideChanged = overrides !== (current?.overridesObservation ?? false);
  if (changes.length === 0 && !overrideChanged) return false;
  const from = current?.status ?? null;
  await saveAnswer(
    trx,
    caller.practiceId,
    measureId,
    {
      fields: next,
      lastDoneDay: input.status === 'done' ? today : (current?.lastDoneDay ?? null),
      measureTitle: measure.title,
      by: caller.actor.label,
      answeredAt:
        next.status === null ? null : from === null ? now.toISOString() : (current?.answeredAt ?? now.toISOString()),
      firstPassQuestion: !statusChanged ? (current?.firstPassQuestion ?? null) : (origin.firstPassQuestion ?? null),
      overridesObservation: overrides,
    },
    changes,
    now,
  );
  await appendJournal(
    trx,
    caller.practiceId,
    {
      actor: caller.actor,
      action: 'checklist.measure_updated',
      subject: { type: 'measure', id: measureId },
      summary: `« ${measure.title} » : ${statusLabel(next.status)}`,
      data: {
        measureId,
        fields: [...new Set(changes.map((c) => c.field))],
        from,
        to: next.status,
        ...(origin.firstPassQuestion ? { firstPassQuestion: origin.firstPassQuestion } : {}),
        ...(overrideChanged ? { overridesObservation: overrides } : {}),
      },
    },
    now,
  );
  return true;
}

/** After changes: the day's score snapshot, from the diagnostic as it now stands. */
async function keepSnapshot(
  trx: Db,
  sources: ChecklistSources,
  caller: Caller,
  now: Date,
  observed: Observations,
): Promise<void> {
  const view = await loadChecklist(trx, sources, caller, now, observed);
  await saveSnapshot(trx, caller.practiceId, parisDay(now), view.scores, now);
}

/**
 * Changes the practice's answer to one measure (see {@link changeAnswer}) and keeps the day's
 * score snapshot; returns the measure as it now is, the scores and the progress.
 */
export async function updateMeasure(
  db: Db,
  sources: ChecklistSources,
  caller: Caller,
  measureId: string,
  input: AnswerInput,
  now: Date,
  origin: ChangeOrigin = {},
): Promise<MeasureUpdate> {
  const observed = await observe(sources, caller.practiceId, now);
  await withTransaction(db, async (trx) => {
    await prepareAssessment(trx, caller.practiceId, sources, caller.actor, now);
    if (await changeAnswer(trx, sources, caller, measureId, input, now, origin, observed)) {
      await keepSnapshot(trx, sources, caller, now, observed);
    }
  });
  const view = await loadChecklist(db, sources, caller, now, observed);
  return { measure: measureOf(view, measureId), scores: view.scores, progress: view.progress };
}

/** One change of a batch: a measure and its new answer. */
export interface BatchChange {
  measureId: string;
  input: AnswerInput;
  origin?: ChangeOrigin;
}

/**
 * Several answers in one transaction (a family answered at once, the first pass): every change is
 * checked, kept in its measure's history and journaled like a single one; one snapshot at the end.
 * Nothing is saved if one change is refused. Returns the ids of the measures that changed.
 */
export async function updateMeasures(
  db: Db,
  sources: ChecklistSources,
  caller: Caller,
  batch: readonly BatchChange[],
  now: Date,
  observed: Observations = new Map(),
): Promise<string[]> {
  return withTransaction(db, async (trx) => {
    await prepareAssessment(trx, caller.practiceId, sources, caller.actor, now);
    const changed: string[] = [];
    for (const change of batch) {
      if (await changeAnswer(trx, sources, caller, change.measureId, change.input, now, change.origin, observed)) {
        changed.push(change.measureId);
      }
    }
    if (changed.length > 0) await keepSnapshot(trx, sources, caller, now, observed);
    return changed;
  });
}
