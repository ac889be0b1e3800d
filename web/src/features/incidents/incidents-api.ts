import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  IncidentScenario,
  PracticeContactKind,
  StepKind,
} from '../../../../src/features/incidents/incident-labels.ts';
import type {
  IncidentSummaryView,
  IncidentView,
  NationalContactView,
  PracticeContactView,
  TimelineEventView,
} from '../../../../src/features/incidents/incidents.schema.ts';
import { api } from '../../api/client.ts';

export type {
  IncidentScenario,
  IncidentSummaryView,
  IncidentView,
  NationalContactView,
  PracticeContactKind,
  PracticeContactView,
  StepKind,
  TimelineEventView,
};

/** The one-page PDF for the wall (a plain link: the browser downloads it with the session cookie). */
export const FICHE_REFLEXE_URL = '/api/v1/incidents/fiche-reflexe.pdf';

const INCIDENTS_KEY = ['incidents'] as const;
const CONTACTS_KEY = ['contacts'] as const;

/** The scenarios offered on « Que se passe-t-il ? », in the referential's order. */
export interface PlaybookChoice {
  scenario: IncidentScenario;
  title: string;
  choice: string;
  hint: string;
}

export function usePlaybooks() {
  return useQuery({
    queryKey: [...INCIDENTS_KEY, 'playbooks'],
    queryFn: () => api<{ version: string; playbooks: PlaybookChoice[] }>('/v1/incidents/playbooks'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The incidents the person may see (the secretary: those she raised), newest first. */
export function useIncidents() {
  return useQuery({
    queryKey: [...INCIDENTS_KEY, 'list'],
    queryFn: () => api<{ incidents: IncidentSummaryView[] }>('/v1/incidents'),
  });
}

const incidentKey = (id: string) => [...INCIDENTS_KEY, 'one', id] as const;

export function useIncident(id: string) {
  return useQuery({ queryKey: incidentKey(id), queryFn: () => api<IncidentView>(`/v1/incidents/${id}`) });
}

/** Raises an incident in one click; the page then opens it. */
export function useRaiseIncident() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (scenario: IncidentScenario) =>
      api<IncidentView>('/v1/incidents', { method: 'POST', body: { scenario } }),
    onSuccess: (incident) => {
      client.setQueryData(incidentKey(incident.id), incident);
      void client.invalidateQueries({ queryKey: [...INCIDENTS_KEY, 'list'] });
      void client.invalidateQueries({ queryKey: ['home'] });
    },
  });
}

/** Body of `POST /api/v1/incidents/:id/steps`. */
export interface NewStep {
  kind: StepKind;
  gestureId?: string;
  contactId?: string;
  text?: string;
}

/** Adds a step (gesture ticked or unticked, note, decision, call); the answer is the updated incident. */
export function useAddStep(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (step: NewStep) => api<IncidentView>(`/v1/incidents/${id}/steps`, { method: 'POST', body: step }),
    onSuccess: (incident) => {
      client.setQueryData(incidentKey(id), incident);
      void client.invalidateQueries({ queryKey: [...INCIDENTS_KEY, 'list'] });
    },
  });
}

/** Body of `PATCH /api/v1/incidents/:id`: an absent field is unchanged, null clears it. */
export type IncidentChanges = {
  status?: 'open' | 'closed';
  title?: string | null;
  summary?: string | null;
  complaintFiledAt?: string | null;
  complaintNumber?: string | null;
  arsReportedAt?: string | null;
};

/** Withdraws an incident recorded by mistake (its author or the owner), with the reason. */
export function useWithdrawIncident(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      api<IncidentView>(`/v1/incidents/${id}/withdraw`, { method: 'POST', body: { reason } }),
    onSuccess: (incident) => {
      client.setQueryData(incidentKey(id), incident);
      void client.invalidateQueries({ queryKey: [...INCIDENTS_KEY, 'list'] });
      void client.invalidateQueries({ queryKey: ['home'] });
      void client.invalidateQueries({ queryKey: ['todo'] });
    },
  });
}

/** Closes or reopens an incident, records the complaint or the ARS report (owner, practitioners). */
export function useUpdateIncident(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (changes: IncidentChanges) =>
      api<IncidentView>(`/v1/incidents/${id}`, { method: 'PATCH', body: changes }),
    onSuccess: (incident) => {
      client.setQueryData(incidentKey(id), incident);
      void client.invalidateQueries({ queryKey: [...INCIDENTS_KEY, 'list'] });
      void client.invalidateQueries({ queryKey: ['home'] });
    },
  });
}

export interface ContactsAnswer {
  contacts: PracticeContactView[];
  national: NationalContactView[];
  canManage: boolean;
}

export function useContacts() {
  return useQuery({ queryKey: CONTACTS_KEY, queryFn: () => api<ContactsAnswer>('/v1/contacts') });
}

/** Body of `POST /api/v1/contacts` and `PUT /api/v1/contacts/:id`. */
export interface ContactInput {
  kind: PracticeContactKind;
  name: string;
  phone: string;
  email: string;
  notes: string;
}

/** Creates (no id) or replaces (id) a practice contact. */
export function useSaveContact(id?: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ContactInput) =>
      api<PracticeContactView>(id ? `/v1/contacts/${id}` : '/v1/contacts', {
        method: id ? 'PUT' : 'POST',
        body: input,
      }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: CONTACTS_KEY });
      void client.invalidateQueries({ queryKey: INCIDENTS_KEY });
    },
  });
}

export function useDeleteContact() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/v1/contacts/${id}`, { method: 'DELETE' }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: CONTACTS_KEY });
      void client.invalidateQueries({ queryKey: INCIDENTS_KEY });
    },
  });
}
