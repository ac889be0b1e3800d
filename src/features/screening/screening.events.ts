import { z } from '../../lib/zod.ts';
import { defineJournalEvents } from '../journal/define-events.ts';
import { SCREENING_KINDS, SCREENING_RESULTS } from './screening.ts';

const result = z.enum(SCREENING_RESULTS);

/** The DPO and DPIA screening's journal action: which questionnaire, its result, and the previous one when revisited. */
export const screeningJournalEvents = defineJournalEvents({
  'screening.recorded': {
    label: 'Évaluation DPO ou AIPD enregistrée',
    data: z.strictObject({ kind: z.enum(SCREENING_KINDS), result, previous: result.nullable() }),
  },
});
