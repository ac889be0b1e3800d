import { z } from '../../lib/zod.ts';
import { MEASURE_STATUSES } from '../checklist/scoring.ts';
import { ARTICLE_6_BASES, ARTICLE_9_CONDITIONS } from './register.types.ts';

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} attendu` })
    .trim()
    .min(1, `${label} à indiquer`)
    .max(max, `${label} trop long (${max.toLocaleString('fr-FR')} caractères au plus)`);
/** A text that may stay empty while the activity is being completed. */
const draftText = (label: string, max: number) =>
  z
    .string({ error: `${label} attendu` })
    .trim()
    .max(max, `${label} trop long (${max.toLocaleString('fr-FR')} caractères au plus)`);
const optionalText = (label: string, max: number) =>
  draftText(label, max)
    .nullish()
    .transform((v) => v || null);
const list = (label: string, max: number, itemMax: number) =>
  z.array(text(label, itemMax), { error: `liste de textes attendue (${label})` }).max(max, `${max} éléments au plus`);
export const kebabId = z
  .string({ error: 'identifiant attendu' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'identifiant en minuscules et tirets attendu')
  .max(80, 'identifiant trop long');
const flag = z.boolean({ error: 'vrai ou faux attendu' });

/** The controller as a client sends it; the practitioner's name is filled in by the server. */
export const controllerInput = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('practice') }),
    z.strictObject({ kind: z.literal('practitioner'), userId: text('praticien responsable', 100) }),
    z.strictObject({
      kind: z.literal('joint'),
      coControllers: list('nom du responsable conjoint', 20, 160),
      arrangement: optionalText('accord entre responsables conjoints', 2000),
    }),
  ],
  {
    error:
      'responsable invalide : practice (le cabinet), practitioner (un praticien nommé) ou joint (responsables conjoints)',
  },
);

export const legalBasisSchema = z.strictObject({
  article6: z
    .array(
      z.enum(ARTICLE_6_BASES, {
        error: 'base de l’article 6 inconnue : a, b, c, d, e ou f (lettre de l’article 6.1 du RGPD)',
      }),
    )
    .max(ARTICLE_6_BASES.length)
    .refine((l) => new Set(l).size === l.length, 'une base légale est en double'),
  article9: z
    .enum(ARTICLE_9_CONDITIONS, {
      error: 'condition de l’article 9 inconnue : a, b, c, f, h, i ou j (lettre de l’article 9.2 du RGPD), ou null',
    })
    .nullable(),
  detail: draftText('explication de la base légale', 2000),
});

export const dataCategorySchema = z.strictObject({
  label: text('nom de la catégorie de données', 160),
  health: flag,
  nir: flag,
  retention: draftText('durée de conservation', 500),
  retentionSource: draftText('source de la durée de conservation', 500),
  retentionRuleId: kebabId.nullish().transform((v) => v ?? null),
});

export const transferSchema = z.strictObject({
  recipient: draftText('destinataire du transfert', 200),
  country: draftText('pays du transfert', 120),
  safeguard: draftText('garantie du transfert', 500),
});

/** Every art. 30 field of an activity; an activity may be saved incomplete (empty lists). */
export const activityFieldsShape = {
  name: text('nom de l’activité', 120),
  description: optionalText('description', 1000),
  controller: controllerInput,
  purposes: list('finalité', 20, 300),
  legalBasis: legalBasisSchema,
  dataSubjects: list('personnes concernées', 20, 200),
  dataCategories: z.array(dataCategorySchema).max(40, '40 catégories de données au plus'),
  sources: list('origine des données', 20, 200),
  internalRecipients: list('destinataire interne', 20, 200),
  externalRecipients: list('destinataire externe', 30, 200),
  processors: list('sous-traitant', 30, 200),
  transfers: z.array(transferSchema).max(20, '20 transferts au plus'),
  securityMeasureIds: z
    .array(kebabId)
    .max(100)
    .refine((l) => new Set(l).size === l.length, 'une mesure est en double'),
  otherSecurityMeasures: optionalText('autres mesures de sécurité', 2000),
};

/** `POST /register/activities` and `PUT /register/activities/:id` (the whole activity). */
export const activityBody = z.strictObject(activityFieldsShape);
export type ActivityInput = z.output<typeof activityBody>;

export const activityParams = z.strictObject({ id: z.string().min(1).max(100) });

/** `POST /register/proposals`: the templates the practitioner ticked (the profile answers the rest). */
export const acceptProposalsBody = z.strictObject({
  templateIds: z
    .array(kebabId)
    .min(1, 'cochez au moins une activité')
    .max(50)
    .refine((l) => new Set(l).size === l.length, 'une activité est cochée deux fois'),
});

// ─── Responses ────────────────────────────────────────────────────────────────────────────────

const controllerResponse = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('practice') }),
  z.object({ kind: z.literal('practitioner'), userId: z.string(), name: z.string() }),
  z.object({ kind: z.literal('joint'), coControllers: z.array(z.string()), arrangement: z.string().nullable() }),
]);

const missingResponse = z.object({ field: z.string(), message: z.string() });

const measureStatusResponse = z.object({
  id: z.string(),
  title: z.string(),
  applies: z.boolean(),
  /** Null: « sans réponse » in the diagnostic. */
  status: z.enum(MEASURE_STATUSES).nullable(),
  /** « Fait », « À faire », « Sans réponse », « Ne s’applique pas »… */
  statusLabel: z.string(),
});

export const activityResponse = z.object({
  id: z.string(),
  number: z.number(),
  name: z.string(),
  description: z.string().nullable(),
  controller: controllerResponse,
  purposes: z.array(z.string()),
  legalBasis: z.object({
    article6: z.array(z.enum(ARTICLE_6_BASES)),
    article9: z.enum(ARTICLE_9_CONDITIONS).nullable(),
    detail: z.string(),
  }),
  legalBasisText: z.string(),
  dataSubjects: z.array(z.string()),
  dataCategories: z.array(
    z.object({
      label: z.string(),
      health: z.boolean(),
      nir: z.boolean(),
      retention: z.string(),
      retentionSource: z.string(),
      retentionRuleId: z.string().nullable(),
    }),
  ),
  sources: z.array(z.string()),
  internalRecipients: z.array(z.string()),
  externalRecipients: z.array(z.string()),
  processors: z.array(z.string()),
  transfers: z.array(z.object({ recipient: z.string(), country: z.string(), safeguard: z.string() })),
  securityMeasureIds: z.array(z.string()),
  otherSecurityMeasures: z.string().nullable(),
  /** The live status of each security measure in the practice's diagnostic. */
  securityMeasures: z.array(measureStatusResponse),
  status: z.enum(['active', 'archived']),
  templateId: z.string().nullable(),
  referentialVersion: z.string().nullable(),
  /** The choice Hygie recommends for this activity and its reason, in one sentence (from its template). */
  recommendation: z.string().nullable(),
  /** The point the template leaves open (« à vérifier »), when it has one. */
  templateNote: z.string().nullable(),
  /** When the practice kept Hygie's proposal on that point (null: still « à vérifier »). */
  openPointKeptAt: z.string().nullable(),
  controllerHint: z.string().nullable(),
  missing: z.array(missingResponse),
  complete: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  archivedAt: z.string().nullable(),
});

export const activityListResponse = z.object({
  activities: z.array(activityResponse),
  counts: z.object({ active: z.number(), toComplete: z.number(), archived: z.number() }),
  version: z.object({ version: z.number(), changedAt: z.string().nullable() }),
  /** Whether the caller may change the register (owner and practitioners). */
  canManage: z.boolean(),
  /** Practitioners who can be named controller of an activity. */
  practitioners: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Every checklist measure a security measure can point to. */
  measures: z.array(z.object({ id: z.string(), title: z.string() })),
});

export const proposalsResponse = z.object({
  referentialVersion: z.string(),
  proposals: z.array(
    z.object({
      templateId: z.string(),
      name: z.string(),
      description: z.string().nullable(),
      why: z.string(),
      /** The choice Hygie recommends and its reason, in one sentence. */
      recommendation: z.string(),
      /** The point the law leaves open, and Hygie's choice on it (kept by accepting), or null. */
      note: z.string().nullable(),
      /** An active activity of the register already comes from this template. */
      alreadyInRegister: z.boolean(),
    }),
  ),
});

export const acceptProposalsResponse = z.object({ created: z.array(activityResponse) });

export const importQuery = z.strictObject({
  mode: z
    .enum(['add', 'replace'], {
      error: 'mode invalide : add (ajouter au registre) ou replace (remplacer tout le registre)',
    })
    .default('add'),
});

export const importResponse = z.object({ imported: z.number(), replaced: z.number() });

export type RegisterListView = z.infer<typeof activityListResponse>;
export type ProposalsView = z.infer<typeof proposalsResponse>;
/** An activity body as a client writes it (before defaults and trimming). */
export type ActivityBodyInput = z.input<typeof activityBody>;
