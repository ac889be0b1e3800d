import { z } from '../../lib/zod.ts';
import { defineJournalEvents } from '../journal/define-events.ts';
import { VERDICTS } from './mail-analysis.types.ts';

/** The analyser's journal actions: only keeping and deleting a verdict; an analysis leaves no trace. */
export const mailAnalysisJournalEvents = defineJournalEvents({
  'mail_verdict.kept': {
    label: 'Verdict d’analyse d’e-mail conservé',
    data: z.strictObject({ verdict: z.enum(VERDICTS), findings: z.int().min(0) }),
  },
  'mail_verdict.deleted': {
    label: 'Verdict d’analyse d’e-mail supprimé',
    data: z.strictObject({ verdict: z.enum(VERDICTS) }),
  },
});
