import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { type JournalFilters, type JournalPage, PAGE_SIZE } from './journal-types.ts';
import { nextDay, parisMidnight } from './paris-time.ts';

export const JOURNAL_KEY = ['journal'] as const;

/** The query string of GET /api/v1/journal for these filters (the « Au » day is included). */
export function journalSearch(filters: JournalFilters, before?: number): string {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (filters.from) params.set('from', parisMidnight(filters.from));
  if (filters.to) params.set('to', parisMidnight(nextDay(filters.to)));
  if (filters.action) params.set('action', filters.action);
  if (filters.actorId) params.set('actorId', filters.actorId);
  if (before !== undefined) params.set('before', String(before));
  return params.toString();
}

/** The journal, newest first, page after page (`nextBefore`). */
export function useJournal(filters: JournalFilters) {
  return useInfiniteQuery({
    queryKey: [...JOURNAL_KEY, 'entries', filters],
    queryFn: ({ pageParam }) => api<JournalPage>(`/v1/journal?${journalSearch(filters, pageParam)}`),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore,
  });
}
