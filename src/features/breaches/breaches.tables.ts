/**
 * The breach register (GDPR art. 33(5)): every breach, notified or not. Conventions of
 * src/db/schema.ts: text ids, ISO 8601 UTC text instants, integer 0/1 booleans, JSON as text.
 */
export interface BreachesTable {
  id: string;
  practice_id: string;
  /** The incident it was qualified from (incident mode), if any. */
  incident_id: string | null;
  description: string | null;
  /** JSON array of `confidentiality`, `integrity`, `availability`. */
  natures: string;
  origin: string | null;
  /** `internal` or `external`. */
  cause_source: string | null;
  /** `malicious`, `accidental` or `unknown`. */
  cause_intent: string | null;
  /** JSON array of data categories (`health`, `social_security_number`…). */
  data_categories: string;
  /** JSON array of categories of people (`patients`, `minors`, `staff`…). */
  people_categories: string;
  people_count: number | null;
  records_count: number | null;
  consequences: string | null;
  measures_taken: string | null;
  measures_planned: string | null;
  /** 1 when the data were unintelligible (encrypted, key safe), 0 when not, null when not known yet. */
  unintelligible: number | null;
  unintelligible_how: string | null;
  /** GDPR art. 34(3)(b): the measures taken since that make the high risk unlikely, or null. */
  subsequent_measures: string | null;
  /** GDPR art. 34(3)(c): why informing each person would take disproportionate effort, or null. */
  disproportionate_effort: string | null;
  /** JSON array of the evidence kept (for the complaint). */
  evidence: string;
  started_at: string | null;
  discovered_at: string | null;
  aware_at: string;
  /** aware_at + 72 hours, stored so that lists sort and filter on it. */
  notification_deadline: string;
  /** JSON of the six ENISA factors from the plain-French questions, or null. */
  severity_answers: string | null;
  /** JSON `{ factors, justification, by, at }` of an expert's adjustment, or null. */
  severity_expert: string | null;
  /** JSON of the recorded decision with the score that informed it, or null. */
  decision: string | null;
  delay_reasons: string | null;
  cnil_notified_at: string | null;
  cnil_receipt_number: string | null;
  complementary_notified_at: string | null;
  subjects_informed_at: string | null;
  complaint_filed_at: string | null;
  complaint_number: string | null;
  /** When the serious incident was reported to the ARS (CSP L. 1111-8-2), or null. */
  ars_reported_at: string | null;
  /** Withdrawn (« retiré(e) »): recorded by mistake, kept in the register; when, by whom, why. */
  withdrawn_at: string | null;
  withdrawn_by: string | null;
  withdrawal_reason: string | null;
  created_at: string;
  updated_at: string;
}
