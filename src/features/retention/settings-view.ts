import type { ReferentialEntry } from '../../lib/referential/loader.ts';
import type { ProfessionEntry } from '../../lib/referential/professions.ts';
import type { LegalForm } from '../accounts/profile-questions.ts';
import {
  DOCUMENT_TYPE_LABELS,
  DOCUMENT_TYPES,
  type RetentionReferential,
  ruleProfessions,
  typographic,
} from './retention.referential.ts';
import type { StoredOverride } from './retention.repository.ts';
import { buildRuleSet, defaultDurations, limitsText } from './rule-set.ts';

/** The form of practice the durations follow (legal-form.ts `legalFormView`). */
export interface LegalFormView {
  value: LegalForm;
  label: string;
  /** Chosen on the practice page; false: deduced from the type of structure. */
  chosen: boolean;
}

/**
 * `GET /retention/settings`: each rule with its sources, its default durations and the practice's
 * (a stored choice the rule's limits no longer allow shows, and applies, the default). The
 * referential is the practice's (legal-form.ts): its form of practice chooses the accounting rule.
 */
export function settingsView(
  referential: RetentionReferential,
  overrides: readonly StoredOverride[],
  professions: readonly ReferentialEntry<ProfessionEntry>[],
  legalForm: LegalFormView,
) {
  const rules = buildRuleSet(referential, overrides).rules;
  const updatedAt = new Map(overrides.map((o) => [o.rule, o.updatedAt]));
  return {
    version: referential.version,
    legalForm,
    professions: [...professions]
      .sort((a, b) => a.order - b.order)
      .map(({ id, label }) => ({ id, label: typographic(label) })),
    documentTypes: DOCUMENT_TYPES.map((id) => ({ id, label: DOCUMENT_TYPE_LABELS[id] })),
    rules: referential.rules.map((entry, i) => {
      const rule = rules[i];
      const defaults = defaultDurations(entry);
      const current = rule
        ? { keepMonths: rule.keepMonths, keepDays: rule.keepDays, archiveMonths: rule.archiveMonths }
        : defaults;
      return {
        id: entry.id,
        documentType: entry.documentType,
        professions: [...ruleProfessions(entry)],
        label: entry.label,
        referenceDate: entry.referenceDate,
        referenceLabel: entry.referenceLabel,
        citation: entry.citation,
        note: entry.note ?? null,
        uncertain: entry.uncertain,
        maximum: entry.maximum === true,
        minorAndDeath: entry.minorAndDeath === true,
        defaults,
        current,
        limits: {
          minMonths: entry.limits.min.months,
          minDays: entry.limits.min.days,
          maxMonths: entry.limits.max?.months ?? null,
          maxDays: entry.limits.max?.days ?? null,
          /** « de 20 ans à 30 ans », « au moins 90 jours (aucune durée maximale fixée) ». */
          text: limitsText(entry),
        },
        /** The text counts this rule in days: the settings offer days. */
        inDays: entry.keep.days > 0 || entry.limits.min.days > 0 || (entry.limits.max?.days ?? 0) > 0,
        overridden: rule?.overridden ?? false,
        updatedAt: rule?.overridden ? (updatedAt.get(entry.id) ?? null) : null,
        source: entry.source.map((s) => ({ label: s.label, ...(s.url ? { url: s.url } : {}) })),
      };
    }),
  };
}
