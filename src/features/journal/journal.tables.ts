export interface JournalEntriesTable {
  practice_id: string;
  seq: number;
  id: string;
  at: string;
  actor_type: string;
  actor_id: string | null;
  actor_label: string;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  summary: string;
  data: string;
  prev_hash: string;
  hash: string;
}
