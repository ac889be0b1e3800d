import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type ChecklistAnswersView,
  type ChecklistReferentialView,
  joinChecklist,
} from '../../../../src/features/checklist/checklist-split.ts';
import { api } from '../../api/client.ts';
import type {
  ActionPlanView,
  BatchSaved,
  ChecklistView,
  FirstPassAnswer,
  FirstPassView,
  MeasureAnswer,
  MeasureHistory,
  MeasureSaved,
  ProgressHistory,
} from './checklist-types.ts';

export const CHECKLIST_KEY = ['checklist'] as const;
export const PROGRESS_KEY = ['checklist-progress'] as const;
export const PLAN_KEY = ['action-plan'] as const;
export const FIRST_PASS_KEY = ['checklist-first-pass'] as const;
const historyKey = (id: string) => ['checklist-history', id] as const;

const referentialKey = (key: string) => ['checklist-referential', key] as const;

/**
 * The whole diagnostic of the practice: the practice's answers (`GET /v1/checklist`, revalidated by
 * ETag) joined with the referential's texts, fetched once per referential version (kept in memory
 * for the visit, and by the browser for good: their address changes with their content).
 */
export function useChecklist() {
  const client = useQueryClient();
  return useQuery({
    queryKey: CHECKLIST_KEY,
    queryFn: async () => {
      const answers = await api<ChecklistAnswersView>('/v1/checklist');
      const texts = await client.fetchQuery({
        queryKey: referentialKey(answers.referentialKey),
        queryFn: () =>
          api<ChecklistReferentialView>(`/v1/checklist/referential/${encodeURIComponent(answers.referentialKey)}`),
        staleTime: Number.POSITIVE_INFINITY,
        gcTime: Number.POSITIVE_INFINITY,
      });
      return joinChecklist(texts, answers);
    },
  });
}

/** The overall score's daily snapshots, for the progress chart. */
export function useProgress() {
  return useQuery({ queryKey: PROGRESS_KEY, queryFn: () => api<ProgressHistory>('/v1/checklist/progress') });
}

/** A measure's changes, loaded when its details are opened. */
export function useMeasureHistory(id: string) {
  return useQuery({
    queryKey: historyKey(id),
    queryFn: () => api<MeasureHistory>(`/v1/checklist/measures/${encodeURIComponent(id)}/history`),
  });
}

/** The action plan for a query string built by `planSearch`. */
export function useActionPlan(search: string) {
  return useQuery({
    queryKey: [...PLAN_KEY, search],
    queryFn: () => api<ActionPlanView>(`/v1/action-plan${search ? `?${search}` : ''}`),
    // The filters stay on screen (and keep the focus) while the new plan loads.
    placeholderData: keepPreviousData,
  });
}

/**
 * Saves a measure's answer; the diagnostic in the cache takes the new measure and scores at once,
 * and the chart, the plan and the measure's history reload.
 */
export function useSaveMeasure(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (answer: MeasureAnswer) =>
      api<MeasureSaved>(`/v1/checklist/measures/${encodeURIComponent(id)}`, { method: 'PUT', body: answer }),
    onSuccess: (saved) => {
      client.setQueryData<ChecklistView>(CHECKLIST_KEY, (old) =>
        old
          ? {
              ...old,
              scores: saved.scores,
              progress: saved.progress,
              measures: old.measures.map((measure) => (measure.id === saved.measure.id ? saved.measure : measure)),
            }
          : old,
      );
      void client.invalidateQueries({ queryKey: PROGRESS_KEY });
      void client.invalidateQueries({ queryKey: PLAN_KEY });
      void client.invalidateQueries({ queryKey: historyKey(id) });
      // The home page's cards (overdue measures, score) follow the answers.
      void client.invalidateQueries({ queryKey: ['home'] });
    },
  });
}

/** The first pass's questions left for this practice, with their previous answers. */
export function useFirstPass() {
  return useQuery({ queryKey: FIRST_PASS_KEY, queryFn: () => api<FirstPassView>('/v1/checklist/first-pass') });
}

/** After answers saved in a batch: every view of the diagnostic, the home page and the path reload. */
function useAfterBatch() {
  const client = useQueryClient();
  return () => {
    for (const queryKey of [CHECKLIST_KEY, FIRST_PASS_KEY, PROGRESS_KEY, PLAN_KEY, ['home'], ['compliance-path']]) {
      void client.invalidateQueries({ queryKey });
    }
  };
}

/** Saves the first pass's answers (question id → answer) in one request. */
export function useSaveFirstPass() {
  const reload = useAfterBatch();
  return useMutation({
    mutationFn: (answers: Record<string, FirstPassAnswer>) =>
      api<BatchSaved>('/v1/checklist/first-pass', { method: 'POST', body: { answers } }),
    onSuccess: reload,
  });
}

/** « Tout est fait dans cette famille »: marks its open measures « Fait ». */
export function useFamilyDone() {
  const reload = useAfterBatch();
  return useMutation({
    mutationFn: (family: string) =>
      api<BatchSaved>(`/v1/checklist/families/${encodeURIComponent(family)}/done`, { method: 'POST' }),
    onSuccess: reload,
  });
}
