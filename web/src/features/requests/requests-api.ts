import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  HeirPurpose,
  RequesterType,
  RequestKind,
  RequestStatus,
  StepStatus,
} from '../../../../src/features/requests/request-labels.ts';
import type { RequestView } from '../../../../src/features/requests/requests.schema.ts';
import { api } from '../../api/client.ts';
import type { Role } from '../../api/types.ts';

export type { RequestView };

export const REQUESTS_KEY = ['requests'] as const;

/** The register's filters: a status, or only the overdue requests. */
export interface RequestFilters {
  status: RequestStatus | '';
  overdueOnly: boolean;
}

/** Body of `POST /api/v1/requests`. */
export interface NewRequest {
  kind: RequestKind;
  receivedAt: string;
  requester: { type: RequesterType; name: string };
  heirPurpose?: HeirPurpose;
  infoOlderThan5Years?: boolean;
  identityChecked?: boolean;
}

/** Body of `PATCH /api/v1/requests/:id`. */
export interface RequestStep {
  status?: StepStatus;
  identityChecked?: boolean;
}

/** Body of `POST /api/v1/requests/:id/answer`. */
export interface RequestAnswer {
  outcome: 'answered' | 'refused';
  answer: string;
  refusalReason?: string;
  answeredAt: string;
}

/** The secretary records requests and steps; the auditor only reads. */
export const canManage = (role: Role) => role !== 'auditor';
/** Only the titulaire and the practitioners answer, and read an answer's content. */
export const canAnswer = (role: Role) => role === 'owner' || role === 'practitioner';

/** The register, most recently received first. */
export function useRequests(filters: RequestFilters) {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.overdueOnly) params.set('overdue', 'true');
  const search = params.toString();
  return useQuery({
    queryKey: [...REQUESTS_KEY, 'list', search],
    queryFn: () => api<{ today: string; requests: RequestView[] }>(`/v1/requests${search ? `?${search}` : ''}`),
  });
}

const requestKey = (id: string) => [...REQUESTS_KEY, 'one', id] as const;

/** One request. */
export function useRequest(id: string) {
  return useQuery({
    queryKey: requestKey(id),
    queryFn: () => api<RequestView>(`/v1/requests/${encodeURIComponent(id)}`),
  });
}

/** After a change: the request in the cache, the register and the home page's card reload. */
function useSaved() {
  const client = useQueryClient();
  return (saved: RequestView) => {
    client.setQueryData(requestKey(saved.id), saved);
    void client.invalidateQueries({ queryKey: [...REQUESTS_KEY, 'list'] });
    void client.invalidateQueries({ queryKey: ['home'] });
  };
}

export function useCreateRequest() {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: NewRequest) => api<RequestView>('/v1/requests', { method: 'POST', body }),
    onSuccess: saved,
  });
}

export function useUpdateRequest(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: RequestStep) =>
      api<RequestView>(`/v1/requests/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSuccess: saved,
  });
}

export function useExtendRequest(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (reason: string) =>
      api<RequestView>(`/v1/requests/${encodeURIComponent(id)}/extend`, { method: 'POST', body: { reason } }),
    onSuccess: saved,
  });
}

export function useAnswerRequest(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: RequestAnswer) =>
      api<RequestView>(`/v1/requests/${encodeURIComponent(id)}/answer`, { method: 'POST', body }),
    onSuccess: saved,
  });
}
