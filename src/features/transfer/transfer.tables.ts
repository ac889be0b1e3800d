/**
 * The journal of an imported practice as it was on its source instance: one row per archived chain,
 * in order (`position` 1, 2… when a practice moved more than once).
 */
export interface JournalArchivesTable {
  id: string;
  practice_id: string;
  position: number;
  /** The practice's id on the source instance: every archived entry's hash covers it. */
  source_practice_id: string;
  source_practice_name: string;
  /** When the chain was archived (the import). */
  archived_at: string;
  entry_count: number;
  /** The hash of the chain's last entry: verifying the entries gives it back. */
  head_hash: string;
  /** JSON array of the entries in the export's form (journal-types.ts JournalEntry). */
  entries: string;
}
