import type { RetentionReferential } from './retention.referential.ts';
import type { OverrideChange } from './retention.repository.ts';
import { defaultDurations, overrideProblem, type RuleOverride, sameDurations } from './rule-set.ts';

/** What a settings update writes: the rules set apart from their default, those reset, and the journal's changes. */
export interface SettingsPlan {
  set: RuleOverride[];
  reset: string[];
  changes: OverrideChange[];
}

/** A refused update: the French message and the field at fault (`overrides.2.keepMonths`). */
export interface SettingsRefusal {
  message: string;
  field: string;
}

/**
 * Compares the requested durations with the practice's current ones. `requested` is the whole list
 * of rules the practice sets apart: a rule it no longer lists, or lists with its default
 * durations, goes back to the default.
 * @example planSettings(referential, [], [{ rule: 'rendez-vous', keepMonths: 12, keepDays: 0, archiveMonths: 0 }])
 * // { ok: true, plan: { set: [that override], reset: [], changes: [{ rule: 'rendez-vous', from: { keepMonths: 60, … }, to: … }] } }
 */
export function planSettings(
  referential: RetentionReferential,
  current: readonly RuleOverride[],
  requested: readonly RuleOverride[],
): { ok: true; plan: SettingsPlan } | { ok: false; refusal: SettingsRefusal } {
  const entries = new Map(referential.rules.map((entry) => [entry.id, entry]));
  const seen = new Set<string>();
  const set: RuleOverride[] = [];
  for (const [i, override] of requested.entries()) {
    const entry = entries.get(override.rule);
    if (!entry) {
      return {
        ok: false,
        refusal: { message: `Règle inconnue : « ${override.rule} ».`, field: `overrides.${i}.rule` },
      };
    }
    if (seen.has(override.rule)) {
      return {
        ok: false,
        refusal: { message: `La règle « ${entry.label} » est donnée deux fois.`, field: `overrides.${i}.rule` },
      };
    }
    seen.add(override.rule);
    const problem = overrideProblem(entry, override);
    if (problem) {
      return { ok: false, refusal: { message: `${entry.label} : ${problem}.`, field: `overrides.${i}.keepMonths` } };
    }
    if (!sameDurations(override, defaultDurations(entry))) set.push(override);
  }
  const before = new Map(current.map((o) => [o.rule, o]));
  const after = new Map(set.map((o) => [o.rule, o]));
  const changes: OverrideChange[] = [];
  for (const entry of referential.rules) {
    const defaults = defaultDurations(entry);
    const durations = (o: RuleOverride | undefined) =>
      o ? { keepMonths: o.keepMonths, keepDays: o.keepDays, archiveMonths: o.archiveMonths } : defaults;
    const from = durations(before.get(entry.id));
    const to = durations(after.get(entry.id));
    if (!sameDurations(from, to)) {
      changes.push({ rule: entry.id, from, to });
    }
  }
  const reset = current.filter((o) => !after.has(o.rule)).map((o) => o.rule);
  return { ok: true, plan: { set, reset, changes } };
}
