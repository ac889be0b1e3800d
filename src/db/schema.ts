import type {
  ApiTokensTable,
  LoginThrottleTable,
  OneTimeLinksTable,
  PracticesTable,
  SessionsTable,
  UsersTable,
} from '../features/accounts/accounts.tables.ts';
import type { BreachesTable } from '../features/breaches/breaches.tables.ts';
import type { CalendarFeedsTable } from '../features/calendar/calendar.tables.ts';
import type {
  ChecklistAnswerChangesTable,
  ChecklistAnswersTable,
  ChecklistAssessmentsTable,
  ChecklistScoreSnapshotsTable,
} from '../features/checklist/checklist.tables.ts';
import type { EvidenceFilesTable } from '../features/evidence/evidence.tables.ts';
import type {
  IncidentEventsTable,
  IncidentsTable,
  PracticeContactsTable,
} from '../features/incidents/incidents.tables.ts';
import type { JournalEntriesTable } from '../features/journal/journal.tables.ts';
import type { MailVerdictsTable } from '../features/mail-analysis/mail-verdicts.tables.ts';
import type { RecoveryCodesTable } from '../features/mfa/mfa.tables.ts';
import type {
  NoticeSettingsTable,
  NoticeVersionsTable,
  PublicNoticeLinksTable,
} from '../features/notice/notice.tables.ts';
import type { ProcessorsTable } from '../features/processors/processors.tables.ts';
import type { RegisterActivitiesTable, RegisterStateTable } from '../features/register/register.tables.ts';
import type { MailSendsTable, MailSettingsTable, ReminderPrefsTable } from '../features/reminders/reminders.tables.ts';
import type { PatientRequestsTable } from '../features/requests/requests.tables.ts';
import type { RetentionRuleSettingsTable } from '../features/retention/retention.tables.ts';
import type { ScreeningDecisionsTable } from '../features/screening/screening.tables.ts';
import type { JournalArchivesTable } from '../features/transfer/transfer.tables.ts';

/**
 * The whole database as Kysely sees it. Each feature declares its own tables in its folder and
 * they are composed here. Conventions (portable between SQLite and PostgreSQL):
 * ids are text, date-times are ISO 8601 UTC text, booleans are integers 0/1, JSON is text.
 */
export interface InstanceMetaTable {
  key: string;
  value: string;
  updated_at: string;
}

/** A practice's data key, wrapped by the master key (PostgreSQL only: src/lib/crypto/practice-vault.ts). */
export interface PracticeKeysTable {
  practice_id: string;
  version: number;
  /** Which master key wrapped it (masterKeyId). */
  master_key_id: string;
  wrapped: string;
  created_at: string;
  updated_at: string;
}

/** Per-address counters of the sensitive routes, shared by every instance (src/server/rate-limit-store.ts). */
export interface RateLimitHitsTable {
  /** A hash of the route and the client's address: no address is kept readable. */
  key: string;
  hits: number;
  window_ends_at: string;
}

/** One row per scheduled job and period: whoever inserts it runs the job (src/lib/jobs). */
export interface JobRunsTable {
  job: string;
  period_start: string;
  instance: string;
  started_at: string;
}

export interface Database {
  instance_meta: InstanceMetaTable;
  rate_limit_hits: RateLimitHitsTable;
  job_runs: JobRunsTable;
  practices: PracticesTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  one_time_links: OneTimeLinksTable;
  login_throttle: LoginThrottleTable;
  journal_entries: JournalEntriesTable;
  journal_archives: JournalArchivesTable;
  evidence_files: EvidenceFilesTable;
  recovery_codes: RecoveryCodesTable;
  checklist_assessments: ChecklistAssessmentsTable;
  checklist_answers: ChecklistAnswersTable;
  checklist_answer_changes: ChecklistAnswerChangesTable;
  checklist_score_snapshots: ChecklistScoreSnapshotsTable;
  mail_verdicts: MailVerdictsTable;
  patient_requests: PatientRequestsTable;
  retention_rule_settings: RetentionRuleSettingsTable;
  incidents: IncidentsTable;
  incident_events: IncidentEventsTable;
  practice_contacts: PracticeContactsTable;
  breaches: BreachesTable;
  calendar_feeds: CalendarFeedsTable;
  mail_settings: MailSettingsTable;
  reminder_prefs: ReminderPrefsTable;
  mail_sends: MailSendsTable;
  register_activities: RegisterActivitiesTable;
  register_state: RegisterStateTable;
  processors: ProcessorsTable;
  screening_decisions: ScreeningDecisionsTable;
  notice_settings: NoticeSettingsTable;
  notice_versions: NoticeVersionsTable;
  public_notice_links: PublicNoticeLinksTable;
  practice_keys: PracticeKeysTable;
}
