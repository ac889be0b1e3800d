/** A practice's own durations for a retention rule (absent: the referential's defaults apply). */
export interface RetentionRuleSettingsTable {
  practice_id: string;
  /** The `id` of a rule of `referential/retention-rules.yaml`. */
  rule_id: string;
  keep_months: number;
  /** Days of the active base after its months (rules a text counts in days); 0 for the others. */
  keep_days: number;
  archive_months: number;
  updated_at: string;
  /** The user who made the change (no foreign key: the setting outlives the account). */
  updated_by: string | null;
}
