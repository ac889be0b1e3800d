import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BreachView, UpdateBreachRequest } from '../../../../src/features/breaches/breaches.schema.ts';
import { api } from '../../api/client.ts';

export type { BreachView };

/** The body of `PUT /api/v1/breaches/:id` as the page sends it (instants already in UTC). */
export type BreachChanges = UpdateBreachRequest;

export const BREACHES_KEY = ['breaches'] as const;
const breachKey = (id: string) => [...BREACHES_KEY, 'one', id] as const;

/** The register, most recent awareness first. */
export function useBreaches() {
  return useQuery({
    queryKey: [...BREACHES_KEY, 'list'],
    queryFn: () => api<{ breaches: BreachView[] }>('/v1/breaches'),
  });
}

export function useBreach(id: string) {
  return useQuery({
    queryKey: breachKey(id),
    queryFn: () => api<BreachView>(`/v1/breaches/${encodeURIComponent(id)}`),
  });
}

function useStore() {
  const client = useQueryClient();
  return (breach: BreachView) => {
    client.setQueryData(breachKey(breach.id), breach);
    void client.invalidateQueries({ queryKey: [...BREACHES_KEY, 'list'] });
    void client.invalidateQueries({ queryKey: ['home'] });
  };
}

/** « Démarrer le compte à rebours »: a draft whose awareness is now, in one click. */
export function useStartClock() {
  const store = useStore();
  return useMutation({
    mutationFn: () => api<BreachView>('/v1/breaches', { method: 'POST', body: {} }),
    onSuccess: store,
  });
}

/** Saves part of a breach; the page shows the breach the server answers. */
export function useUpdateBreach(id: string) {
  const store = useStore();
  return useMutation({
    mutationFn: (changes: BreachChanges) =>
      api<BreachView>(`/v1/breaches/${encodeURIComponent(id)}`, { method: 'PUT', body: changes }),
    onSuccess: store,
  });
}

/** Withdraws a breach recorded by mistake (owner, practitioner), with the reason. */
export function useWithdrawBreach(id: string) {
  const store = useStore();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      api<BreachView>(`/v1/breaches/${encodeURIComponent(id)}/withdraw`, { method: 'POST', body: { reason } }),
    onSuccess: (breach) => {
      store(breach);
      void client.invalidateQueries({ queryKey: ['todo'] });
      void client.invalidateQueries({ queryKey: ['incidents'] });
    },
  });
}

/** Qualifies an incident as a breach (awareness: now); the incident's timeline gains the step. */
export function useQualifyIncident(incidentId: string) {
  const store = useStore();
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<BreachView>(`/v1/incidents/${encodeURIComponent(incidentId)}/breach`, { method: 'POST', body: {} }),
    onSuccess: (breach) => {
      store(breach);
      void client.invalidateQueries({ queryKey: ['incidents'] });
    },
  });
}

/** Only the owner and the practitioners change the register; the auditor reads it. */
export const canManage = (role: string) => role === 'owner' || role === 'practitioner';
