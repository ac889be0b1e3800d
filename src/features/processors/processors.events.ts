import { z } from '../../lib/zod.ts';
import { defineJournalEvents } from '../journal/define-events.ts';
import { WARNING_CODES } from './processor.ts';

/** Fields a change of processor may touch; the journal records their names, not their values. */
export const PROCESSOR_FIELDS = [
  'name',
  'service',
  'contact',
  'activityIds',
  'hostsHealthData',
  'hostingInEea',
  'hdsCertificate',
  'dpaSignedOn',
  'contractEndsOn',
  'clauses',
] as const;
export type ProcessorField = (typeof PROCESSOR_FIELDS)[number];

const warnings = z.array(z.enum(WARNING_CODES));

/** The processors' journal actions: what changed and which warnings remain, never a patient's data. */
export const processorsJournalEvents = defineJournalEvents({
  'processor.created': {
    label: 'Sous-traitant ajouté',
    data: z.strictObject({ hostsHealthData: z.boolean(), hostingInEea: z.boolean(), warnings }),
  },
  'processor.updated': {
    label: 'Sous-traitant modifié',
    data: z.strictObject({ fields: z.array(z.enum(PROCESSOR_FIELDS)).min(1), warnings }),
  },
  'processor.deleted': {
    label: 'Sous-traitant supprimé',
    data: z.strictObject({}),
  },
});
