import { isoDay, z } from '../../lib/zod.ts';
import {
  MEASURE_EFFORTS,
  MEASURE_FAMILY_IDS,
  MEASURE_LEVELS,
  RECURRENCE_UNITS,
  STORAGE_LOCATIONS,
} from './checklist.referential.ts';
import { MEASURE_PRIORITIES } from './checklist-view.ts';
import { FIRST_PASS_ANSWERS } from './first-pass.ts';
import { MEASURE_STATUSES } from './scoring.ts';

const day = isoDay('date');
const note = (label: string) =>
  z.string().max(2000, `${label} trop long (2 000 caractères au plus)`).nullable().optional();

export const measureParams = z.strictObject({ id: z.string().min(1).max(100) });

const STATUS_ERROR =
  'statut invalide : done (fait), partial (partiel), todo (à faire), not_applicable (non applicable), unknown (je ne sais pas) ou null (sans réponse)';

/** `PUT /checklist/measures/:id`: an absent field is unchanged, `null` clears it (`status: null` = « sans réponse »). */
export const measureUpdateBody = z.strictObject({
  status: z.enum(MEASURE_STATUSES, { error: STATUS_ERROR }).nullable().optional(),
  comment: note('commentaire'),
  assigneeId: z.string().min(1).max(100).nullable().optional(),
  dueDate: day.nullable().optional(),
  priority: z
    .enum(MEASURE_PRIORITIES, { error: 'priorité invalide : high (haute), normal (normale) ou low (basse)' })
    .nullable()
    .optional(),
  evidence: note('justificatif'),
  /** true: the person's status replaces what Hygie observes (a comment is required); false: back to Hygie's. */
  overridesObservation: z.boolean({ error: 'overridesObservation : true ou false attendu' }).optional(),
});

export const familyParams = z.strictObject({ family: z.enum(MEASURE_FAMILY_IDS, { error: 'famille inconnue' }) });

/** `POST /checklist/first-pass`: question id → oui / en partie / non / je ne sais pas; unanswered questions are left out. */
export const firstPassBody = z.strictObject({
  answers: z.record(
    z.string().min(1).max(100),
    z.enum(FIRST_PASS_ANSWERS, {
      error: 'réponse invalide : yes (oui), partly (en partie), no (non) ou dont_know (je ne sais pas)',
    }),
  ),
});

export const actionPlanQuery = z.strictObject({
  assignee: z.string().min(1).max(100).optional(),
  family: z.enum(MEASURE_FAMILY_IDS, { error: 'famille inconnue' }).optional(),
  level: z.enum(MEASURE_LEVELS, { error: 'niveau invalide : essential ou recommended' }).optional(),
  priority: z.enum(MEASURE_PRIORITIES, { error: 'priorité invalide : high, normal ou low' }).optional(),
});

/** Null: « sans réponse ». */
const status = z.enum(MEASURE_STATUSES).nullable();
const source = z.object({ label: z.string(), url: z.string().optional() });

export const measureView = z.object({
  id: z.string(),
  family: z.enum(MEASURE_FAMILY_IDS),
  title: z.string(),
  why: z.string(),
  how: z.array(z.string()),
  level: z.enum(MEASURE_LEVELS),
  effort: z.enum(MEASURE_EFFORTS),
  storage: z.array(z.enum(STORAGE_LOCATIONS)).nullable(),
  applies: z.boolean(),
  notApplicableReason: z.string().nullable(),
  recurrence: z
    .object({
      every: z.number(),
      unit: z.enum(RECURRENCE_UNITS),
      label: z.string(),
      lastDone: z.string().nullable(),
      nextDue: z.string(),
      overdue: z.boolean(),
    })
    .nullable(),
  sources: z.array(source),
  isNew: z.boolean(),
  status,
  answered: z.boolean(),
  answeredAt: z.string().nullable(),
  origin: z.enum(['person', 'first_pass', 'observed']).nullable(),
  firstPassQuestion: z.object({ id: z.string(), question: z.string() }).nullable(),
  observation: z
    .object({ status: z.enum(['done', 'todo']), fact: z.string(), href: z.string(), since: z.string().nullable() })
    .nullable(),
  overridesObservation: z.boolean(),
  comment: z.string().nullable(),
  assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
  dueDate: z.string().nullable(),
  priority: z.enum(MEASURE_PRIORITIES).nullable(),
  evidence: z.string().nullable(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  canEdit: z.boolean(),
});

export const scoresView = z.object({
  overall: z.number().nullable(),
  counted: z.number(),
  unknownCount: z.number(),
  families: z.array(
    z.object({
      family: z.enum(MEASURE_FAMILY_IDS),
      label: z.string(),
      score: z.number(),
      counted: z.number(),
      done: z.number(),
      partial: z.number(),
      todo: z.number(),
      unknownCount: z.number(),
      unanswered: z.number(),
    }),
  ),
  unansweredCount: z.number(),
});

const progress = z.object({
  answered: z.number(),
  applicable: z.number(),
  unanswered: z.number(),
  /** When every applicable measure got an answer; null while one is « sans réponse ». */
  completedAt: z.string().nullable(),
});

export const checklistResponse = z.object({
  practiceName: z.string(),
  referentialVersion: z.string(),
  today: z.string(),
  explanation: z.string(),
  scores: scoresView,
  progress,
  families: z.array(
    z.object({ id: z.enum(MEASURE_FAMILY_IDS), label: z.string(), description: z.string(), weight: z.number() }),
  ),
  measures: z.array(measureView),
  archived: z.array(
    z.object({
      measureId: z.string(),
      title: z.string(),
      status,
      comment: z.string().nullable(),
      archivedAt: z.string(),
    }),
  ),
  assignees: z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })),
  firstPassAlone: z.boolean().optional(),
});

const familyView = z.object({
  id: z.enum(MEASURE_FAMILY_IDS),
  label: z.string(),
  description: z.string(),
  weight: z.number(),
});

/** `GET /checklist/referential/:key`: the referential's texts, the same for every practice (see checklist-split.ts). */
export const checklistReferentialResponse = z.object({
  version: z.string(),
  key: z.string(),
  explanation: z.string(),
  families: z.array(familyView),
  measures: z.array(
    measureView
      .pick({ id: true, family: true, title: true, why: true, how: true, level: true, effort: true, storage: true })
      .extend({
        recurrence: z.object({ every: z.number(), unit: z.enum(RECURRENCE_UNITS), label: z.string() }).nullable(),
        sources: z.array(source),
      }),
  ),
  firstPassQuestions: z.record(z.string(), z.string()),
  firstPassQuestionsAlone: z.record(z.string(), z.string()),
});

export const referentialParams = z.strictObject({ key: z.string().min(1).max(100) });

/** A measure's answer in `GET /checklist`: id, applies, status, canEdit, and the fields that differ from `MEASURE_ANSWER_DEFAULTS`. */
const measureAnswer = measureView
  .pick({
    notApplicableReason: true,
    isNew: true,
    answeredAt: true,
    origin: true,
    observation: true,
    overridesObservation: true,
    comment: true,
    assignee: true,
    dueDate: true,
    priority: true,
    evidence: true,
    updatedAt: true,
    updatedBy: true,
  })
  .extend({
    recurrence: z.object({ lastDone: z.string().nullable(), nextDue: z.string(), overdue: z.boolean() }),
    firstPassQuestionId: z.string(),
  })
  .partial()
  .extend(measureView.pick({ id: true, applies: true, status: true, canEdit: true }).shape);

/** `GET /checklist`: the practice's answers, states and scores; the texts come from `checklistReferentialResponse`. */
export const checklistAnswersResponse = checklistResponse
  .omit({ explanation: true, families: true, measures: true, scores: true })
  .extend({
    scores: scoresView.extend({ families: z.array(scoresView.shape.families.element.omit({ label: true })) }),
    referentialKey: z.string(),
    measures: z.array(measureAnswer),
  });

export const measureUpdateResponse = z.object({ measure: measureView, scores: scoresView, progress });

const planEntry = measureView.extend({ rank: z.number() });

export const actionPlanResponse = z.object({
  practiceName: z.string(),
  today: z.string(),
  next: z.array(planEntry),
  items: z.array(planEntry),
  total: z.number(),
});

export const historyResponse = z.object({
  changes: z.array(
    z.object({
      at: z.string(),
      actorLabel: z.string(),
      changes: z.array(
        z.object({ field: z.string(), label: z.string(), from: z.string().nullable(), to: z.string().nullable() }),
      ),
    }),
  ),
});

export const progressResponse = z.object({
  snapshots: z.array(
    z.object({ day: z.string(), overall: z.number().nullable(), families: z.record(z.string(), z.number()) }),
  ),
});

export const firstPassResponse = z.object({
  questions: z.array(
    z.object({
      id: z.string(),
      question: z.string(),
      help: z.string().nullable(),
      measures: z.array(z.object({ id: z.string(), title: z.string() })),
      previous: z.enum(FIRST_PASS_ANSWERS).nullable(),
    }),
  ),
  /** Measures Hygie answered itself, so no question asks about them. */
  observed: z.number(),
  progress,
});

export const batchResponse = z.object({ changed: z.array(z.string()), scores: scoresView, progress });
