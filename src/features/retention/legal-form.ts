import { choiceLabel, effectiveLegalForm, LEGAL_FORM_CHOICES, type LegalForm } from '../accounts/profile-questions.ts';
import type { RetentionReferential, RetentionRuleEntry } from './retention.referential.ts';

/**
 * A rule as it applies to a practice of this form: for a company or a trader (SEL, SCP, pharmacy),
 * the rule's `company` fields replace its own (accounting records: Code de commerce L. 123-22,
 * 10 years, instead of Livre des procédures fiscales L. 102 B, 6 years, for a practitioner under BNC).
 * @example ruleForLegalForm(comptabilite, 'company').citation // 'art. L. 123-22 du code de commerce'
 */
export function ruleForLegalForm(entry: RetentionRuleEntry, form: LegalForm): RetentionRuleEntry {
  if (form !== 'company' || !entry.company) return entry;
  const { company, archive: _archive, note: _note, ...base } = entry;
  return {
    ...base,
    keep: company.keep,
    ...(company.archive ? { archive: company.archive } : {}),
    limits: company.limits,
    citation: company.citation,
    uncertain: company.uncertain,
    ...(company.note ? { note: company.note } : {}),
    source: company.source,
  };
}

/** The referential as it applies to a practice of this form (see {@link ruleForLegalForm}). */
export function referentialForLegalForm(referential: RetentionReferential, form: LegalForm): RetentionReferential {
  return { version: referential.version, rules: referential.rules.map((entry) => ruleForLegalForm(entry, form)) };
}

/** What a practice tells about its form: its legal form and structure type (the profile's fields). */
export type PracticeForm = Parameters<typeof effectiveLegalForm>[0];

/**
 * The referential for a practice, by its form of practice; without a practice (the CLI without
 * `--practice`), a practitioner under BNC, the profile's default for a practitioner alone.
 */
export function referentialForPractice(
  referential: RetentionReferential,
  practice: PracticeForm | null | undefined,
): RetentionReferential {
  return referentialForLegalForm(referential, practice ? effectiveLegalForm(practice) : 'individual');
}

/**
 * The form the durations follow, as the retention page shows it: its label, and whether the
 * practice chose it on its page or Hygie deduced it from the type of structure.
 */
export function legalFormView(practice: PracticeForm) {
  const value = effectiveLegalForm(practice);
  return { value, label: choiceLabel(LEGAL_FORM_CHOICES, value), chosen: practice.legalForm !== null };
}
