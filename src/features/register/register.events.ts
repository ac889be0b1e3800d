import { z } from '../../lib/zod.ts';
import { defineJournalEvents } from '../journal/define-events.ts';

/** The activity fields a change may touch; the journal records their names, never their values. */
export const ACTIVITY_FIELDS = [
  'name',
  'description',
  'controller',
  'purposes',
  'legalBasis',
  'dataSubjects',
  'dataCategories',
  'sources',
  'internalRecipients',
  'externalRecipients',
  'processors',
  'transfers',
  'securityMeasureIds',
  'otherSecurityMeasures',
] as const;
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];

const number = z.int().positive();
const templateId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .max(80)
  .nullable();
const count = z.int().min(0);

/**
 * The register's journal actions. Their data never hold free text (names, purposes, recipients…):
 * activity numbers, template ids, field names, counts and formats only.
 */
export const registerJournalEvents = defineJournalEvents({
  'register.activity_created': {
    label: 'Activité ajoutée au registre',
    data: z.strictObject({ number, templateId, origin: z.enum(['manual', 'proposal', 'duplicate']) }),
  },
  'register.activity_updated': {
    label: 'Activité du registre modifiée',
    data: z.strictObject({ number, fields: z.array(z.enum(ACTIVITY_FIELDS)).min(1) }),
  },
  'register.proposal_kept': {
    label: 'Proposition de Hygie gardée pour une activité du registre',
    data: z.strictObject({ number, templateId: templateId.unwrap() }),
  },
  'register.activity_archived': { label: 'Activité du registre archivée', data: z.strictObject({ number }) },
  'register.activity_restored': { label: 'Activité du registre rétablie', data: z.strictObject({ number }) },
  'register.exported': {
    label: 'Registre exporté',
    data: z.strictObject({ format: z.enum(['pdf', 'xlsx', 'json']), count }),
  },
  'register.imported': {
    label: 'Registre importé',
    data: z.strictObject({ mode: z.enum(['add', 'replace']), count, replaced: count }),
  },
});
