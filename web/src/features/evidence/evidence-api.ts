import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EvidenceTargetType } from '../../../../src/features/evidence/evidence-targets.ts';
import { api, download, upload } from '../../api/client.ts';

export type { EvidenceTargetType };

/** One evidence document as `GET /api/v1/evidence` lists it. */
export interface EvidenceFile {
  id: string;
  target: { type: EvidenceTargetType; id: string | null };
  attachedTo: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  addedBy: string;
  addedAt: string;
}

export interface EvidenceList {
  files: EvidenceFile[];
  usedBytes: number;
  quotaBytes: number;
  maxFileBytes: number;
  canAddToPractice: boolean;
}

/** What a list shows: every file the member may read, or those of one target. */
export interface EvidenceScope {
  type?: EvidenceTargetType;
  id?: string | null;
}

const KEY = ['evidence'] as const;

const query = (scope: EvidenceScope) => {
  if (!scope.type) return '';
  const params = new URLSearchParams({ target: scope.type });
  if (scope.id) params.set('targetId', scope.id);
  return `?${params}`;
};

export function useEvidence(scope: EvidenceScope = {}) {
  return useQuery({
    queryKey: [...KEY, scope.type ?? 'all', scope.id ?? null],
    queryFn: () => api<EvidenceList>(`/v1/evidence${query(scope)}`),
  });
}

/** Attaches a file to a target; every list of files is read again. */
export function useAddEvidence(scope: Required<Pick<EvidenceScope, 'type'>> & EvidenceScope) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return upload<EvidenceFile>(`/v1/evidence${query(scope)}`, form);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

export function useDeleteEvidence() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/v1/evidence/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

export const downloadEvidence = (id: string) => download(`/v1/evidence/${id}/file`);

/** « 1,2 Mo », « 35 ko ». */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024)
    return `${(bytes / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
  // Nothing stored reads « 0 ko »; a few bytes read « 1 ko », never « 0 ko ».
  if (bytes === 0) return '0 ko';
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('fr-FR')} ko`;
}
