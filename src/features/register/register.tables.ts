/** One activity of a practice's register (see src/db/schema.ts for the conventions). */
export interface RegisterActivitiesTable {
  id: string;
  practice_id: string;
  /** Sequence number within the practice's register. */
  number: number;
  name: string;
  description: string | null;
  /** `practice`, `practitioner` or `joint`. */
  controller_kind: string;
  /** The practitioner's user id when `controller_kind` is `practitioner`. */
  controller_user_id: string | null;
  /** JSON: the practitioner's name, or the co-controllers and their arrangement. */
  controller_details: string;
  /** JSON arrays / objects of the art. 30 fields. */
  purposes: string;
  legal_basis: string;
  data_subjects: string;
  data_categories: string;
  sources: string;
  internal_recipients: string;
  external_recipients: string;
  processors: string;
  transfers: string;
  security_measure_ids: string;
  other_security_measures: string | null;
  /** `active` or `archived`. */
  status: string;
  template_id: string | null;
  referential_version: string | null;
  /** When the practice kept Hygie's proposal on its template's open point (ISO instant), or null. */
  open_point_kept_at: string | null;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

/** One row per practice: the register's version (bumped on every change). */
export interface RegisterStateTable {
  practice_id: string;
  version: number;
  /** ISO instant of the last change. */
  changed_at: string;
}
