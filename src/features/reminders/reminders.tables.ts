/** The owner's outgoing e-mail server, for a single-practice instance without HYGIE_SMTP_URL. */
export interface MailSettingsTable {
  practice_id: string;
  host: string;
  port: number;
  /** `tls` (implicit, port 465), `starttls` (587), `none` (local relay only). */
  security: string;
  username: string | null;
  /** Sealed by app.deps.secrets (`sb1:` + base64), never in clear. */
  password_sealed: string | null;
  from_address: string;
  updated_at: string;
}

/** Each member's reminder choices (defaults when no row: weekly digest, alerts on, anchor on). */
export interface ReminderPrefsTable {
  user_id: string;
  practice_id: string;
  /** `weekly`, `daily`, `none`. */
  digest: string;
  alerts: number;
  /** The owner's monthly journal anchor when she takes no digest. */
  anchor: number;
  updated_at: string;
}

/**
 * One e-mail to send, keyed so that it is planned once (`digest:<user>:<period>`,
 * `alert:<user>:<item>:<trigger>`, `anchor:<user>:<month>`); an instance takes it with a lease,
 * so two instances never send it both.
 */
export interface MailSendsTable {
  id: string;
  send_key: string;
  practice_id: string;
  user_id: string;
  kind: string;
  /** JSON: what the message is about (the alert's item id and trigger). */
  payload: string;
  /** `pending`, `sent`, `failed` (gave up after the last attempt). */
  status: string;
  attempts: number;
  next_attempt_at: string;
  lease_until: string | null;
  lease_owner: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}
