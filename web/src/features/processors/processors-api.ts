import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Art28Clause } from '../../../../src/features/processors/processor.ts';
import type { ProcessorView } from '../../../../src/features/processors/processors.schema.ts';
import { api } from '../../api/client.ts';
import type { Role } from '../../api/types.ts';

export type { ProcessorView };

const PROCESSORS_KEY = ['processors'] as const;

/** Body of `POST /api/v1/processors` and `PUT /api/v1/processors/:id`. */
export interface ProcessorInput {
  name: string;
  service: string;
  contact: string | null;
  activityIds: string[];
  hostsHealthData: boolean;
  hostingInEea: boolean;
  hdsCertificate: { number: string; certifier: string; expiresOn: string } | null;
  dpaSignedOn: string | null;
  contractEndsOn: string | null;
  clauses: Record<Art28Clause, boolean>;
}

/** The owner and the practitioners change the processors; everyone reads them. */
export const canManage = (role: Role) => role === 'owner' || role === 'practitioner';

export function useProcessors() {
  return useQuery({
    queryKey: PROCESSORS_KEY,
    queryFn: () => api<{ today: string; processors: ProcessorView[] }>('/v1/processors'),
  });
}

/** The register's active activities a processor can be linked to. */
export function useRegisterActivities() {
  return useQuery({
    queryKey: ['register', 'activities', 'for-processors'],
    queryFn: () =>
      api<{ activities: { id: string; name: string; status: 'active' | 'archived' }[] }>('/v1/register/activities'),
    select: (data) => data.activities.filter((activity) => activity.status === 'active'),
  });
}

function useReload() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: PROCESSORS_KEY });
    void client.invalidateQueries({ queryKey: ['home'] });
  };
}

/** Adds a processor, or replaces one (`id` given). */
export function useSaveProcessor(id?: string) {
  const reload = useReload();
  return useMutation({
    mutationFn: (body: ProcessorInput) =>
      id
        ? api<ProcessorView>(`/v1/processors/${encodeURIComponent(id)}`, { method: 'PUT', body })
        : api<ProcessorView>('/v1/processors', { method: 'POST', body }),
    onSuccess: reload,
  });
}

export function useDeleteProcessor() {
  const reload = useReload();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/v1/processors/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: reload,
  });
}
