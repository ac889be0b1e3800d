import type { BatchChange } from './checklist.service.ts';
import type { MeasureView } from './checklist-view.ts';
import type { FirstPass } from './first-pass.referential.ts';
import type { MeasureStatus } from './scoring.ts';

/** The four answers of a first-pass question, on the wire. */
export const FIRST_PASS_ANSWERS = ['yes', 'partly', 'no', 'dont_know'] as const;
export type FirstPassAnswer = (typeof FIRST_PASS_ANSWERS)[number];

/** What each answer sets on the question's measures. « Je ne sais pas » is an answer: it counts as not done. */
export const ANSWER_STATUS: Record<FirstPassAnswer, MeasureStatus> = {
  yes: 'done',
  partly: 'partial',
  no: 'todo',
  dont_know: 'unknown',
};

export const ANSWER_LABELS: Record<FirstPassAnswer, string> = {
  yes: 'Oui',
  partly: 'En partie',
  no: 'Non',
  dont_know: 'Je ne sais pas',
};

/** A question as the practice sees it: the measures its answer will set, and its previous answer. */
export interface FirstPassQuestionView {
  id: string;
  question: string;
  help: string | null;
  measures: { id: string; title: string }[];
  /** The answer given before, when every measure it sets still holds it; null otherwise. */
  previous: FirstPassAnswer | null;
}

/**
 * The measures a question's answer sets for this practice: those that apply, that Hygie does not
 * observe, and that were not refined in the full view (unanswered, or last set by this question).
 */
export function targets(measureIds: readonly string[], questionId: string, measures: ReadonlyMap<string, MeasureView>) {
  return measureIds
    .map((id) => measures.get(id))
    .filter((m): m is MeasureView => m !== undefined)
    .filter((m) => m.applies && m.origin !== 'observed')
    .filter((m) => m.status === null || m.firstPassQuestion?.id === questionId);
}

const STATUS_ANSWER = new Map(
  Object.entries(ANSWER_STATUS).map(([answer, status]) => [status, answer as FirstPassAnswer]),
);

/**
 * A practitioner working alone, without staff: asked the questions worded for one
 * (`questionAlone`), and shown them so in the full diagnostic.
 */
export function asksAlone(practice: { structureType: string; staffCount: number }): boolean {
  return practice.structureType === 'solo' && practice.staffCount === 0;
}

/** The first pass's questions, id → text, as this practice was asked them. */
export function questionTexts(firstPass: FirstPass, { alone = false }: { alone?: boolean } = {}): Map<string, string> {
  return new Map(firstPass.questions.map((q) => [q.id, (alone && q.questionAlone) || q.question]));
}

/**
 * The questions to ask this practice, in the referential's order; a question none of whose
 * measures is left (they do not apply, Hygie observes them, or they were refined) is skipped.
 * `alone`: a practitioner working alone, without staff, is asked the question worded for one.
 * @example firstPassQuestions(loadFirstPass(referential), checklist.measures).map((q) => q.id)
 */
export function firstPassQuestions(
  firstPass: FirstPass,
  measures: readonly MeasureView[],
  { alone = false }: { alone?: boolean } = {},
): FirstPassQuestionView[] {
  const byId = new Map(measures.map((m) => [m.id, m]));
  return firstPass.questions.flatMap((question) => {
    const own = targets(question.measures, question.id, byId);
    if (own.length === 0) return [];
    const statuses = new Set(own.map((m) => (m.firstPassQuestion?.id === question.id ? m.status : null)));
    const [only] = statuses;
    return [
      {
        id: question.id,
        question: (alone && question.questionAlone) || question.question,
        help: question.help ?? null,
        measures: own.map((m) => ({ id: m.id, title: m.title })),
        previous: statuses.size === 1 && only ? (STATUS_ANSWER.get(only) ?? null) : null,
      },
    ];
  });
}

/**
 * The answers to save: for each answered question, its status on each measure it sets. A question
 * not asked to this practice is refused by the caller (see `unknownQuestions`).
 * @example firstPassChanges(firstPass, measures, { 'mots-de-passe': 'yes' }) // [{ measureId: 'mot-de-passe-complexe', input: { status: 'done' }, origin: { firstPassQuestion: 'mots-de-passe' } }, …]
 */
export function firstPassChanges(
  firstPass: FirstPass,
  measures: readonly MeasureView[],
  answers: Readonly<Record<string, FirstPassAnswer>>,
): BatchChange[] {
  const byId = new Map(measures.map((m) => [m.id, m]));
  return firstPass.questions.flatMap((question) => {
    const answer = answers[question.id];
    if (answer === undefined) return [];
    return targets(question.measures, question.id, byId).map((m) => ({
      measureId: m.id,
      input: { status: ANSWER_STATUS[answer] },
      origin: { firstPassQuestion: question.id },
    }));
  });
}

/** The ids of `answers` that are not questions of the first pass. */
export function unknownQuestions(firstPass: FirstPass, answers: Readonly<Record<string, unknown>>): string[] {
  const ids = new Set(firstPass.questions.map((q) => q.id));
  return Object.keys(answers).filter((id) => !ids.has(id));
}
