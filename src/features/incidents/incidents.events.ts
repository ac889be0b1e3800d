import { z } from '../../lib/zod.ts';
import { defineJournalEvents } from '../journal/define-events.ts';
import { INCIDENT_SCENARIOS, PRACTICE_CONTACT_KINDS, STEP_KINDS } from './incident-labels.ts';

const scenario = z.enum(INCIDENT_SCENARIOS);
const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .max(100);
const contactKind = z.enum(PRACTICE_CONTACT_KINDS);

/** The fields `PATCH /incidents/:id` changes; the journal names them, never their values. */
export const INCIDENT_UPDATE_FIELDS = [
  'title',
  'summary',
  'status',
  'complaintFiledAt',
  'complaintNumber',
  'arsReportedAt',
] as const;

/**
 * The incident mode's journal actions. The incident is the entry's subject; `data` holds ids and
 * enumerations only — never a note's or a decision's text, which may name a patient.
 */
export const incidentsJournalEvents = defineJournalEvents({
  'incident.raised': {
    label: 'Incident signalé',
    data: z.strictObject({ scenario }),
  },
  'incident.step_recorded': {
    label: 'Étape d’incident enregistrée',
    data: z.strictObject({
      kind: z.enum(STEP_KINDS),
      gestureId: kebabId.optional(),
      contactId: z.string().min(1).max(100).optional(),
    }),
  },
  'incident.updated': {
    label: 'Incident modifié',
    data: z.strictObject({
      fields: z.array(z.enum(INCIDENT_UPDATE_FIELDS)).min(1),
      status: z.enum(['open', 'closed']),
    }),
  },
  'incident.withdrawn': {
    label: 'Incident retiré (ce n’en était pas un)',
    data: z.strictObject({ status: z.enum(['open', 'closed']) }),
  },
  'incident.fiche_reflexe_downloaded': {
    label: 'Fiche réflexe téléchargée',
    data: z.strictObject({}),
  },
  'contact.created': {
    label: 'Contact utile ajouté',
    data: z.strictObject({ kind: contactKind }),
  },
  'contact.updated': {
    label: 'Contact utile modifié',
    data: z.strictObject({ kind: contactKind }),
  },
  'contact.deleted': {
    label: 'Contact utile supprimé',
    data: z.strictObject({ kind: contactKind }),
  },
});
