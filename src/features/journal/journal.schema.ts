import { z } from '../../lib/zod.ts';
import { JOURNAL_ACTIONS } from './journal-events.ts';

export const journalQuery = z.strictObject({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  action: z.enum(JOURNAL_ACTIONS).optional(),
  actorId: z.uuid().optional(),
  // A sequence number: PostgreSQL stores it as a 32-bit integer, a larger one is a typing mistake (400, not 500).
  before: z.coerce.number().int().min(1).max(2_147_483_647).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const journalEntryResponse = z.object({
  seq: z.number(),
  id: z.string(),
  at: z.string(),
  actorType: z.string(),
  actorId: z.string().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  actionLabel: z.string(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  summary: z.string(),
  data: z.record(z.string(), z.unknown()),
  hash: z.string(),
});

export const journalListResponse = z.object({
  entries: z.array(journalEntryResponse),
  head: z.object({ seq: z.number(), hash: z.string() }).nullable(),
  /** Pass it as `before` to read the next (older) page; absent on the last page. */
  nextBefore: z.number().optional(),
});

export const journalVerifyResponse = z.object({
  intact: z.boolean(),
  count: z.number(),
  headHash: z.string().optional(),
  brokenAt: z.object({ seq: z.number(), id: z.string(), reason: z.string() }).optional(),
  message: z.string(),
});

export const journalActionsResponse = z.object({
  actions: z.array(z.object({ action: z.string(), label: z.string() })),
});

export const archiveParams = z.strictObject({ id: z.uuid() });

export const archiveQuery = journalQuery.pick({ before: true, limit: true });

export const archivedJournalResponse = z.object({
  id: z.string(),
  /** 1 for the oldest when the practice moved more than once. */
  position: z.number(),
  /** The practice's name and id on the installation it came from. */
  sourcePracticeName: z.string(),
  sourcePracticeId: z.string(),
  /** When the file was exported there (recorded by the import entry that follows), or null. */
  exportedAt: z.string().nullable(),
  archivedAt: z.string(),
  /** Dates of the first and last entries (null when the archive is empty or unreadable). */
  firstAt: z.string().nullable(),
  lastAt: z.string().nullable(),
  count: z.number(),
  headHash: z.string(),
  intact: z.boolean(),
  /** Plain French: intact, or where and how it was altered. */
  message: z.string(),
  /** Where and how it was altered, without the leading « Journal d’avant le transfert altéré » ('' when intact). */
  detail: z.string(),
});

export const archivedJournalsResponse = z.object({ archives: z.array(archivedJournalResponse) });

export const archivedEntriesResponse = journalListResponse;
