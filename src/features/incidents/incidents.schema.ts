import { LIFECYCLE_STATES, withdrawalView } from '../../lib/lifecycle/lifecycle.ts';
import { isoInstant, z } from '../../lib/zod.ts';
import {
  INCIDENT_SCENARIOS,
  INCIDENT_STATUSES,
  LIMITS,
  PRACTICE_CONTACT_KINDS,
  STEP_KINDS,
} from './incident-labels.ts';

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} attendu` })
    .trim()
    .min(1, `${label} à indiquer`)
    .max(max, `${label} trop long (${max.toLocaleString('fr-FR')} caractères au plus)`);
const optionalText = (label: string, max: number, tooLong = 'trop long') =>
  z
    .string({ error: `${label} attendu` })
    .trim()
    .max(max, `${label} ${tooLong} (${max.toLocaleString('fr-FR')} caractères au plus)`)
    .nullish()
    .transform((value) => (value ? value : null));

const scenario = z.enum(INCIDENT_SCENARIOS, {
  error:
    'situation inconnue : ransomware (rançongiciel), phishing_opened (e-mail suspect ouvert), device_lost (appareil perdu ou volé), misdirected_message (message au mauvais destinataire), account_compromised (compte piraté), provider_breach (fuite chez un prestataire) ou other (autre)',
});
const id = z.string().min(1).max(100);
const instant = (label: string) => isoInstant(label).transform((value) => new Date(value).toISOString());

export const incidentParams = z.strictObject({ id });
export const contactParams = z.strictObject({ id });

/** `POST /incidents`: one click, the scenario only; a title and a summary may follow. */
export const createIncidentBody = z.strictObject({
  scenario,
  title: optionalText('titre', LIMITS.title).optional(),
  summary: optionalText('résumé', LIMITS.summary).optional(),
});
export type CreateIncidentInput = z.output<typeof createIncidentBody>;

/**
 * `PATCH /incidents/:id` (owner, practitioner): edit, close, record the complaint or the ARS report;
 * an absent field is unchanged, null clears it.
 */
export const updateIncidentBody = z
  .strictObject({
    title: optionalText('titre', LIMITS.title).optional(),
    summary: optionalText('résumé', LIMITS.summary).optional(),
    status: z.enum(INCIDENT_STATUSES, { error: 'statut invalide : open (en cours) ou closed (clos)' }).optional(),
    /** The complaint (the insurer's 72 hours, Code des assurances L. 12-10-1): its date and number. */
    complaintFiledAt: instant('date du dépôt de plainte').nullable().optional(),
    complaintNumber: optionalText('numéro de plainte', LIMITS.reference).optional(),
    /** The report of a serious incident to the ARS (CSP L. 1111-8-2). */
    arsReportedAt: instant('date du signalement à l’ARS').nullable().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'indiquez au moins une modification');
export type UpdateIncidentInput = z.output<typeof updateIncidentBody>;

/**
 * `POST /incidents/:id/steps`: tick or untick a gesture (`gestureId`), write a note or a decision
 * (`text`), record a call (`contactId`, a national or a practice contact). Which field each kind
 * needs is checked by the service, against the playbook.
 */
export const addStepBody = z.strictObject({
  kind: z.enum(STEP_KINDS, {
    error:
      'type d’étape inconnu : step_done (geste fait), step_undone (geste décoché), note, decision (décision) ou contact_called (contact appelé)',
  }),
  gestureId: z.string({ error: 'identifiant de geste attendu' }).max(100, 'identifiant de geste trop long').optional(),
  contactId: z
    .string({ error: 'identifiant de contact attendu' })
    .max(100, 'identifiant de contact trop long')
    .optional(),
  text: optionalText('texte', LIMITS.text).optional(),
});
export type AddStepInput = z.output<typeof addStepBody>;

const phone = z
  .string({ error: 'numéro de téléphone attendu' })
  .trim()
  .max(LIMITS.phone, `numéro de téléphone trop long (${LIMITS.phone} caractères au plus)`)
  .regex(/^(\+?[\d .()-]*\d[\d .()-]*)?$/, {
    error: 'numéro de téléphone invalide : des chiffres, des espaces et éventuellement « + » au début',
  })
  .nullish()
  .transform((value) => (value ? value : null));
const email = z
  .union([
    z.literal(''),
    z.email({ error: 'adresse e-mail invalide, par exemple contact@prestataire.fr' }).max(LIMITS.email),
  ])
  .nullish()
  .transform((value) => (value ? value : null));

/** `POST /contacts` and `PUT /contacts/:id` (owner, practitioner). */
export const contactBody = z.strictObject({
  kind: z.enum(PRACTICE_CONTACT_KINDS, {
    error:
      'type de contact inconnu : it_provider (prestataire informatique), software_support (support du logiciel), insurer (assureur), lawyer (avocat), dpo (délégué à la protection des données), bank (banque) ou other (autre)',
  }),
  name: text('nom du contact', LIMITS.contactName),
  phone: phone.optional(),
  email: email.optional(),
  notes: optionalText('remarques', LIMITS.notes, 'trop longues').optional(),
});
export type ContactInput = z.output<typeof contactBody>;

const author = z.object({ id: z.string().nullable(), name: z.string() });

export const practiceContactResponse = z.object({
  id: z.string(),
  kind: z.enum(PRACTICE_CONTACT_KINDS),
  kindLabel: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  /** The number to dial in a `tel:` link (digits and a leading +), or null. */
  tel: z.string().nullable(),
  email: z.string().nullable(),
  notes: z.string().nullable(),
  updatedAt: z.string(),
});

export const nationalContactResponse = z.object({
  id: z.string(),
  name: z.string(),
  purpose: z.string(),
  phone: z.string().nullable(),
  tel: z.string().nullable(),
  phoneNote: z.string().nullable(),
  links: z.array(z.object({ label: z.string(), url: z.string() })),
  howTo: z.string().nullable(),
  confidence: z.enum(['high', 'medium']),
  source: z.array(z.object({ label: z.string(), url: z.string().optional() })),
});

export const contactsResponse = z.object({
  contacts: z.array(practiceContactResponse),
  national: z.array(nationalContactResponse),
  canManage: z.boolean(),
});

export const timelineEventResponse = z.object({
  id: z.string(),
  seq: z.number(),
  kind: z.string(),
  /** French label of the kind, e.g. « Geste fait ». */
  label: z.string(),
  at: z.string(),
  author,
  gestureId: z.string().nullable(),
  /** The gesture's text when `gestureId` is one of the playbook's. */
  gestureText: z.string().nullable(),
  contactId: z.string().nullable(),
  contactName: z.string().nullable(),
  text: z.string().nullable(),
  data: z.record(z.string(), z.unknown()).nullable(),
});

export const incidentSummaryResponse = z.object({
  id: z.string(),
  scenario: z.enum(INCIDENT_SCENARIOS),
  scenarioTitle: z.string(),
  status: z.enum(INCIDENT_STATUSES),
  title: z.string().nullable(),
  raisedBy: author,
  raisedAt: z.string(),
  closedAt: z.string().nullable(),
  /** The shared lifecycle (src/lib/lifecycle): open, closed or withdrawn (« retiré »). */
  state: z.enum(LIFECYCLE_STATES),
  stateLabel: z.string(),
  withdrawal: withdrawalView,
  /** An attack: raised + 72 hours to file a complaint for the insurer (Code des assurances L. 12-10-1); null otherwise or once withdrawn. */
  insurerComplaintDeadline: z.string().nullable(),
  insurerComplaintDeadlineText: z.string().nullable(),
  /** « dans les délais » or « hors délai » once the complaint date is recorded. */
  complaintTimingLabel: z.string().nullable(),
  complaintFiledAt: z.string().nullable(),
  updatedAt: z.string(),
  gesturesDone: z.number(),
  gesturesTotal: z.number(),
});

export const incidentResponse = incidentSummaryResponse.extend({
  summary: z.string().nullable(),
  playbook: z.object({
    title: z.string(),
    hint: z.string(),
    gestures: z.array(
      z.object({
        id: z.string(),
        text: z.string(),
        detail: z.string().nullable(),
        doneAt: z.string().nullable(),
        doneBy: z.string().nullable(),
      }),
    ),
    doNot: z.array(z.string()),
    source: z.array(z.object({ label: z.string(), url: z.string().optional() })),
  }),
  contacts: z.array(nationalContactResponse),
  practiceContacts: z.array(practiceContactResponse),
  timeline: z.array(timelineEventResponse),
  canManage: z.boolean(),
  /** The caller may withdraw it: its author or the owner, while not withdrawn. */
  canWithdraw: z.boolean(),
  complaintNumber: z.string().nullable(),
  /** When the serious incident was reported to the ARS, and whether the structure must report it (ars-report.ts). */
  arsReportedAt: z.string().nullable(),
  arsReportExpected: z.boolean(),
});
export type IncidentView = z.infer<typeof incidentResponse>;
export type IncidentSummaryView = z.infer<typeof incidentSummaryResponse>;
export type NationalContactView = z.infer<typeof nationalContactResponse>;
export type PracticeContactView = z.infer<typeof practiceContactResponse>;
export type TimelineEventView = z.infer<typeof timelineEventResponse>;

export const incidentListResponse = z.object({ incidents: z.array(incidentSummaryResponse) });

/** The playbooks for the choice page and the web: what `GET /incidents/playbooks` returns. */
export const playbooksResponse = z.object({
  version: z.string(),
  playbooks: z.array(
    z.object({
      scenario: z.enum(INCIDENT_SCENARIOS),
      title: z.string(),
      choice: z.string(),
      hint: z.string(),
    }),
  ),
});
