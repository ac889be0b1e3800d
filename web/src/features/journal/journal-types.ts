/** One entry of GET /api/v1/journal (src/features/journal/journal.schema.ts). */
export interface JournalEntry {
  seq: number;
  id: string;
  at: string;
  actorType: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  actionLabel: string;
  summary: string;
  hash: string;
}

export interface JournalPage {
  entries: JournalEntry[];
  head: { seq: number; hash: string } | null;
  /** Pass it as `before` to read the next (older) page; absent on the last page. */
  nextBefore?: number;
}

/** GET /api/v1/journal/verify. */
export interface JournalVerification {
  intact: boolean;
  count: number;
  headHash?: string;
  brokenAt?: { seq: number; id: string; reason: string };
  message: string;
}

/** What the person chose to see: days as `YYYY-MM-DD` (Paris), '' when not filtered. */
export interface JournalFilters {
  from: string;
  to: string;
  action: string;
  actorId: string;
}

export const NO_FILTERS: JournalFilters = { from: '', to: '', action: '', actorId: '' };

/** Entries per page of the journal table; « Voir plus » loads the next ones. */
export const PAGE_SIZE = 50;
