import { z } from '../../lib/zod.ts';
import { defineJournalEvents } from '../journal/define-events.ts';
import { LETTER_TEMPLATES, REQUEST_KINDS, REQUEST_STATUSES, REQUESTER_TYPES } from './request-labels.ts';

const kind = z.enum(REQUEST_KINDS);
const status = z.enum(REQUEST_STATUSES);
const day = z.iso.date();

/** Fields a step may change; the journal records their names, never their values. */
export const REQUEST_UPDATE_FIELDS = [
  'status',
  'identityChecked',
  'receivedAt',
  'requester',
  'heirPurpose',
  'infoOlderThan5Years',
] as const;
export type RequestUpdateField = (typeof REQUEST_UPDATE_FIELDS)[number];

/**
 * The patient requests register's journal actions. Their data never holds the requester's name,
 * the extension's reason, the refusal's reason or the answer's text: kinds, statuses, days and
 * field names only.
 */
export const requestsJournalEvents = defineJournalEvents({
  'patient_request.registered': {
    label: 'Demande de patient enregistrée',
    data: z.strictObject({ kind, requesterType: z.enum(REQUESTER_TYPES), receivedAt: day, dueDate: day }),
  },
  'patient_request.updated': {
    label: 'Demande de patient mise à jour',
    data: z.strictObject({
      kind,
      fields: z.array(z.enum(REQUEST_UPDATE_FIELDS)).min(1),
      from: status,
      to: status,
      dueDate: day,
    }),
  },
  'patient_request.extended': {
    label: 'Délai de réponse prolongé',
    data: z.strictObject({ kind, dueDate: day, extendedDueDate: day }),
  },
  'patient_request.answered': {
    label: 'Réponse à une demande de patient',
    data: z.strictObject({
      kind,
      outcome: z.enum(['answered', 'refused']),
      answeredAt: day,
      late: z.boolean(),
    }),
  },
  'patient_request.letter_generated': {
    label: 'Courrier de demande de patient généré',
    data: z.strictObject({ kind, template: z.enum(LETTER_TEMPLATES) }),
  },
});
