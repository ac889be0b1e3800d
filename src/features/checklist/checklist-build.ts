import type { IsoDay } from '../../lib/dates/index.ts';
import type { Observation } from '../../lib/observations/registry.ts';
import type { Role } from '../accounts/roles.ts';
import type { AnswerFields } from './answer-diff.ts';
import { type ApplicabilityProfile, applicability } from './applicability.ts';
import type { Measure, MeasuresReferential } from './checklist.referential.ts';
import { measureText } from './checklist-split.ts';
import type { ChecklistView, FamilyView, MeasureView, ProgressView, ScoresView } from './checklist-view.ts';
import { isOverdue, nextDue } from './recurrence.ts';
import { computeScores, SCORE_EXPLANATION } from './scoring.ts';

/** A stored answer with what the screens show about it. */
export interface AnswerRecord extends AnswerFields {
  measureId: string;
  lastDoneDay: IsoDay | null;
  measureTitle: string;
  archivedAt: string | null;
  updatedAt: string;
  /** Name of who made the last change. */
  updatedBy: string | null;
  /** When the status last went from none to one; null while « sans réponse ». */
  answeredAt: string | null;
  /** The first-pass question the status came from, until a person changes it in the full view. */
  firstPassQuestion: string | null;
  /** The person's answer replaces what Hygie observed. */
  overridesObservation: boolean;
}

/** A member of the practice, for assignees and names. */
export interface Member {
  id: string;
  name: string;
  role: Role;
  active: boolean;
}

/** Who is looking: decides `canEdit`. */
export interface Viewer {
  userId: string;
  role: Role;
}

export interface ChecklistInput {
  referential: MeasuresReferential;
  practice: ApplicabilityProfile & { name: string };
  answers: readonly AnswerRecord[];
  /** Measures flagged « nouveau » by the last referential upgrade. */
  newIds: ReadonlySet<string>;
  members: readonly Member[];
  viewer: Viewer;
  today: IsoDay;
  /** « Constaté par Hygie »: what Hygie observes, by measure id. */
  observations?: ReadonlyMap<string, Observation>;
  /** The first pass's questions, id → text (« d’après votre réponse à : … »). */
  questions?: ReadonlyMap<string, string>;
}

/**
 * Whether `viewer` may change the answer: the owner and practitioners always, the secretary only
 * for a measure assigned to her, the auditor never.
 */
export function canEditAnswer(viewer: Viewer, assigneeId: string | null): boolean {
  if (viewer.role === 'owner' || viewer.role === 'practitioner') return true;
  return viewer.role === 'secretary' && assigneeId === viewer.userId;
}

function measureView(
  measure: Measure,
  input: ChecklistInput,
  answer: AnswerRecord | undefined,
  names: ReadonlyMap<string, string>,
): MeasureView {
  const fit = applicability(measure, input.practice);
  const recurrence = measure.recurrence;
  const lastDone = answer?.lastDoneDay ?? null;
  const assigneeId = answer?.assigneeId ?? null;
  const observation = input.observations?.get(measure.id) ?? null;
  const overrides = observation !== null && (answer?.overridesObservation ?? false);
  // Hygie's observation wins over a person's answer, unless the person overrides it explicitly.
  const observed = observation !== null && !overrides;
  const personal = answer?.status ?? null;
  const status = observed ? observation.status : personal;
  const questionId = !observed && personal !== null ? (answer?.firstPassQuestion ?? null) : null;
  const text = measureText(measure);
  return {
    ...text,
    applies: fit.applies,
    notApplicableReason: fit.applies ? null : fit.reason,
    recurrence:
      recurrence && text.recurrence
        ? {
            ...text.recurrence,
            lastDone,
            nextDue: nextDue(recurrence, lastDone, input.today),
            overdue: isOverdue(recurrence, lastDone, input.today),
          }
        : null,
    isNew: input.newIds.has(measure.id) && status === null,
    status,
    answered: status !== null,
    answeredAt: observed
      ? (observation.since ?? answer?.answeredAt ?? null)
      : personal
        ? (answer?.answeredAt ?? null)
        : null,
    origin: status === null ? null : observed ? 'observed' : questionId ? 'first_pass' : 'person',
    firstPassQuestion: questionId ? { id: questionId, question: input.questions?.get(questionId) ?? questionId } : null,
    observation,
    overridesObservation: overrides,
    comment: answer?.comment ?? null,
    assignee: assigneeId ? { id: assigneeId, name: names.get(assigneeId) ?? 'Compte supprimé' } : null,
    dueDate: answer?.dueDate ?? null,
    priority: answer?.priority ?? null,
    evidence: answer?.evidence ?? null,
    updatedAt: answer?.updatedAt ?? null,
    updatedBy: answer?.updatedBy ?? null,
    canEdit: canEditAnswer(input.viewer, assigneeId),
  };
}

/** Scores of the measures, with each family's French label. */
export function scoresOf(measures: readonly MeasureView[], families: readonly FamilyView[]): ScoresView {
  const scores = computeScores(measures);
  const labels = new Map(families.map((f) => [f.id, f.label]));
  return { ...scores, families: scores.families.map((f) => ({ ...f, label: labels.get(f.family) ?? f.family })) };
}

/**
 * Measures answered among those that apply; when none is left « sans réponse », the diagnostic is
 * complete as of the latest instant one of them got its answer.
 * @example progressOf(measures) // { answered: 74, applicable: 74, unanswered: 0, completedAt: '2026-12-07T15:02:11.000Z' }
 */
export function progressOf(measures: readonly MeasureView[]): ProgressView {
  const applicable = measures.filter((m) => m.applies);
  const answered = applicable.filter((m) => m.answered);
  const complete = applicable.length > 0 && answered.length === applicable.length;
  const completedAt = complete
    ? answered.reduce<string>(
        (latest, m) => (m.answeredAt !== null && m.answeredAt > latest ? m.answeredAt : latest),
        '',
      )
    : '';
  return {
    answered: answered.length,
    applicable: applicable.length,
    unanswered: applicable.length - answered.length,
    completedAt: completedAt === '' ? null : completedAt,
  };
}

/**
 * The practice's whole diagnostic: every measure of the referential with its applicability, its
 * answer and its schedule, the scores, and the answers archived by referential upgrades.
 */
export function buildChecklist(input: ChecklistInput): ChecklistView {
  const names = new Map(input.members.map((m) => [m.id, m.name]));
  const active = new Map(input.answers.filter((a) => a.archivedAt === null).map((a) => [a.measureId, a]));
  const families: FamilyView[] = input.referential.families.map(({ id, label, description, weight }) => ({
    id,
    label,
    description,
    weight,
  }));
  const measures = input.referential.measures.map((m) => measureView(m, input, active.get(m.id), names));
  return {
    practiceName: input.practice.name,
    referentialVersion: input.referential.version,
    today: input.today,
    explanation: SCORE_EXPLANATION,
    scores: scoresOf(measures, families),
    progress: progressOf(measures),
    families,
    measures,
    archived: input.answers
      .filter((a) => a.archivedAt !== null)
      .map((a) => ({
        measureId: a.measureId,
        title: a.measureTitle,
        status: a.status,
        comment: a.comment,
        archivedAt: a.archivedAt as string,
      })),
    assignees: input.members
      .filter((m) => m.active && m.role !== 'auditor')
      .map(({ id, name, role }) => ({ id, name, role })),
  };
}
