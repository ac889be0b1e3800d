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

/** One archive of GET /api/v1/journal/archives: the journal kept from before the practice moved here. */
export interface ArchivedJournal {
  id: string;
  position: number;
  sourcePracticeName: string;
  sourcePracticeId: string;
  exportedAt: string | null;
  archivedAt: string;
  firstAt: string | null;
  lastAt: string | null;
  count: number;
  headHash: string;
  intact: boolean;
  message: string;
  /** Where and how it was altered ('' when intact). */
  detail: string;
}
