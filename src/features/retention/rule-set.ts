import type { Profession } from '../../lib/referential/professions.ts';
import { formatDuration } from './durations.ts';
import {
  type DocumentType,
  type ReferenceDate,
  type RetentionReferential,
  type RetentionRuleEntry,
  ruleProfessions,
} from './retention.referential.ts';

/** A rule as the calculator and the scan apply it: the referential's, with the practice's durations. */
export interface RetentionRule {
  readonly id: string;
  readonly documentType: DocumentType;
  readonly label: string;
  readonly referenceDate: ReferenceDate;
  readonly referenceLabel: string;
  /** Months in the active base. */
  readonly keepMonths: number;
  /** Months in intermediate archive after the active base (0: none). */
  readonly archiveMonths: number;
  readonly minorAndDeath: boolean;
  readonly maximum: boolean;
  readonly citation: string;
  readonly uncertain: boolean;
  /** The practice changed the referential's durations. */
  readonly overridden: boolean;
}

/** A practice's choice for one rule, in months. */
export interface RuleOverride {
  readonly rule: string;
  readonly keepMonths: number;
  readonly archiveMonths: number;
}

/** The rules of a practice, found by profession and document type in constant time. */
export interface RuleSet {
  readonly version: string;
  readonly rules: readonly RetentionRule[];
  find(profession: Profession, documentType: DocumentType): RetentionRule | undefined;
}

/**
 * Why a practice cannot choose these durations for this rule, in French; undefined when it can.
 * The active base lasts at least a month; the total stays within the rule's limits.
 * @example overrideProblem(rule, 60, 180) // undefined for the doctor's patient record (20 years)
 */
export function overrideProblem(
  entry: RetentionRuleEntry,
  keepMonths: number,
  archiveMonths: number,
): string | undefined {
  if (!Number.isInteger(keepMonths) || keepMonths < 1) return 'la base active dure au moins 1 mois';
  if (!Number.isInteger(archiveMonths) || archiveMonths < 0) return 'l’archive intermédiaire ne peut pas être négative';
  const total = keepMonths + archiveMonths;
  const { min, max } = entry.limits;
  if (min === max && total !== min) return `cette durée est fixée à ${formatDuration(min)} par les textes`;
  if (total < min || total > max) {
    return `la durée totale (${formatDuration(total)}) doit être comprise entre ${formatDuration(min)} et ${formatDuration(max)}`;
  }
  return undefined;
}

function resolve(entry: RetentionRuleEntry, override: RuleOverride | undefined): RetentionRule {
  const valid = override && overrideProblem(entry, override.keepMonths, override.archiveMonths) === undefined;
  const keepMonths = valid ? override.keepMonths : entry.keep;
  const archiveMonths = valid ? override.archiveMonths : (entry.archive ?? 0);
  return {
    id: entry.id,
    documentType: entry.documentType,
    label: entry.label,
    referenceDate: entry.referenceDate,
    referenceLabel: entry.referenceLabel,
    keepMonths,
    archiveMonths,
    minorAndDeath: entry.minorAndDeath === true,
    maximum: entry.maximum === true,
    citation: entry.citation,
    uncertain: entry.uncertain,
    overridden: valid === true && (keepMonths !== entry.keep || archiveMonths !== (entry.archive ?? 0)),
  };
}

/**
 * The referential's rules with the practice's durations. An override of an unknown rule, or one the
 * rule's limits no longer allow (the referential changed), is ignored: the default applies.
 * @example buildRuleSet(loadRetentionRules(), []).find('medecin', 'patient_record')?.id // 'dossier-patient-medecin'
 */
export function buildRuleSet(referential: RetentionReferential, overrides: readonly RuleOverride[]): RuleSet {
  const byRule = new Map(overrides.map((o) => [o.rule, o]));
  const rules = referential.rules.map((entry) => resolve(entry, byRule.get(entry.id)));
  const index = new Map<Profession, Map<DocumentType, RetentionRule>>();
  referential.rules.forEach((entry, i) => {
    const rule = rules[i];
    if (!rule) return;
    for (const profession of ruleProfessions(entry)) {
      const byType = index.get(profession) ?? new Map<DocumentType, RetentionRule>();
      byType.set(entry.documentType, rule);
      index.set(profession, byType);
    }
  });
  return {
    version: referential.version,
    rules,
    find: (profession, documentType) => index.get(profession)?.get(documentType),
  };
}
