import type { IsoDay } from '../../lib/dates/index.ts';
import type { Observation } from '../../lib/observations/registry.ts';
import type { SourceRef } from '../../lib/referential/index.ts';
import type {
  MeasureEffort,
  MeasureFamilyId,
  MeasureLevel,
  RecurrenceUnit,
  StorageLocation,
} from './checklist.referential.ts';
import type { AnswerStatus, MeasureStatus, Scores } from './scoring.ts';

/** Priority a practice may give a measure (shown and filtered; the plan's order stays the referential's). */
export const MEASURE_PRIORITIES = ['high', 'normal', 'low'] as const;
export type MeasurePriority = (typeof MEASURE_PRIORITIES)[number];

/** A recurring measure's schedule, as of today (Europe/Paris). */
export interface RecurrenceView {
  every: number;
  unit: RecurrenceUnit;
  label: string;
  /** Last day it was marked done, or null when never. */
  lastDone: IsoDay | null;
  nextDue: IsoDay;
  overdue: boolean;
}

/** One measure of the practice's diagnostic: the referential's text joined to the practice's answer. */
export interface MeasureView {
  id: string;
  family: MeasureFamilyId;
  title: string;
  why: string;
  how: string[];
  level: MeasureLevel;
  effort: MeasureEffort;
  /** Where the data must live for the measure to matter (L = local, C = cloud, P = paper); null = everywhere. */
  storage: StorageLocation[] | null;
  applies: boolean;
  /** Why the measure does not concern the practice, in French; null when it applies. */
  notApplicableReason: string | null;
  recurrence: RecurrenceView | null;
  sources: SourceRef[];
  /** Added to the referential since the practice's last visit and not answered yet. */
  isNew: boolean;
  /** The answer's status; null = « sans réponse » (never `todo`). */
  status: AnswerStatus;
  /** `status !== null`. */
  answered: boolean;
  /** ISO date-time the measure last went from no answer to an answer; null while unanswered. */
  answeredAt: string | null;
  /**
   * Where the status comes from: a person in the full view, the first pass, or Hygie itself
   * (« constaté par Hygie »); null while unanswered.
   */
  origin: AnswerOrigin | null;
  /** The first-pass question the status came from (« d’après votre réponse à : … »). */
  firstPassQuestion: { id: string; question: string } | null;
  /** What Hygie observes for this measure, when it observes it (even if a person overrides it). */
  observation: Observation | null;
  /** A person's answer replaces Hygie's observation (with a comment saying why). */
  overridesObservation: boolean;
  comment: string | null;
  assignee: { id: string; name: string } | null;
  dueDate: IsoDay | null;
  priority: MeasurePriority | null;
  evidence: string | null;
  /** ISO date-time of the last change, and who made it. */
  updatedAt: string | null;
  updatedBy: string | null;
  /** Whether the person asking may change this answer (secretary: only her assigned measures). */
  canEdit: boolean;
}

/** Where a measure's status comes from. */
export type AnswerOrigin = 'person' | 'first_pass' | 'observed';

/** An answer kept for a measure that left the referential. */
export interface ArchivedAnswerView {
  measureId: string;
  /** The measure's title when it was last answered. */
  title: string;
  status: AnswerStatus;
  comment: string | null;
  archivedAt: string;
}

export interface FamilyView {
  id: MeasureFamilyId;
  label: string;
  description: string;
  weight: number;
}

/**
 * How far the diagnostic is: measures answered among those that apply; `completedAt` is set when
 * every applicable measure has an answer — the instant the last of them got one.
 */
export interface ProgressView {
  answered: number;
  applicable: number;
  /** `applicable - answered`: the measures « sans réponse ». */
  unanswered: number;
  /** ISO date-time the diagnostic became complete; null while a measure that applies is unanswered. */
  completedAt: string | null;
}

/** Family scores carry their French label for display. */
export type ScoresView = Omit<Scores, 'families'> & {
  families: (Scores['families'][number] & { label: string })[];
};

/** The whole diagnostic of a practice, as `GET /api/v1/checklist` returns it and the documents use it. */
export interface ChecklistView {
  practiceName: string;
  referentialVersion: string;
  /** Today in Europe/Paris. */
  today: IsoDay;
  /** « Comment est calculé ce score ? » */
  explanation: string;
  scores: ScoresView;
  /** Measures answered among those that apply, and when the diagnostic became complete. */
  progress: ProgressView;
  families: FamilyView[];
  measures: MeasureView[];
  archived: ArchivedAnswerView[];
  /** Active members of the practice a measure can be assigned to. */
  assignees: { id: string; name: string; role: string }[];
  /** A practitioner working alone, asked the first pass's questions worded for one (`asksAlone`). */
  firstPassAlone?: boolean;
}

/** One entry of the action plan: a measure with its rank in the full plan (1 = first). */
export type PlanEntryView = MeasureView & { rank: number };

/** `GET /api/v1/action-plan`: the next five actions and the (filtered) full plan. */
export interface ActionPlanView {
  practiceName: string;
  today: IsoDay;
  next: PlanEntryView[];
  items: PlanEntryView[];
  /** Number of open measures in the whole plan, before filters. */
  total: number;
}

/** French labels of the statuses, priorities, levels and efforts, for screens and documents. */
export const STATUS_LABELS: Record<MeasureStatus, string> = {
  done: 'Fait',
  partial: 'Partiel',
  todo: 'À faire',
  not_applicable: 'Non applicable',
  unknown: 'Je ne sais pas',
};

/** The label of a measure with no answer. */
export const UNANSWERED_LABEL = 'Sans réponse';

/**
 * The French label of an answer, « Sans réponse » for none.
 * @example statusLabel(null) // 'Sans réponse'
 */
export function statusLabel(status: AnswerStatus): string {
  return status === null ? UNANSWERED_LABEL : STATUS_LABELS[status];
}

export const PRIORITY_LABELS: Record<MeasurePriority, string> = {
  high: 'Haute',
  normal: 'Normale',
  low: 'Basse',
};

export const LEVEL_LABELS: Record<MeasureLevel, string> = {
  essential: 'Indispensable',
  recommended: 'Recommandée',
};

export const EFFORT_LABELS: Record<MeasureEffort, string> = {
  small: 'Rapide (moins d’une heure)',
  medium: 'Moyen (une demi-journée ou un prestataire)',
  large: 'Important (un projet, un achat)',
};

/** « L », « C », « P » as in the Mémento's columns, for the documents. */
export const STORAGE_LETTERS: Record<StorageLocation, string> = { local: 'L', cloud: 'C', paper: 'P' };
