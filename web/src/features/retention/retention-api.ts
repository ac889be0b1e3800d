import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { CalculateInput, Durations, RetentionDecision, RetentionSettings } from './retention-types.ts';

export const SETTINGS_KEY = ['retention-settings'] as const;

/** Every rule with its sources, defaults and the practice’s durations; also the lists of the forms. */
export function useRetentionSettings() {
  return useQuery({ queryKey: SETTINGS_KEY, queryFn: () => api<RetentionSettings>('/v1/retention/settings') });
}

export function useCalculate() {
  return useMutation({
    mutationFn: (input: CalculateInput) =>
      api<RetentionDecision>('/v1/retention/calculate', { method: 'POST', body: input }),
  });
}

/** Saves the whole list of rules the practice sets apart from the defaults. */
export function useSaveSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (overrides: ({ rule: string } & Durations)[]) =>
      api<RetentionSettings>('/v1/retention/settings', { method: 'PUT', body: { overrides } }),
    onSuccess: (settings) => client.setQueryData(SETTINGS_KEY, settings),
  });
}
