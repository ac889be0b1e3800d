import { z } from '../../lib/zod.ts';
import { SCREENING_KINDS, SCREENING_RESULTS, SCREENING_STRUCTURES } from './screening.ts';

const yesNo = z.boolean({ error: 'vrai ou faux attendu' });

/** `POST /screening/dpo` and `POST /screening/dpia`: the questionnaire's answers and an optional comment. */
export const screeningBody = z.strictObject({
  structure: z.enum(SCREENING_STRUCTURES, {
    error:
      'type de structure inconnu : solo (exercice seul), group (cabinet de groupe), msp (maison de santé), health_center (centre de santé), network (réseau de professionnels), pharmacy (officine) ou laboratory (laboratoire)',
  }),
  /** Pharmacy or laboratory only: one professional practises there alone. */
  individual: yesNo.nullish().transform((v) => v ?? null),
  sharedRecords: yesNo,
  sharedInformationSystem: yesNo,
  patientsPerYear: z
    .int({ error: 'nombre entier de patients attendu' })
    .min(0, 'le nombre de patients ne peut pas être négatif')
    .max(10_000_000, 'nombre de patients trop grand (10 millions au plus)')
    .nullish()
    .transform((v) => v ?? null),
  note: z
    .string({ error: 'commentaire : texte attendu' })
    .trim()
    .max(2000, 'commentaire trop long (2 000 caractères au plus)')
    .nullish()
    .transform((v) => v || null),
});
export type ScreeningInput = z.output<typeof screeningBody>;

const answersResponse = z.object({
  structure: z.enum(SCREENING_STRUCTURES),
  individual: z.boolean().nullable(),
  sharedRecords: z.boolean(),
  sharedInformationSystem: z.boolean(),
  patientsPerYear: z.number().nullable(),
});

const reasonResponse = z.object({ text: z.string(), sources: z.array(z.object({ label: z.string() })) });

export const decisionResponse = z.object({
  id: z.string(),
  kind: z.enum(SCREENING_KINDS),
  number: z.number(),
  answers: answersResponse,
  result: z.enum(SCREENING_RESULTS),
  summary: z.string(),
  reasons: z.array(reasonResponse),
  note: z.string().nullable(),
  decidedBy: z.string(),
  decidedAt: z.string(),
});
export type DecisionView = z.infer<typeof decisionResponse>;

const questionnaireResponse = z.object({
  /** The latest decision, null until the questionnaire is first answered. */
  current: decisionResponse.nullable(),
  /** Every decision, the most recent first (the current one included). */
  history: z.array(decisionResponse),
});

export const screeningResponse = z.object({
  dpo: questionnaireResponse,
  dpia: questionnaireResponse,
  /** The DPO of the practice profile (page « Cabinet »), when designated. */
  dpoContact: z.object({ name: z.string(), email: z.string().nullable(), phone: z.string().nullable() }).nullable(),
  /** Starting answers from the practice profile, for a first questionnaire. */
  suggestedAnswers: answersResponse,
  /** What to do now, in plain French (e.g. a DPO required but none designated). */
  alerts: z.array(z.string()),
});
export type ScreeningView = z.infer<typeof screeningResponse>;
