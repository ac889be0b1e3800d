import { z } from '../../lib/zod.ts';
import { defineJournalEvents } from '../journal/define-events.ts';

/** The compliance file's journal actions: who produced it, in which form. */
export const dossierJournalEvents = defineJournalEvents({
  'dossier.generated': {
    label: 'Dossier de conformité établi',
    data: z.strictObject({ format: z.enum(['pdf', 'zip']) }),
  },
});
