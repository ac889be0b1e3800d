import { withdrawalView } from '../../lib/lifecycle/lifecycle.ts';
import { isoInstant, z } from '../../lib/zod.ts';
import {
  BREACH_DOCUMENTS,
  BREACH_NATURES,
  BREACH_ORIGINS,
  BREACH_STATUSES,
  CAUSE_INTENTS,
  CAUSE_SOURCES,
  DATA_CATEGORIES,
  PEOPLE_CATEGORIES,
} from './breach-labels.ts';
import { CIRCUMSTANCE_VALUES, DPC_VALUES, EI_VALUES, SEVERITY_FLAGS, SEVERITY_LEVELS } from './severity.ts';
import { countSchema, severityFactorsSchema, severityFactorsShape, severityInputSchema } from './severity-input.ts';

/** Lengths of the free texts. */
export const TEXT_LIMITS = { text: 4000, reference: 100, evidence: 500, evidenceItems: 50 } as const;

/** An instant with its offset (`2026-03-27T09:00:00Z`, `2026-03-27T10:00:00+01:00`), normalised to UTC. */
const instant = (label: string) => isoInstant(label).transform((value) => new Date(value).toISOString());

/** A free text: trimmed, an empty text becomes null. */
const text = (label: string, max: number = TEXT_LIMITS.text) =>
  z
    .string({ error: `${label} : texte attendu` })
    .trim()
    .max(max, `${label} trop long (${max.toLocaleString('fr-FR')} caractères au plus)`)
    .transform((value) => (value === '' ? null : value))
    .nullable();

/** A list of choices, each at most once. */
const choices = <T extends readonly [string, ...string[]]>(values: T, error: string) =>
  z
    .array(z.enum(values, { error }), { error: `liste attendue : ${values.join(', ')}` })
    .max(values.length * 2)
    .transform((list) => [...new Set(list)]);

/** The content fields of a breach; an absent field is unchanged, null clears it. */
const contentShape = {
  description: text('description').optional(),
  natures: choices(
    BREACH_NATURES,
    'nature inconnue : confidentiality (confidentialité), integrity (intégrité) ou availability (disponibilité)',
  ).optional(),
  origin: z
    .enum(BREACH_ORIGINS, { error: `origine inconnue : ${BREACH_ORIGINS.join(', ')}` })
    .nullable()
    .optional(),
  cause: z
    .strictObject({
      source: z
        .enum(CAUSE_SOURCES, { error: 'origine de la cause inconnue : internal (interne) ou external (externe)' })
        .nullable(),
      intent: z
        .enum(CAUSE_INTENTS, {
          error: 'intention inconnue : malicious (malveillante), accidental (accidentelle) ou unknown (inconnue)',
        })
        .nullable(),
    })
    .optional(),
  dataCategories: choices(DATA_CATEGORIES, `catégorie de données inconnue : ${DATA_CATEGORIES.join(', ')}`).optional(),
  peopleCategories: choices(
    PEOPLE_CATEGORIES,
    `catégorie de personnes inconnue : ${PEOPLE_CATEGORIES.join(', ')}`,
  ).optional(),
  peopleCount: countSchema('nombre approximatif de personnes concernées').nullable().optional(),
  recordsCount: countSchema('nombre approximatif d’enregistrements concernés').nullable().optional(),
  consequences: text('conséquences probables').optional(),
  measuresTaken: text('mesures prises').optional(),
  measuresPlanned: text('mesures envisagées').optional(),
  unintelligible: z.boolean({ error: 'données inintelligibles : true, false ou null attendu' }).nullable().optional(),
  unintelligibleHow: text('comment les données étaient rendues inintelligibles').optional(),
  subsequentMeasures: text('mesures ultérieures qui rendent le risque élevé improbable (article 34.3.b)').optional(),
  disproportionateEffort: text(
    'pourquoi informer chaque personne exigerait des efforts disproportionnés (article 34.3.c)',
  ).optional(),
  evidence: z
    .array(
      z
        .string({ error: 'preuve : texte attendu' })
        .trim()
        .min(1, 'preuve vide')
        .max(TEXT_LIMITS.evidence, `preuve trop longue (${TEXT_LIMITS.evidence} caractères au plus)`),
      { error: 'liste des preuves attendue' },
    )
    .max(TEXT_LIMITS.evidenceItems, `${TEXT_LIMITS.evidenceItems} preuves au plus`)
    .optional(),
  startedAt: instant('date de début').nullable().optional(),
  discoveredAt: instant('date de découverte').nullable().optional(),
  awareAt: instant('date de prise de connaissance').optional(),
};

/** `POST /breaches`: a draft may hold only `{ awareAt }` (or nothing: now). */
export const createBreachBody = z.strictObject(contentShape);
export type CreateBreachInput = z.output<typeof createBreachBody>;

/** `POST /incidents/:id/breach`: awareness is now unless given. */
export const qualifyIncidentBody = z.strictObject({ awareAt: instant('date de prise de connaissance').optional() });

const expertSchema = z.strictObject({
  ...severityFactorsShape,
  justification: z
    .string({ error: 'justification attendue' })
    .trim()
    .min(1, 'justification à écrire : expliquez pourquoi vous ajustez les facteurs')
    .max(
      TEXT_LIMITS.text,
      `justification trop longue (${TEXT_LIMITS.text.toLocaleString('fr-FR')} caractères au plus)`,
    ),
});

const decisionSchema = z.strictObject({
  notifyAuthority: z.boolean({ error: 'notifier la CNIL : true ou false attendu' }),
  informSubjects: z.boolean({ error: 'informer les personnes : true ou false attendu' }),
  reasons: text('raisons de la décision').optional(),
});

/** `PUT /breaches/:id`: every field optional (absent = unchanged, null = cleared). */
export const updateBreachBody = z.strictObject({
  ...contentShape,
  severityAnswers: severityFactorsSchema.nullable().optional(),
  severityExpert: expertSchema.nullable().optional(),
  decision: decisionSchema.optional(),
  delayReasons: text('raisons du retard').optional(),
  cnilNotifiedAt: instant('date de notification à la CNIL').nullable().optional(),
  cnilReceiptNumber: text('numéro de récépissé de la CNIL', TEXT_LIMITS.reference).optional(),
  complementaryNotifiedAt: instant('date de la notification complémentaire').nullable().optional(),
  subjectsInformedAt: instant('date d’information des personnes').nullable().optional(),
  complaintFiledAt: instant('date du dépôt de plainte').nullable().optional(),
  complaintNumber: text('numéro de plainte', TEXT_LIMITS.reference).optional(),
  arsReportedAt: instant('date du signalement à l’ARS').nullable().optional(),
});
export type UpdateBreachInput = z.output<typeof updateBreachBody>;
/** What a client sends to `PUT /breaches/:id`. */
export type UpdateBreachRequest = z.input<typeof updateBreachBody>;

export const breachParams = z.strictObject({ id: z.string().min(1).max(100) });
/** `:doc` is checked after the breach (so another practice's breach is a 404 whatever the document). */
export const documentParams = z.strictObject({ id: z.string().min(1).max(100), doc: z.string().min(1).max(100) });

export { severityInputSchema as severityBody };

const factorsView = z.object({
  dpc: z.literal(DPC_VALUES),
  ei: z.literal(EI_VALUES),
  confidentiality: z.literal(CIRCUMSTANCE_VALUES),
  integrity: z.literal(CIRCUMSTANCE_VALUES),
  availability: z.literal(CIRCUMSTANCE_VALUES),
  malicious: z.boolean(),
});

export const severityResponse = z.object({
  score: z.number(),
  level: z.enum(SEVERITY_LEVELS),
  notifyAuthority: z.boolean(),
  informSubjects: z.boolean(),
  flags: z.array(z.enum(SEVERITY_FLAGS)),
  reasons: z.array(z.string()),
});

export const breachResponse = z.object({
  id: z.string(),
  incidentId: z.string().nullable(),
  status: z.enum(BREACH_STATUSES),
  statusLabel: z.string(),
  /** One line for lists: origin and awareness. */
  title: z.string(),
  description: z.string().nullable(),
  natures: z.array(z.enum(BREACH_NATURES)),
  origin: z.enum(BREACH_ORIGINS).nullable(),
  cause: z.object({ source: z.enum(CAUSE_SOURCES).nullable(), intent: z.enum(CAUSE_INTENTS).nullable() }),
  dataCategories: z.array(z.enum(DATA_CATEGORIES)),
  peopleCategories: z.array(z.enum(PEOPLE_CATEGORIES)),
  peopleCount: z.number().nullable(),
  recordsCount: z.number().nullable(),
  consequences: z.string().nullable(),
  measuresTaken: z.string().nullable(),
  measuresPlanned: z.string().nullable(),
  unintelligible: z.boolean().nullable(),
  unintelligibleHow: z.string().nullable(),
  subsequentMeasures: z.string().nullable(),
  disproportionateEffort: z.string().nullable(),
  evidence: z.array(z.string()),
  startedAt: z.string().nullable(),
  discoveredAt: z.string().nullable(),
  awareAt: z.string(),
  /** awareAt + 72 hours, ISO 8601 UTC. */
  notificationDeadline: z.string(),
  /** The deadline on the Paris clock, « 30/03/2026 à 11:00 ». */
  notificationDeadlineText: z.string(),
  /** The CNIL clock still runs (not notified, no decision not to notify). */
  clockRuns: z.boolean(),
  deadlinePassed: z.boolean(),
  severityAnswers: factorsView.nullable(),
  severityExpert: z
    .object({ factors: factorsView, justification: z.string(), by: z.string(), at: z.string() })
    .nullable(),
  /** The ENISA result of the effective factors (the expert's when adjusted), null before any assessment. */
  severity: severityResponse.extend({ factors: factorsView, adjustedByExpert: z.boolean() }).nullable(),
  decision: z
    .object({
      notifyAuthority: z.boolean(),
      informSubjects: z.boolean(),
      reasons: z.string().nullable(),
      score: z.number(),
      level: z.enum(SEVERITY_LEVELS),
      recommended: z.object({ notifyAuthority: z.boolean(), informSubjects: z.boolean() }),
      followsRecommendation: z.boolean(),
      decidedAt: z.string(),
      decidedBy: z.string(),
    })
    .nullable(),
  delayReasons: z.string().nullable(),
  cnilNotifiedAt: z.string().nullable(),
  cnilReceiptNumber: z.string().nullable(),
  /** The CNIL was notified after the 72 hours. */
  notifiedLate: z.boolean(),
  complementaryNotifiedAt: z.string().nullable(),
  subjectsInformedAt: z.string().nullable(),
  complaintFiledAt: z.string().nullable(),
  complaintNumber: z.string().nullable(),
  /** Breach from an attack: awareness + 72 hours to file a complaint for the insurer (Code des assurances L. 12-10-1); null otherwise. */
  insurerComplaintDeadline: z.string().nullable(),
  /** The same deadline on the Paris clock. */
  insurerComplaintDeadlineText: z.string().nullable(),
  /** « dans les délais » or « hors délai » once the complaint date is recorded. */
  complaintTimingLabel: z.string().nullable(),
  /** When the serious incident was reported to the ARS (CSP L. 1111-8-2), or null. */
  arsReportedAt: z.string().nullable(),
  /** The practice's structure must report serious incidents to the ARS « sans délai » (ars-report.ts). */
  arsReportExpected: z.boolean(),
  /** The lowest data context the practice's patients can score, and why (dpc-minimum.ts); null without a practice. */
  dpcMinimum: z
    .object({ minimum: z.literal(DPC_VALUES), reasons: z.array(z.string()), sources: z.array(z.string()) })
    .nullable(),
  /** Withdrawn (« retirée »): when, by whom and why; null otherwise (src/lib/lifecycle). */
  withdrawal: withdrawalView,
  documents: z.array(z.object({ id: z.enum(BREACH_DOCUMENTS), label: z.string(), pdf: z.string(), txt: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type BreachView = z.infer<typeof breachResponse>;

export const breachListResponse = z.object({ breaches: z.array(breachResponse) });
