import { isoDay, z } from '../../lib/zod.ts';
import {
  HEIR_PURPOSES,
  LETTER_TEMPLATES,
  REQUEST_KINDS,
  REQUEST_STATUSES,
  REQUESTER_TYPES,
  STEP_STATUSES,
} from './request-labels.ts';

const day = isoDay;
const text = (label: string, max: number) =>
  z
    .string({ error: `${label} attendu` })
    .trim()
    .min(1, `${label} à indiquer`)
    .max(max, `${label} trop long (${max.toLocaleString('fr-FR')} caractères au plus)`);

const kind = z.enum(REQUEST_KINDS, {
  error:
    'type de demande inconnu : medical_file (dossier médical), access (accès), rectification, erasure (effacement), restriction (limitation), objection (opposition) ou portability (portabilité)',
});
const requesterType = z.enum(REQUESTER_TYPES, {
  error: 'demandeur inconnu : patient, representative (représentant légal) ou heir (ayant droit)',
});
const heirPurpose = z.enum(HEIR_PURPOSES, {
  error:
    'motif de l’ayant droit inconnu : causes_of_death (connaître les causes de la mort), defend_memory (défendre la mémoire du défunt) ou assert_rights (faire valoir ses droits)',
});

/** Who asks. `name` is, by default, the practice software's patient number and initials. */
export const requesterSchema = z.strictObject({
  type: requesterType,
  name: text('nom ou référence du demandeur', 120),
});

export const requestParams = z.strictObject({ id: z.string().min(1).max(100) });
export const letterParams = z.strictObject({ id: z.string().min(1).max(100), template: z.string().max(100) });

/** `POST /requests`. Cross-field rules (heir purpose, future day) are checked by the service. */
export const createRequestBody = z.strictObject({
  kind,
  receivedAt: day('date de réception'),
  requester: requesterSchema,
  heirPurpose: heirPurpose.nullish(),
  infoOlderThan5Years: z.boolean({ error: 'vrai ou faux attendu' }).optional(),
  identityChecked: z.boolean({ error: 'vrai ou faux attendu' }).optional(),
});
export type CreateRequestInput = z.output<typeof createRequestBody>;

/** `PATCH /requests/:id`: the administrative steps and corrections; an absent field is unchanged. */
export const updateRequestBody = z
  .strictObject({
    status: z
      .enum(STEP_STATUSES, {
        error:
          'étape invalide : received (reçue), identity_check (identité à vérifier) ou in_progress (en cours) ; la prolongation et la réponse ont leurs propres actions',
      })
      .optional(),
    identityChecked: z.boolean({ error: 'vrai ou faux attendu' }).optional(),
    receivedAt: day('date de réception').optional(),
    requester: requesterSchema.optional(),
    heirPurpose: heirPurpose.nullish(),
    infoOlderThan5Years: z.boolean({ error: 'vrai ou faux attendu' }).optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'indiquez au moins une modification');
export type UpdateRequestInput = z.output<typeof updateRequestBody>;

/** `POST /requests/:id/extend`: the reason told to the person. */
export const extendRequestBody = z.strictObject({
  reason: text('motif de la prolongation', 2000),
});

/** `POST /requests/:id/answer`: the answer (or the refusal and its reason) and the day it was sent. */
export const answerRequestBody = z.strictObject({
  outcome: z.enum(['answered', 'refused'], { error: 'issue invalide : answered (répondue) ou refused (refusée)' }),
  answer: z
    .string({ error: 'texte de la réponse attendu' })
    .trim()
    .max(5000, 'réponse trop longue (5 000 caractères au plus)')
    .optional()
    .transform((v) => v ?? ''),
  refusalReason: text('motif du refus', 2000).nullish(),
  answeredAt: day('date de la réponse'),
});
export type AnswerRequestInput = z.output<typeof answerRequestBody>;

export const listRequestsQuery = z.strictObject({
  status: z
    .enum(REQUEST_STATUSES, {
      error: 'statut inconnu : received, identity_check, in_progress, answered, refused ou extended',
    })
    .optional(),
  overdue: z
    .enum(['true', 'false'], { error: 'true ou false attendu' })
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
});

export const requestResponse = z.object({
  id: z.string(),
  kind: z.enum(REQUEST_KINDS),
  kindLabel: z.string(),
  legalBasis: z.string(),
  receivedAt: z.string(),
  requester: z.object({ type: z.enum(REQUESTER_TYPES), typeLabel: z.string(), name: z.string() }),
  heirPurpose: z.enum(HEIR_PURPOSES).nullable(),
  identityChecked: z.boolean(),
  status: z.enum(REQUEST_STATUSES),
  statusLabel: z.string(),
  infoOlderThan5Years: z.boolean(),
  alsaceMoselle: z.boolean(),
  earliestAnswerAt: z.string().optional(),
  dueDate: z.string(),
  extendedDueDate: z.string().optional(),
  /** The last day to answer now (the extended one once extended). */
  currentDueDate: z.string(),
  /** How the dates were computed, in French, citing the rule. */
  dueRule: z.string(),
  extension: z.object({ at: z.string(), reason: z.string() }).optional(),
  /** The answer's content: only for the roles that may answer (owner, practitioner). */
  answer: z.string().optional(),
  answeredAt: z.string().optional(),
  refusalReason: z.string().optional(),
  answeredLate: z.boolean().optional(),
  open: z.boolean(),
  overdue: z.boolean(),
  dueSoon: z.boolean(),
  /** Days until the current due date (negative once overdue); absent once closed. */
  daysLeft: z.number().optional(),
  canExtend: z.boolean(),
  letters: z.array(z.enum(LETTER_TEMPLATES)),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RequestView = z.infer<typeof requestResponse>;

export const requestListResponse = z.object({
  today: z.string(),
  requests: z.array(requestResponse),
});
