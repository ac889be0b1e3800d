/** Who made the change: a signed-in user, an API token, the application itself, or the host's admin. */
export type JournalActorType = 'user' | 'token' | 'system' | 'admin';

/** One entry of a practice's accountability journal (`journal_entries` row, camelCase). */
export interface JournalEntry {
  practiceId: string;
  /** 1, 2, 3… per practice, without gaps. */
  seq: number;
  id: string;
  /** ISO 8601 UTC with milliseconds, e.g. `2026-11-29T10:15:00.000Z`. */
  at: string;
  actorType: JournalActorType;
  actorId: string | null;
  /** As shown at the time, e.g. "Dr Martin (titulaire)". */
  actorLabel: string;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  /** A short French sentence. */
  summary: string;
  /** The action's details (see `journal-events.ts`); never a patient identifier. */
  data: Record<string, unknown>;
  /** The previous entry's `hash`, or `GENESIS_HASH` for n° 1. */
  prevHash: string;
  /** `computeHash` of this entry and `prevHash`: 64 lowercase hex digits. */
  hash: string;
  /**
   * Set by `fromRow` when a stored value could not be read (e.g. `['data']` for damaged JSON); the
   * value then holds a placeholder, and `verifyChain` reports the entry as `bad_data`.
   */
  unreadable?: readonly (keyof JournalEntry)[];
}

/** An entry before it is chained: `chainEntry` fills `seq`, `prevHash` and `hash`. */
export type JournalEntryDraft = Omit<JournalEntry, 'seq' | 'prevHash' | 'hash' | 'unreadable'>;

/** The values an entry's hash covers. */
export type HashedFields = Omit<JournalEntry, 'prevHash' | 'hash'>;
