import type { Measure, MeasuresReferential } from './checklist.referential.ts';
import type { ChecklistView, FamilyView, MeasureView, RecurrenceView } from './checklist-view.ts';

/**
 * The diagnostic in two parts, so that a page does not download the same texts at every visit:
 * the referential's texts (`GET /api/v1/checklist/referential/:key`, the same for every practice,
 * cached for good by the browser since its address changes with its content) and the practice's
 * answers (`GET /api/v1/checklist`). The web application joins them with `joinChecklist` into the
 * `ChecklistView` its pages use; the documents (PDF, tableur) still use the whole view.
 */

/** A measure's texts and fixed facts, as the referential gives them. */
export type MeasureText = Pick<
  MeasureView,
  'id' | 'family' | 'title' | 'why' | 'how' | 'level' | 'effort' | 'storage' | 'sources'
> & { recurrence: Pick<RecurrenceView, 'every' | 'unit' | 'label'> | null };

/** `GET /api/v1/checklist/referential/:key`. */
export interface ChecklistReferentialView {
  version: string;
  /** Version and content hash: the resource's address and ETag. */
  key: string;
  explanation: string;
  families: FamilyView[];
  measures: MeasureText[];
  /** The first pass's questions, id → text (« d’après votre réponse à : … »). */
  firstPassQuestions: Record<string, string>;
  /** The same, worded for a practitioner working alone (`firstPassAlone` in the answers). */
  firstPassQuestionsAlone: Record<string, string>;
}

/**
 * The practice's side of a measure: `id`, `applies`, `status` and `canEdit` always; to stay small
 * (every measure answered: under 30 KB), the other fields only when they differ from their usual
 * value (`MEASURE_ANSWER_DEFAULTS`: null, or false; `updatedAt` when it is not `answeredAt`).
 */
export type MeasureAnswerView = Pick<MeasureView, 'id' | 'applies' | 'status' | 'canEdit'> &
  Partial<
    Omit<MeasureView, keyof MeasureText | 'applies' | 'status' | 'canEdit' | 'answered' | 'firstPassQuestion'> & {
      recurrence: Pick<RecurrenceView, 'lastDone' | 'nextDue' | 'overdue'>;
      firstPassQuestionId: string;
    }
  >;

/** `GET /api/v1/checklist`: answers, states and scores only. */
export type ChecklistAnswersView = Omit<ChecklistView, 'explanation' | 'families' | 'measures' | 'scores'> & {
  /** The scores, each family without its label (in the referential). */
  scores: Omit<ChecklistView['scores'], 'families'> & {
    families: Omit<ChecklistView['scores']['families'][number], 'label'>[];
  };
  /** The referential these answers go with (`GET /api/v1/checklist/referential/:key`). */
  referentialKey: string;
  measures: MeasureAnswerView[];
};

/** The value of each answer field the answers leave out. */
export const MEASURE_ANSWER_DEFAULTS = {
  notApplicableReason: null,
  isNew: false,
  answeredAt: null,
  origin: null,
  observation: null,
  overridesObservation: false,
  comment: null,
  assignee: null,
  dueDate: null,
  priority: null,
  evidence: null,
  updatedBy: null,
} as const satisfies Partial<MeasureView>;

const DEFAULT_FIELDS = Object.keys(MEASURE_ANSWER_DEFAULTS) as (keyof typeof MEASURE_ANSWER_DEFAULTS)[];

/** A measure's texts and fixed facts, from the referential (also the start of each `MeasureView`). */
export function measureText(measure: Measure): MeasureText {
  return {
    id: measure.id,
    family: measure.family,
    title: measure.title,
    why: measure.why,
    how: [...measure.how],
    level: measure.level,
    effort: measure.effort,
    storage: measure.applicability?.storage ? [...measure.applicability.storage] : null,
    recurrence: measure.recurrence
      ? { every: measure.recurrence.every, unit: measure.recurrence.unit, label: measure.recurrence.label }
      : null,
    sources: measure.source.map((s) => ({ ...s })),
  };
}

/**
 * The referential's side of the diagnostic. `questions`: the first pass's, id → text;
 * `explanation`: how the score is computed; `hash`: a short hash of a text. Passed in, so that this
 * module (imported by the web application) imports no server code.
 */
export function checklistReferentialView(
  referential: MeasuresReferential,
  options: {
    questions: ReadonlyMap<string, string>;
    questionsAlone?: ReadonlyMap<string, string>;
    explanation: string;
    hash: (text: string) => string;
  },
): ChecklistReferentialView {
  const { questions, questionsAlone = questions, explanation, hash } = options;
  const content = {
    version: referential.version,
    explanation,
    families: referential.families.map(({ id, label, description, weight }) => ({ id, label, description, weight })),
    measures: referential.measures.map(measureText),
    firstPassQuestions: Object.fromEntries(questions),
    firstPassQuestionsAlone: Object.fromEntries(questionsAlone),
  };
  return { ...content, key: `${referential.version}-${hash(JSON.stringify(content))}` };
}

/** The practice's side of one measure: its id and the answer fields that differ from the defaults. */
function measureAnswer(measure: MeasureView): MeasureAnswerView {
  const answer: Record<string, unknown> = {
    id: measure.id,
    applies: measure.applies,
    status: measure.status,
    canEdit: measure.canEdit,
  };
  for (const field of DEFAULT_FIELDS) {
    if (measure[field] !== MEASURE_ANSWER_DEFAULTS[field]) answer[field] = measure[field];
  }
  // Usually the last change is the answer itself: then only `answeredAt` is sent.
  if (measure.updatedAt !== measure.answeredAt) answer.updatedAt = measure.updatedAt;
  if (measure.recurrence) {
    const { lastDone, nextDue, overdue } = measure.recurrence;
    answer.recurrence = { lastDone, nextDue, overdue };
  }
  if (measure.firstPassQuestion) answer.firstPassQuestionId = measure.firstPassQuestion.id;
  return answer as MeasureAnswerView;
}

/** The practice's side of the diagnostic, for `GET /api/v1/checklist`. */
export function checklistAnswers(view: ChecklistView, referentialKey: string): ChecklistAnswersView {
  const { explanation: _explanation, families: _families, measures, scores, ...rest } = view;
  return {
    ...rest,
    scores: { ...scores, families: scores.families.map(({ label: _label, ...family }) => family) },
    referentialKey,
    measures: measures.map(measureAnswer),
  };
}

/**
 * The whole diagnostic again, from its two parts: what the pages use. A measure of the answers
 * the referential does not know (never, when `referentialKey` matched) is left out.
 */
export function joinChecklist(referential: ChecklistReferentialView, answers: ChecklistAnswersView): ChecklistView {
  const texts = new Map(referential.measures.map((measure) => [measure.id, measure]));
  const { referentialKey: _key, measures, scores, ...rest } = answers;
  const questions = rest.firstPassAlone ? referential.firstPassQuestionsAlone : referential.firstPassQuestions;
  const labels = new Map(referential.families.map((family) => [family.id, family.label]));
  return {
    ...rest,
    scores: {
      ...scores,
      families: scores.families.map((family) => ({ ...family, label: labels.get(family.family) ?? family.family })),
    },
    explanation: referential.explanation,
    families: referential.families,
    measures: measures.flatMap((answer) => {
      const text = texts.get(answer.id);
      if (!text) return [];
      const { recurrence, firstPassQuestionId, updatedAt, ...fields } = answer;
      const view: MeasureView = {
        ...text,
        ...MEASURE_ANSWER_DEFAULTS,
        ...fields,
        recurrence: text.recurrence && recurrence ? { ...text.recurrence, ...recurrence } : null,
        answered: fields.status !== null,
        updatedAt: updatedAt === undefined ? (fields.answeredAt ?? null) : updatedAt,
        firstPassQuestion: firstPassQuestionId
          ? {
              id: firstPassQuestionId,
              question:
                questions[firstPassQuestionId] ??
                referential.firstPassQuestions[firstPassQuestionId] ??
                firstPassQuestionId,
            }
          : null,
      };
      return [view];
    }),
  };
}
