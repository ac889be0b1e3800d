import type { MeasureStatus, MeasureView } from './checklist-types.ts';

/** What the person chose to see on the diagnostic; '' means every family or every status. */
export interface DiagnosticFilters {
  family: string;
  /** A status, `unanswered` (« sans réponse »), or `excluded` for the measures that do not concern the practice. */
  status: '' | MeasureStatus | 'unanswered' | 'excluded';
  mine: boolean;
}

export const NO_DIAGNOSTIC_FILTERS: DiagnosticFilters = { family: '', status: '', mine: false };

/** Whether a measure passes the filters, for the person `userId`. */
export function matches(measure: MeasureView, filters: DiagnosticFilters, userId: string): boolean {
  if (filters.family && measure.family !== filters.family) return false;
  if (filters.mine && measure.assignee?.id !== userId) return false;
  if (filters.status === 'excluded') return !measure.applies;
  if (filters.status === 'unanswered') return measure.applies && measure.status === null;
  if (filters.status) return measure.applies && measure.status === filters.status;
  return true;
}

/**
 * The family to open when the page loads: the highlighted measure's (reached from the plan), else
 * the first family with an applicable measure « sans réponse »; null when there is none.
 * @example resumeFamily(checklist.measures, undefined) // 'messagerie'
 */
export function resumeFamily(measures: readonly MeasureView[], highlighted: string | undefined): string | null {
  const target = measures.find((m) => m.id === highlighted) ?? measures.find((m) => m.applies && m.status === null);
  return target?.family ?? null;
}
