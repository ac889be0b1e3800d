/** The shapes of the diagnostic's API, as the pages use them (the server's own view types). */
import type {
  MeasurePriority,
  MeasureView,
  ProgressView,
  ScoresView,
} from '../../../../src/features/checklist/checklist-view.ts';
import type { FirstPassQuestionView } from '../../../../src/features/checklist/first-pass.ts';
import type { MeasureStatus } from '../../../../src/features/checklist/scoring.ts';

export type {
  ActionPlanView,
  ArchivedAnswerView,
  ChecklistView,
  FamilyView,
  MeasurePriority,
  MeasureView,
  PlanEntryView,
  ProgressView,
  RecurrenceView,
  ScoresView,
} from '../../../../src/features/checklist/checklist-view.ts';
export type {
  FirstPassAnswer,
  FirstPassQuestionView,
} from '../../../../src/features/checklist/first-pass.ts';
export type { AnswerStatus, MeasureStatus } from '../../../../src/features/checklist/scoring.ts';

/** `GET /api/v1/checklist/first-pass`: the questions left, the measures Hygie answered itself, the progress. */
export interface FirstPassView {
  questions: FirstPassQuestionView[];
  observed: number;
  progress: ProgressView;
}

/** Answer of `POST /checklist/first-pass` and `POST /checklist/families/:family/done`. */
export interface BatchSaved {
  changed: string[];
  scores: ScoresView;
  progress: ProgressView;
}

/** The statuses in the order the control shows them. */
export const STATUS_ORDER: readonly MeasureStatus[] = ['done', 'partial', 'todo', 'not_applicable', 'unknown'];
export const PRIORITY_ORDER: readonly MeasurePriority[] = ['high', 'normal', 'low'];

/** Body of `PUT /api/v1/checklist/measures/:id`: an absent field is unchanged, `null` clears it (`status: null` = « sans réponse »). */
export interface MeasureAnswer {
  status?: MeasureStatus | null;
  comment?: string | null;
  assigneeId?: string | null;
  dueDate?: string | null;
  priority?: MeasurePriority | null;
  evidence?: string | null;
  /** true: replaces what Hygie observes (a comment is required); false: back to Hygie's observation. */
  overridesObservation?: boolean;
}

/** Answer of the PUT: the measure as it is now and the recomputed scores. */
export interface MeasureSaved {
  measure: MeasureView;
  scores: ScoresView;
  progress: ProgressView;
}

/** `GET /api/v1/checklist/measures/:id/history`, newest first. */
export interface MeasureHistory {
  changes: {
    at: string;
    actorLabel: string;
    changes: { field: string; label: string; from: string | null; to: string | null }[];
  }[];
}

/** `GET /api/v1/checklist/progress`: one overall score per day, oldest first. */
export interface ProgressHistory {
  snapshots: { day: string; overall: number | null }[];
}
