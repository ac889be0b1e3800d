/** The action plan's filters, as in the page's query string; '' means no filter. */
export interface PlanFilters {
  /** A user id, `me` or `none`. */
  assignee: string;
  family: string;
  level: string;
  priority: string;
}

export const PLAN_FILTER_KEYS = ['assignee', 'family', 'level', 'priority'] as const;

/** The filters read from the page's address (`?assignee=me&level=essential`). */
export function planFilters(params: URLSearchParams): PlanFilters {
  return {
    assignee: params.get('assignee') ?? '',
    family: params.get('family') ?? '',
    level: params.get('level') ?? '',
    priority: params.get('priority') ?? '',
  };
}

/** The query string of both the page and `GET /api/v1/action-plan`, without the empty filters. */
export function planSearch(filters: PlanFilters): string {
  const params = new URLSearchParams();
  for (const key of PLAN_FILTER_KEYS) if (filters[key]) params.set(key, filters[key]);
  return params.toString();
}
