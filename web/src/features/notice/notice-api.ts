import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NoticeView, VersionView } from '../../../../src/features/notice/notice.schema.ts';
import type { DecisionView, ScreeningView } from '../../../../src/features/screening/screening.schema.ts';
import type { ScreeningAnswers, ScreeningKind } from '../../../../src/features/screening/screening.ts';
import { api, download } from '../../api/client.ts';
import type { Role } from '../../api/types.ts';

export type { DecisionView, NoticeView, ScreeningView, VersionView };

const NOTICE_KEY = ['notice'] as const;
const SCREENING_KEY = ['screening'] as const;

/** Body of `PUT /api/v1/notice/settings`. */
export interface NoticeSettingsInput {
  controller: string | null;
  rightsContact: string | null;
  mandatoryData: string | null;
}

/** The documents of a version: the path under /notice and the button's label. */
export const DOCUMENTS = [
  { path: 'poster.pdf', label: 'Affiche A4 (PDF)' },
  { path: 'leaflet.pdf', label: 'Dépliant A5 (PDF)' },
  { path: 'website.html', label: 'Texte pour le site (page web)' },
  { path: 'website.md', label: 'Texte pour le site (texte simple)' },
] as const;
export type NoticeDocument = (typeof DOCUMENTS)[number]['path'];

/** The documents in the order to propose them: at patients' homes there is no waiting room, the leaflet comes first. */
export function documentsFor(careSetting: NoticeView['careSetting']): readonly (typeof DOCUMENTS)[number][] {
  if (careSetting === 'practice') return DOCUMENTS;
  return [...DOCUMENTS].sort((a, b) => Number(b.path === 'leaflet.pdf') - Number(a.path === 'leaflet.pdf'));
}

/** The owner and the practitioners change the notice and answer the screening; everyone reads. */
export const canManage = (role: Role) => role === 'owner' || role === 'practitioner';

export function useNotice() {
  return useQuery({ queryKey: NOTICE_KEY, queryFn: () => api<NoticeView>('/v1/notice') });
}

export function useSaveNoticeSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NoticeSettingsInput) => api<NoticeView>('/v1/notice/settings', { method: 'PUT', body }),
    onSuccess: (notice) => client.setQueryData(NOTICE_KEY, notice),
  });
}

export function useGenerateNotice() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<VersionView>('/v1/notice/generate', { method: 'POST' }),
    onSuccess: () => void client.invalidateQueries({ queryKey: NOTICE_KEY }),
  });
}

/** Downloads a document of a version (the latest when `version` is omitted). */
export function useDownloadNotice() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ path, version }: { path: NoticeDocument; version?: number }) =>
      download(`/v1/notice/${path}${version === undefined ? '' : `?version=${version}`}`),
    // The first download may have generated version 1.
    onSuccess: () => void client.invalidateQueries({ queryKey: NOTICE_KEY }),
  });
}

export function useScreening() {
  return useQuery({ queryKey: SCREENING_KEY, queryFn: () => api<ScreeningView>('/v1/screening') });
}

/** Records the answers for both questionnaires (DPO, then DPIA), with the practice's comment. */
export function useRecordScreening() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ answers, note }: { answers: ScreeningAnswers; note: string }) => {
      const body = { ...answers, note: note.trim() || null };
      const kinds: ScreeningKind[] = ['dpo', 'dpia'];
      const decisions: DecisionView[] = [];
      for (const kind of kinds) {
        decisions.push(await api<DecisionView>(`/v1/screening/${kind}`, { method: 'POST', body }));
      }
      return decisions;
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: SCREENING_KEY });
      void client.invalidateQueries({ queryKey: NOTICE_KEY });
      void client.invalidateQueries({ queryKey: ['home'] });
    },
  });
}
