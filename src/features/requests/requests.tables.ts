/** One patient request (see src/db/schema.ts for the conventions). */
export interface PatientRequestsTable {
  id: string;
  practice_id: string;
  /** `medical_file`, `access`, `rectification`, `erasure`, `restriction`, `objection`, `portability`. */
  kind: string;
  /** ISO calendar day of receipt (Paris). */
  received_at: string;
  /** `patient`, `representative` or `heir`. */
  requester_type: string;
  /** By default the practice software's patient number and initials; a full name only if the practice chooses. */
  requester_name: string;
  /** Heirs only: `causes_of_death`, `defend_memory` or `assert_rights`. */
  heir_purpose: string | null;
  identity_checked: number;
  status: string;
  info_older_than_5_years: number;
  /** The practice was in Alsace-Moselle when the dates were computed (two more public holidays). */
  alsace_moselle: number;
  /** Good Friday was counted too (a commune with a Protestant or mixed church, L. 3134-13). */
  good_friday: number;
  /** Computed, never typed: ISO calendar days. */
  earliest_answer_at: string | null;
  due_date: string;
  extended_due_date: string | null;
  /** ISO instant of the extension, and the reason told to the person. */
  extended_at: string | null;
  extension_reason: string | null;
  /** The answer's content (medical information: practitioners only) and its ISO calendar day. */
  answer: string | null;
  answered_at: string | null;
  refusal_reason: string | null;
  created_at: string;
  updated_at: string;
}
