import type { MeasureEffort, MeasureFamily, MeasureFamilyId, MeasureLevel } from './checklist.referential.ts';
import type { AnswerStatus } from './scoring.ts';

/** A measure as the action plan sees it; `applies` comes from `applicability()`. */
export interface PlanItem {
  readonly id: string;
  readonly family: MeasureFamilyId;
  readonly level: MeasureLevel;
  readonly effort: MeasureEffort;
  /** Null: « sans réponse » (on the plan, as not done). */
  readonly status: AnswerStatus;
  readonly applies: boolean;
  /** ISO date (or date-time, in one format for all items) of the item's last status change. */
  readonly since: string;
}

/** What the plan needs of a family: its weight in the referential (1–5, heavier first). */
export type PlanFamily = Pick<MeasureFamily, 'id' | 'weight'>;

/** Statuses that leave a measure on the plan; null = « sans réponse ». */
export const OPEN_STATUSES: readonly AnswerStatus[] = ['todo', 'partial', 'unknown', null];

const LEVEL_RANK: Record<MeasureLevel, number> = { essential: 0, recommended: 1 };
const EFFORT_RANK: Record<MeasureEffort, number> = { small: 0, medium: 1, large: 2 };

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The full action plan: the measures that apply and are not done (`todo`, `partial`, `unknown`, no answer),
 * essential before recommended, then the heavier family first, then small effort before medium
 * before large, then the oldest `since` first, then by id so that the order is stable.
 * A family missing from `families` weighs 0.
 * @example orderPlan(items, loadMeasures().families).map((item) => item.id)
 */
export function orderPlan<T extends PlanItem>(items: readonly T[], families: readonly PlanFamily[]): T[] {
  const weight = new Map(families.map((family) => [family.id, family.weight]));
  const weightOf = (item: PlanItem) => weight.get(item.family) ?? 0;
  return items
    .filter((item) => item.applies && OPEN_STATUSES.includes(item.status))
    .sort(
      (a, b) =>
        LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
        weightOf(b) - weightOf(a) ||
        EFFORT_RANK[a.effort] - EFFORT_RANK[b.effort] ||
        byText(a.since, b.since) ||
        byText(a.id, b.id),
    );
}

/**
 * « Vos prochaines actions »: the first `n` measures of the plan (5 by default).
 * @example nextActions(items, families).length // at most 5
 */
export function nextActions<T extends PlanItem>(items: readonly T[], families: readonly PlanFamily[], n = 5): T[] {
  return orderPlan(items, families).slice(0, Math.max(0, n));
}
