import type { Profession } from '../../lib/referential/professions.ts';
import { atLeast, atMost, formatSpan, type Span } from './durations.ts';
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
  /** Days in the active base after its months (a text counting in days: FSE copies, 90 days). */
  readonly keepDays: number;
  /** Months in intermediate archive after the active base (0: none). */
  readonly archiveMonths: number;
  readonly minorAndDeath: boolean;
  readonly maximum: boolean;
  readonly citation: string;
  readonly uncertain: boolean;
  /** The practice changed the referential's durations. */
  readonly overridden: boolean;
}

/** A practice's choice for one rule: the active base in months and days, the archive in months. */
export interface RuleOverride {
  readonly rule: string;
  readonly keepMonths: number;
  readonly keepDays: number;
  readonly archiveMonths: number;
}

/** The durations of a rule or an override, as the settings and the journal write them. */
export type Durations = Omit<RuleOverride, 'rule'>;

/** The referential's default durations of a rule. */
export function defaultDurations(entry: Pick<RetentionRuleEntry, 'keep' | 'archive'>): Durations {
  return { keepMonths: entry.keep.months, keepDays: entry.keep.days, archiveMonths: entry.archive?.months ?? 0 };
}

/** The same durations. */
export const sameDurations = (a: Durations, b: Durations) =>
  a.keepMonths === b.keepMonths && a.keepDays === b.keepDays && a.archiveMonths === b.archiveMonths;

/** The total of some durations: months, then days. */
export const totalSpan = (d: Durations): Span => ({ months: d.keepMonths + d.archiveMonths, days: d.keepDays });

/**
 * What a practice may choose for a rule, in French: « de 20 ans à 30 ans », « au moins 90 jours
 * (aucune durée maximale) », « 1 mois au plus ».
 */
export function limitsText(entry: Pick<RetentionRuleEntry, 'limits'>): string {
  const { min, max } = entry.limits;
  if (max === undefined) return `au moins ${formatSpan(min)} (aucune durée maximale fixée)`;
  if (atLeast(min, max) && atMost(min, max)) return `exactement ${formatSpan(min)}`;
  return `de ${formatSpan(min)} à ${formatSpan(max)}`;
}

/** The rules of a practice, found by profession and document type in constant time. */
export interface RuleSet {
  readonly version: string;
  readonly rules: readonly RetentionRule[];
  find(profession: Profession, documentType: DocumentType): RetentionRule | undefined;
}

/**
 * Why a practice cannot choose these durations for this rule, in French; undefined when it can.
 * The active base lasts at least a day; the total stays within the rule's limits whatever the day it
 * starts (a month may be 28 days).
 * @example overrideProblem(rule, { keepMonths: 60, keepDays: 0, archiveMonths: 180 }) // undefined for the doctor's patient record (20 years)
 */
export function overrideProblem(entry: RetentionRuleEntry, durations: Durations): string | undefined {
  const { keepMonths, keepDays, archiveMonths } = durations;
  const whole = (n: number) => Number.isInteger(n) && n >= 0;
  if (!whole(keepMonths) || !whole(keepDays) || keepMonths + keepDays < 1) return 'la base active dure au moins 1 jour';
  if (!whole(archiveMonths)) return 'l’archive intermédiaire ne peut pas être négative';
  const total = totalSpan(durations);
  const { min, max } = entry.limits;
  if (!atLeast(total, min) || (max !== undefined && !atMost(total, max))) {
    return `la durée totale (${formatSpan(total)}) doit être ${limitsText(entry)}, quel que soit le jour où elle commence`;
  }
  return undefined;
}

function resolve(entry: RetentionRuleEntry, override: RuleOverride | undefined): RetentionRule {
  const valid = override !== undefined && overrideProblem(entry, override) === undefined;
  const durations = valid ? override : defaultDurations(entry);
  return {
    id: entry.id,
    documentType: entry.documentType,
    label: entry.label,
    referenceDate: entry.referenceDate,
    referenceLabel: entry.referenceLabel,
    keepMonths: durations.keepMonths,
    keepDays: durations.keepDays,
    archiveMonths: durations.archiveMonths,
    minorAndDeath: entry.minorAndDeath === true,
    maximum: entry.maximum === true,
    citation: entry.citation,
    uncertain: entry.uncertain,
    overridden: valid && !sameDurations(durations, defaultDurations(entry)),
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
