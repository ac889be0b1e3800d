/** The practice's diagnostic: which referential version it last saw, and the measures then known. */
export interface ChecklistAssessmentsTable {
  practice_id: string;
  /** Version of `referential/measures.yaml` the answers were last reconciled with. */
  referential_version: string;
  /** JSON array of the measure ids of that version (ids only: the referential is never copied). */
  known_measure_ids: string;
  /** JSON array of ids added by the last upgrade and not answered yet (« nouveau »). */
  new_measure_ids: string;
  created_at: string;
  updated_at: string;
}

/** One answer per practice and measure. */
export interface ChecklistAnswersTable {
  practice_id: string;
  measure_id: string;
  /** Null: « sans réponse » (cleared, or the measure was only assigned). */
  status: string | null;
  comment: string | null;
  assignee_id: string | null;
  /** ISO calendar day. */
  due_date: string | null;
  priority: string | null;
  evidence: string | null;
  /** Last Paris day the measure was marked done (drives the next due day of a recurring measure). */
  last_done_day: string | null;
  /** The measure's title when last answered, shown if the measure leaves the referential. */
  measure_title: string;
  /** Set when the measure left the referential; the answer is kept, read-only. */
  archived_at: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
  /** When the measure last went from no answer to an answer (ISO date-time); null while unanswered. */
  answered_at: string | null;
  /** The first-pass question this status came from; null once a person sets it in the full view. */
  first_pass_question: string | null;
  /** 1 when a person's answer replaces what Hygie observed (« constaté par Hygie »). */
  overrides_observation: number;
}

/** Who changed what in an answer, and when (the history under each measure). */
export interface ChecklistAnswerChangesTable {
  id: string;
  practice_id: string;
  measure_id: string;
  /** 1, 2, 3… per practice and measure: the order of the changes. */
  seq: number;
  at: string;
  actor_label: string;
  /** JSON array of `{ field, from, to }` with stored values. */
  changes: string;
}

/** The scores of a day; at most one row per practice and day (the last change of the day wins). */
export interface ChecklistScoreSnapshotsTable {
  practice_id: string;
  day: string;
  overall: number | null;
  /** JSON object: family id → score sur 100. */
  families: string;
  updated_at: string;
}
