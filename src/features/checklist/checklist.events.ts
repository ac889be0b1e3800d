import { z } from '../../lib/zod.ts';
import { defineJournalEvents } from '../journal/define-events.ts';
import { MEASURE_STATUSES } from './scoring.ts';

const measureId = z.string().min(1).max(100);
const status = z.enum(MEASURE_STATUSES);
/** Names of the answer's fields that changed; never their free text, which could name a patient. */
const ANSWER_FIELDS = ['status', 'comment', 'assignee', 'dueDate', 'priority', 'evidence'] as const;

/** The diagnostic's journal actions. */
export const checklistJournalEvents = defineJournalEvents({
  'checklist.measure_updated': {
    label: 'Mesure du diagnostic mise à jour',
    data: z.strictObject({
      measureId,
      fields: z.array(z.enum(ANSWER_FIELDS)),
      from: status.nullable(),
      /** Null: the answer was cleared (« sans réponse »). */
      to: status.nullable(),
      /** The first-pass question the status came from. */
      firstPassQuestion: z.string().min(1).max(100).optional(),
      /** Set when a person's answer starts (true) or stops (false) replacing what Hygie observed. */
      overridesObservation: z.boolean().optional(),
    }),
  },
  'checklist.referential_upgraded': {
    label: 'Référentiel du diagnostic mis à jour',
    data: z.strictObject({
      from: z.string().min(1),
      to: z.string().min(1),
      added: z.array(measureId),
      archived: z.array(measureId),
    }),
  },
  'checklist.exported': {
    label: 'Diagnostic exporté',
    data: z.strictObject({ document: z.enum(['checklist_pdf', 'checklist_xlsx', 'action_plan_pdf']) }),
  },
});

export type AnswerField = (typeof ANSWER_FIELDS)[number];
