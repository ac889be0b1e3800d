/** One evidence document of a practice (see src/db/schema.ts for the conventions). */
export interface EvidenceFilesTable {
  id: string;
  practice_id: string;
  /** What it proves: `practice`, `measure`, `processor`, `breach`, `request` or `activity`. */
  target_type: string;
  /** The measure, processor, breach, request or activity id; null for the practice itself. */
  target_id: string | null;
  file_name: string;
  media_type: string;
  /** Bytes of the original file. */
  size: number;
  /** SHA-256 (hex) of the original file. */
  sha256: string;
  /** 1 when `content` is sealed by the instance's secret box (always, for files added through the API). */
  sealed: number;
  content: Buffer;
  added_by_id: string | null;
  added_by: string;
  added_at: string;
}
