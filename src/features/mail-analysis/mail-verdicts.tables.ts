/** A kept verdict of the e-mail analyser; the message itself is never stored. */
export interface MailVerdictsTable {
  id: string;
  practice_id: string;
  /** Null once the user is deleted; `kept_by` still names them. */
  user_id: string | null;
  /** "Dr Martin (Titulaire)", as the journal names people. */
  kept_by: string;
  verdict: string;
  /** JSON array of finding codes. */
  finding_codes: string;
  sender_domain: string | null;
  created_at: string;
}
