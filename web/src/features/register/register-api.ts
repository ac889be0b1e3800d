import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ActivityBodyInput,
  ProposalsView,
  RegisterListView,
} from '../../../../src/features/register/register.schema.ts';
import type { ActivityView } from '../../../../src/features/register/register-view.ts';
import { api } from '../../api/client.ts';

export type { ActivityView };
export type RegisterList = RegisterListView;
export type Proposals = ProposalsView;
/** Body of `POST /api/v1/register/activities` and `PUT /api/v1/register/activities/:id`. */
export type ActivityBody = ActivityBodyInput;

export const REGISTER_KEY = ['register'] as const;
const activityKey = (id: string) => [...REGISTER_KEY, 'activity', id] as const;
const path = (id: string) => `/v1/register/activities/${encodeURIComponent(id)}`;

/** The whole register: activities, counts, onboarding answers, practitioners and measures for the forms. */
export function useRegister() {
  return useQuery({
    queryKey: [...REGISTER_KEY, 'list'],
    queryFn: () => api<RegisterList>('/v1/register/activities'),
  });
}

export function useActivity(id: string) {
  return useQuery({ queryKey: activityKey(id), queryFn: () => api<ActivityView>(path(id)) });
}

/** What Hygie proposes for the practice profile. */
export function useProposals() {
  return useQuery({
    queryKey: [...REGISTER_KEY, 'proposals'],
    queryFn: () => api<Proposals>('/v1/register/proposals'),
  });
}

/** After a change: the activity in the cache, the list, the proposals and the home page's card reload. */
function useSaved() {
  const client = useQueryClient();
  return (saved?: ActivityView) => {
    if (saved) client.setQueryData(activityKey(saved.id), saved);
    void client.invalidateQueries({ queryKey: [...REGISTER_KEY, 'list'] });
    void client.invalidateQueries({ queryKey: [...REGISTER_KEY, 'proposals'] });
    void client.invalidateQueries({ queryKey: ['home'] });
  };
}

export function useAcceptProposals() {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: { templateIds: string[] }) =>
      api<{ created: ActivityView[] }>('/v1/register/proposals', { method: 'POST', body }),
    onSuccess: () => saved(),
  });
}

export function useCreateActivity() {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: ActivityBody) => api<ActivityView>('/v1/register/activities', { method: 'POST', body }),
    onSuccess: saved,
  });
}

export function useUpdateActivity(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: ActivityBody) => api<ActivityView>(path(id), { method: 'PUT', body }),
    onSuccess: saved,
  });
}

/** Archive (`DELETE` archives), restore, duplicate an activity, or keep Hygie's proposal on its open point. */
export function useActivityAction(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (action: 'archive' | 'restore' | 'duplicate' | 'keep-proposal') =>
      action === 'archive'
        ? api<ActivityView>(path(id), { method: 'DELETE' })
        : api<ActivityView>(`${path(id)}/${action}`, { method: 'POST' }),
    onSuccess: saved,
  });
}

export function useImportRegister() {
  const saved = useSaved();
  return useMutation({
    mutationFn: ({ file, mode }: { file: unknown; mode: 'add' | 'replace' }) =>
      api<{ imported: number; replaced: number }>(`/v1/register/import?mode=${mode}`, { method: 'POST', body: file }),
    onSuccess: () => saved(),
  });
}

/** An activity's fields as the API takes them back (the view without its computed parts). */
export function toBody(activity: ActivityView): ActivityBody {
  const controller =
    activity.controller.kind === 'practitioner'
      ? { kind: 'practitioner' as const, userId: activity.controller.userId }
      : activity.controller;
  return {
    name: activity.name,
    description: activity.description,
    controller,
    purposes: activity.purposes,
    legalBasis: activity.legalBasis,
    dataSubjects: activity.dataSubjects,
    dataCategories: activity.dataCategories,
    sources: activity.sources,
    internalRecipients: activity.internalRecipients,
    externalRecipients: activity.externalRecipients,
    processors: activity.processors,
    transfers: activity.transfers,
    securityMeasureIds: activity.securityMeasureIds,
    otherSecurityMeasures: activity.otherSecurityMeasures,
  };
}
