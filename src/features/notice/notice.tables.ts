/** What the patient notice needs beyond the practice profile: the controller's name, how to exercise the rights. */
export interface NoticeSettingsTable {
  practice_id: string;
  /** Who is responsible, when not the practice's name (e.g. « Dr Hélène Lefèvre »). */
  controller: string | null;
  /** How patients exercise their rights, when not simply « auprès du cabinet ». */
  rights_contact: string | null;
  /** Which data are mandatory and what happens without them, when the practice words it itself. */
  mandatory_data: string | null;
  updated_at: string;
}

/** One generated version of the notice: the content it was made from, frozen. */
export interface NoticeVersionsTable {
  id: string;
  practice_id: string;
  /** 1, 2, 3… per practice. */
  number: number;
  /** JSON of the notice's content (see notice.ts). */
  content: string;
  /** The register's version (see register.repository.ts) the notice was made from. */
  register_version: number;
  /** ISO instant of the register's last change when the version was made (null: never changed). */
  register_changed_at: string | null;
  /** Hash of the practice identity, DPO and settings the version was made from. */
  fingerprint: string;
  created_by: string;
  created_at: string;
}

/** The token of a practice's public notice page (one per practice, stable). */
export interface PublicNoticeLinksTable {
  practice_id: string;
  /** Random, URL-safe: the page's address holds it. */
  token: string;
  created_at: string;
}
