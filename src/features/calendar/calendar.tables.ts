/** A user's secret calendar link: only its SHA-256 hash is kept; revoked ones stay for the record. */
export interface CalendarFeedsTable {
  id: string;
  practice_id: string;
  user_id: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}
