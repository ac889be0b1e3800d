/** An incident raised with « Je pense être victime d’une cyberattaque ». */
export interface IncidentsTable {
  id: string;
  practice_id: string;
  /** One of `INCIDENT_SCENARIOS` (`ransomware`, `phishing_opened`…). */
  scenario: string;
  /** `open` or `closed`. */
  status: string;
  title: string | null;
  summary: string | null;
  /** The user who raised it (null once that user is deleted; the name stays in `raised_by_label`). */
  raised_by: string | null;
  raised_by_label: string;
  raised_at: string;
  closed_at: string | null;
  /** When the complaint was filed (the insurer's 72-hour clock, Code des assurances L. 12-10-1), and its number. */
  complaint_filed_at: string | null;
  complaint_number: string | null;
  /** When the serious incident was reported to the ARS (CSP L. 1111-8-2). */
  ars_reported_at: string | null;
  /** Withdrawn (« retiré(e) »): recorded by mistake, kept in the register; when, by whom, why. */
  withdrawn_at: string | null;
  withdrawn_by: string | null;
  withdrawal_reason: string | null;
  updated_at: string;
}

/** The incident's timeline: one row per step, note, decision… in order (`seq` 1, 2, 3… per incident). */
export interface IncidentEventsTable {
  id: string;
  practice_id: string;
  incident_id: string;
  seq: number;
  /** `raised`, `step_done`, `step_undone`, `note`, `decision`, `contact_called`, `closed`, or another feature's kind. */
  kind: string;
  at: string;
  author_id: string | null;
  author_label: string;
  gesture_id: string | null;
  contact_id: string | null;
  text: string | null;
  /** JSON object another feature attaches (e.g. `{ "breachId": "…" }`), or null. */
  data: string | null;
}

/** The practice's own contacts (IT provider, insurer, lawyer, software support…). */
export interface PracticeContactsTable {
  id: string;
  practice_id: string;
  /** One of `PRACTICE_CONTACT_KINDS`. */
  kind: string;
  name: string;
  phone: string | null;
  email: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}
