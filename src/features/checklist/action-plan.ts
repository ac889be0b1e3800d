import type { MeasureFamilyId, MeasureLevel } from './checklist.referential.ts';
import type { ActionPlanView, ChecklistView, MeasurePriority, PlanEntryView } from './checklist-view.ts';
import { orderPlan } from './plan.ts';

/** How many measures « Vos prochaines actions » shows. */
export const NEXT_ACTIONS = 5;

/** Filters of the full plan; `assignee` is a user id, or `none` for measures nobody holds. */
export interface PlanFilters {
  assignee?: string | 'none';
  family?: MeasureFamilyId;
  level?: MeasureLevel;
  priority?: MeasurePriority;
}

/** Never-answered measures count as the oldest. */
const sinceOf = (updatedAt: string | null) => updatedAt ?? '';

function matches(entry: PlanEntryView, filters: PlanFilters): boolean {
  if (filters.assignee === 'none' && entry.assignee !== null) return false;
  if (filters.assignee !== undefined && filters.assignee !== 'none' && entry.assignee?.id !== filters.assignee) {
    return false;
  }
  if (filters.family !== undefined && entry.family !== filters.family) return false;
  if (filters.level !== undefined && entry.level !== filters.level) return false;
  return filters.priority === undefined || entry.priority === filters.priority;
}

/**
 * The action plan of a diagnostic: the measures that apply and are not done, in the plan's order
 * (essential first, heavier family, smaller effort, oldest), ranked from 1; « Vos prochaines
 * actions » are the first five of the whole plan, whatever the filters.
 */
export function buildActionPlan(checklist: ChecklistView, filters: PlanFilters = {}): ActionPlanView {
  const items = checklist.measures.map((m) => ({ ...m, since: sinceOf(m.updatedAt) }));
  const ranked: PlanEntryView[] = orderPlan(items, checklist.families).map(({ since: _, ...m }, i) => ({
    ...m,
    rank: i + 1,
  }));
  return {
    practiceName: checklist.practiceName,
    today: checklist.today,
    next: ranked.slice(0, NEXT_ACTIONS),
    items: ranked.filter((entry) => matches(entry, filters)),
    total: ranked.length,
  };
}
