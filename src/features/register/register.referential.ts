import { ReferentialError, type ReferentialIssue } from '../../lib/referential/errors.ts';
import {
  defaultReferentialDir,
  defineReferential,
  loadReferential,
  type ReferentialEntry,
} from '../../lib/referential/loader.ts';
import { PROFESSIONS, STRUCTURE_TYPES } from '../../lib/referential/professions.ts';
import { z } from '../../lib/zod.ts';
import { measuresReferential } from '../checklist/checklist.referential.ts';
import { retentionRulesReferential } from '../retention/retention.referential.ts';
import { ARTICLE_6_BASES, ARTICLE_9_CONDITIONS } from './register.types.ts';

// Imported from the referential's own modules, not its index: the index lists this definition.

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  error: 'identifiant en minuscules et tirets attendu, par exemple « rendez-vous »',
});
const sentence = (max: number) => z.string().trim().min(1).max(max);
const sentences = (max: number) => z.array(sentence(max)).min(1);

/** Which practices a template concerns; absent conditions are no condition (see the file's header). */
export const templateConditionsSchema = z.strictObject({
  professions: z.array(z.enum(PROFESSIONS)).min(1).optional(),
  structureTypes: z.array(z.enum(STRUCTURE_TYPES)).min(1).optional(),
  staff: z.literal(true).optional(),
  teleconsultation: z.literal(true).optional(),
  website: z.literal(true).optional(),
  videoSurveillance: z.literal(true).optional(),
});

/** A data category: its retention comes from a rule of `retention-rules.yaml` or from a sourced text. */
export const templateCategorySchema = z
  .strictObject({
    label: sentence(160),
    health: z.boolean(),
    nir: z.boolean(),
    retentionRule: kebabId.optional(),
    retention: sentence(300).optional(),
    retentionSource: sentence(300).optional(),
  })
  .refine(
    (c) =>
      c.retentionRule !== undefined
        ? c.retention === undefined && c.retentionSource === undefined
        : c.retention !== undefined && c.retentionSource !== undefined,
    { error: 'indiquez soit « retentionRule », soit « retention » et « retentionSource »' },
  );

/** An internal recipient; `staff: true` proposes it only to practices with staff. */
export const templateRecipientSchema = z.union([
  sentence(200),
  z.strictObject({ text: sentence(200), staff: z.literal(true) }),
]);

export const PROFILE_PROCESSORS = ['practiceSoftware', 'appointmentPlatform'] as const;
export type ProfileProcessor = (typeof PROFILE_PROCESSORS)[number];

/** One activity template of `referential/register-templates.yaml` (`source` is checked by the loader). */
export const registerTemplateSchema = z
  .strictObject({
    id: kebabId,
    order: z.int().positive(),
    name: sentence(120),
    description: sentence(300),
    why: sentence(300),
    when: templateConditionsSchema.optional(),
    controllerHint: sentence(400).optional(),
    purposes: sentences(300),
    legalBasis: z.strictObject({
      article6: z.array(z.enum(ARTICLE_6_BASES)).min(1),
      article9: z.enum(ARTICLE_9_CONDITIONS).nullable(),
      detail: sentence(800),
    }),
    dataSubjects: sentences(200),
    dataCategories: z.array(templateCategorySchema).min(1),
    sources: sentences(200),
    internalRecipients: z.array(templateRecipientSchema).min(1),
    externalRecipients: sentences(200),
    processors: z.array(sentence(200)).optional(),
    processorsFromProfile: z.array(z.enum(PROFILE_PROCESSORS)).min(1).optional(),
    securityMeasureIds: z.array(kebabId).min(1),
    /** The choice Hygie recommends for this profession and structure, and its reason, in one sentence. */
    recommendation: sentence(400),
    /** True only where the law is genuinely open: `note` says what is open and what Hygie chose. */
    uncertain: z.boolean(),
    note: sentence(600).optional(),
  })
  .refine((t) => !t.dataCategories.some((c) => c.health) || t.legalBasis.article9 !== null, {
    error: 'des données de santé demandent une condition de l’article 9 (« article9 »)',
    path: ['legalBasis', 'article9'],
  })
  .refine((t) => !t.uncertain || t.note !== undefined, {
    error: 'un modèle « uncertain: true » explique pourquoi dans « note »',
    path: ['note'],
  })
  .refine((t) => t.uncertain || t.note === undefined, {
    error: '« note » ne sert qu’aux modèles « uncertain: true » (un point que la loi laisse ouvert)',
    path: ['note'],
  });

export type RegisterTemplate = ReferentialEntry<z.infer<typeof registerTemplateSchema>>;
export type TemplateCategory = z.infer<typeof templateCategorySchema>;

/** `referential/register-templates.yaml`. */
export const registerTemplatesReferential = defineReferential({
  file: 'register-templates.yaml',
  schema: registerTemplateSchema,
});

/** The loaded templates in their presentation order, and the version an activity records. */
export interface RegisterTemplates {
  readonly version: string;
  readonly templates: readonly RegisterTemplate[];
}

/**
 * Loads the templates and checks them against the other referentials: every security measure is
 * a measure of `measures.yaml`, every retention rule a rule of `retention-rules.yaml`.
 * @throws {ReferentialError} naming the file, the template and the unknown id in French.
 * @example loadRegisterTemplates().templates.find((t) => t.id === 'rendez-vous')?.name // 'Gestion des rendez-vous'
 */
export function loadRegisterTemplates(dir: string = defaultReferentialDir): RegisterTemplates {
  const referential = loadReferential(registerTemplatesReferential, dir);
  const measureIds = new Set(loadReferential(measuresReferential, dir).entries.map((m) => m.id));
  const ruleIds = new Set(loadReferential(retentionRulesReferential, dir).entries.map((r) => r.id));
  const file = referential.file;
  const issues: ReferentialIssue[] = [];
  for (const template of referential.entries) {
    for (const id of template.securityMeasureIds) {
      if (!measureIds.has(id)) {
        issues.push({ file, entryId: template.id, message: `la mesure « ${id} » n’existe pas dans measures.yaml` });
      }
    }
    for (const category of template.dataCategories) {
      if (category.retentionRule !== undefined && !ruleIds.has(category.retentionRule)) {
        issues.push({
          file,
          entryId: template.id,
          message: `la règle de conservation « ${category.retentionRule} » n’existe pas dans retention-rules.yaml`,
        });
      }
    }
  }
  if (issues.length > 0) throw new ReferentialError(issues);
  const templates = [...referential.entries].sort((a, b) => a.order - b.order);
  return { version: referential.version, templates };
}
