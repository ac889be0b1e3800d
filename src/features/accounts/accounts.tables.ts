/** Rows of the accounts tables, as stored (see src/db/schema.ts for the conventions). */
export interface PracticesTable {
  id: string;
  name: string;
  structure_type: string;
  professions: string;
  staff_count: number;
  department: string | null;
  siret: string | null;
  finess: string | null;
  rpps: string | null;
  data_locations: string;
  /** `practice`, `home` or `both`. */
  care_setting: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  video_surveillance: number;
  practice_software: string | null;
  appointment_platform: string | null;
  teleconsultation: number;
  wifi: number;
  mobile_devices: number;
  dpo_name: string | null;
  dpo_email: string | null;
  dpo_phone: string | null;
  mfa_required: number;
  /** `individual` (BNC) or `company`; null until answered (the default then follows the structure). */
  legal_form: string | null;
  /** JSON array of `MEDICAL_SPECIALTIES`. */
  medical_specialties: string;
  /** 1 when Good Friday is a holiday in the practice's Alsace-Moselle commune. */
  good_friday: number;
  status: string;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: string;
  practice_id: string;
  email: string;
  name: string;
  role: string;
  password_hash: string;
  mfa_secret: string | null;
  mfa_pending_secret: string | null;
  mfa_last_step: number | null;
  status: string;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  practice_id: string;
  csrf_token: string;
  mfa_pending: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  user_agent: string | null;
}

export interface ApiTokensTable {
  id: string;
  practice_id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: string;
  expires_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface OneTimeLinksTable {
  id: string;
  practice_id: string;
  kind: string;
  token_hash: string;
  email: string;
  role: string | null;
  user_id: string | null;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface LoginThrottleTable {
  account_key: string;
  failures: number;
  last_failure_at: string;
  next_allowed_at: string;
}
