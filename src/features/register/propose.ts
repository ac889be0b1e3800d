import type { PracticeProfile } from '../accounts/accounts.schema.ts';
import { profileProcessors } from '../processors/processors-from-register.ts';
import type { RetentionRule } from '../retention/rule-set.ts';
import type { ProfileProcessor, RegisterTemplate, TemplateCategory } from './register.referential.ts';
import type { ActivityFields, DataCategory } from './register.types.ts';
import { retentionSourceText, retentionText } from './retention-text.ts';

/** What the proposals read: the practice profile (the wizard asks the website and video surveillance). */
export type ProposalProfile = Pick<
  PracticeProfile,
  | 'structureType'
  | 'professions'
  | 'staffCount'
  | 'teleconsultation'
  | 'dataLocations'
  | 'practiceSoftware'
  | 'appointmentPlatform'
  | 'website'
  | 'videoSurveillance'
>;

/** The templates and the practice's retention rules (the referential's, with its own durations). */
export interface TemplateCatalog {
  readonly version: string;
  readonly templates: readonly RegisterTemplate[];
  readonly retentionRules: readonly RetentionRule[];
}

/** An activity Hygie proposes, pre-filled from its template and the profile. */
export interface ProposedActivity {
  templateId: string;
  referentialVersion: string;
  /** Why it is proposed, in one French sentence. */
  why: string;
  /** The choice Hygie recommends and its reason, in one sentence. */
  recommendation: string;
  /** Where the law is genuinely open: what is open and what Hygie chose (« à vérifier »), or null. */
  note: string | null;
  /** Advice on the controller choice (joint controllers in a maison de santé), or null. */
  controllerHint: string | null;
  fields: ActivityFields;
}

/**
 * Whether a template concerns the practice: one of its professions or its structure type (either
 * suffices when both are listed), and every other condition.
 * @example templateApplies({ when: { staff: true } }, { ...profile, staffCount: 0 }) // false
 */
export function templateApplies(template: Pick<RegisterTemplate, 'when'>, profile: ProposalProfile): boolean {
  const when = template.when;
  if (when === undefined) return true;
  const byProfession = when.professions?.some((p) => profile.professions.includes(p));
  const byStructure = when.structureTypes?.includes(profile.structureType);
  if ((when.professions || when.structureTypes) && !byProfession && !byStructure) return false;
  if (when.staff && profile.staffCount <= 0) return false;
  if (when.teleconsultation && !profile.teleconsultation) return false;
  if (when.website && profile.website === null) return false;
  if (when.videoSurveillance && !profile.videoSurveillance) return false;
  return true;
}

function category(source: TemplateCategory, rules: ReadonlyMap<string, RetentionRule>): DataCategory {
  const rule = source.retentionRule === undefined ? undefined : rules.get(source.retentionRule);
  if (source.retentionRule !== undefined && rule === undefined) {
    throw new Error(`register template: unknown retention rule ${source.retentionRule}`);
  }
  return {
    label: source.label,
    health: source.health,
    nir: source.nir,
    retention: rule ? retentionText(rule) : (source.retention ?? ''),
    retentionSource: rule ? retentionSourceText(rule) : (source.retentionSource ?? ''),
    retentionRuleId: rule ? rule.id : null,
  };
}

/** How the register names a processor of the profile (« Sous-traitants » records it with its service). */
const PROFILE_PROCESSOR_LINES: Record<ProfileProcessor, (name: string) => string> = {
  appointmentPlatform: (name) => `Plateforme de rendez-vous en ligne « ${name} »`,
  practiceSoftware: (name) => `Éditeur et hébergeur du logiciel « ${name} » (données en ligne)`,
};

function processorsOf(template: RegisterTemplate, profile: ProposalProfile): string[] {
  const named = profileProcessors(profile);
  const fromProfile = (template.processorsFromProfile ?? []).flatMap((kind) =>
    named.filter((p) => p.kind === kind).map((p) => PROFILE_PROCESSOR_LINES[kind](p.name)),
  );
  return [...(template.processors ?? []), ...fromProfile];
}

/** One template filled for the practice: staff-only recipients dropped, retention written out. */
export function fillTemplate(
  template: RegisterTemplate,
  profile: ProposalProfile,
  rules: ReadonlyMap<string, RetentionRule>,
): ActivityFields {
  return {
    name: template.name,
    description: template.description,
    controller: { kind: 'practice' },
    purposes: [...template.purposes],
    legalBasis: {
      article6: [...template.legalBasis.article6],
      article9: template.legalBasis.article9,
      detail: template.legalBasis.detail,
    },
    dataSubjects: [...template.dataSubjects],
    dataCategories: template.dataCategories.map((c) => category(c, rules)),
    sources: [...template.sources],
    internalRecipients: template.internalRecipients.flatMap((r) =>
      typeof r === 'string' ? [r] : profile.staffCount > 0 ? [r.text] : [],
    ),
    externalRecipients: [...template.externalRecipients],
    processors: processorsOf(template, profile),
    transfers: [],
    securityMeasureIds: [...template.securityMeasureIds],
    otherSecurityMeasures: null,
  };
}

/**
 * The activities that apply to the practice, in the templates' order, pre-filled: purposes, legal
 * basis, people, data categories with their retention (the practice's durations) and its source,
 * recipients, processors named in the profile, and the checklist measures that protect them.
 * The controller is the practice; the practitioner changes it per activity if needed.
 * @example proposeActivities(soloNurse, catalog).map((p) => p.templateId)
 * // ['dossiers-patients-infirmier', 'rendez-vous', 'facturation-teletransmission', 'echanges-professionnels', 'comptabilite-fournisseurs']
 */
export function proposeActivities(profile: ProposalProfile, catalog: TemplateCatalog): ProposedActivity[] {
  const rules = new Map(catalog.retentionRules.map((rule) => [rule.id, rule]));
  return catalog.templates
    .filter((template) => templateApplies(template, profile))
    .map((template) => ({
      templateId: template.id,
      referentialVersion: catalog.version,
      why: template.why,
      recommendation: template.recommendation,
      note: template.note ?? null,
      controllerHint: template.controllerHint ?? null,
      fields: fillTemplate(template, profile, rules),
    }));
}
