import type { Database } from '../../db/schema.ts';

/**
 * THE list of what a hosted (PostgreSQL) instance encrypts with each practice's data key
 * (`practice-vault.ts`): per table, its columns of free text and names. Ids, dates, statuses,
 * codes, counts and hashes stay clear so that queries, sorting by date and isolation work.
 *
 * Rules for a listed column: it is never compared, searched or sorted in SQL (sort in the
 * repository after reading), it is written with plain values (not SQL expressions), and the
 * practice is known from the row (`practice_id`, or `id` for `practices`) or the update's `where`.
 * A new table or column of free text is added here, and the pg_dump test
 * (`practice-vault.pgdump.test.ts`) seeds it.
 *
 * Left clear on purpose: `users.email` (the sign-in looks it up), `sessions.user_agent`,
 * `mail_settings.host` (the instance's own SMTP server), JSON of codes computed by Hygie.
 */
export const VAULT_COLUMNS = {
  practices: [
    'name',
    'siret',
    'finess',
    'rpps',
    'address',
    'phone',
    'email',
    'website',
    'practice_software',
    'appointment_platform',
    'dpo_name',
    'dpo_email',
    'dpo_phone',
  ],
  users: ['name'],
  api_tokens: ['name'],
  one_time_links: ['email'],
  journal_entries: ['actor_label', 'summary', 'data'],
  /** An imported practice's earlier journal (src/features/transfer): its entries as JSON text. */
  journal_archives: ['source_practice_name', 'entries'],
  evidence_files: ['file_name', 'added_by'],
  checklist_answers: ['comment', 'evidence'],
  checklist_answer_changes: ['actor_label', 'changes'],
  mail_verdicts: ['kept_by', 'sender_domain'],
  patient_requests: ['requester_name', 'extension_reason', 'answer', 'refusal_reason'],
  incidents: ['title', 'summary', 'raised_by_label', 'complaint_number', 'withdrawn_by', 'withdrawal_reason'],
  incident_events: ['author_label', 'text'],
  practice_contacts: ['name', 'phone', 'email', 'notes'],
  breaches: [
    'description',
    'consequences',
    'measures_taken',
    'measures_planned',
    'unintelligible_how',
    'subsequent_measures',
    'disproportionate_effort',
    'evidence',
    'severity_expert',
    'decision',
    'delay_reasons',
    'cnil_receipt_number',
    'complaint_number',
    'withdrawn_by',
    'withdrawal_reason',
  ],
  mail_settings: ['username', 'from_address'],
  mail_sends: ['last_error'],
  register_activities: [
    'name',
    'description',
    'controller_details',
    'purposes',
    'legal_basis',
    'data_subjects',
    'data_categories',
    'sources',
    'internal_recipients',
    'external_recipients',
    'processors',
    'transfers',
    'other_security_measures',
  ],
  processors: ['name', 'service', 'contact', 'hds_number', 'hds_certifier'],
  screening_decisions: ['note', 'decided_by'],
  notice_settings: ['controller', 'rights_contact', 'mandatory_data'],
  notice_versions: ['content', 'created_by'],
} satisfies { [T in keyof Database]?: readonly (keyof Database[T] & string)[] };

/** The column naming a row's practice: `id` for the practices table itself. */
export const practiceColumnOf = (table: string) => (table === 'practices' ? 'id' : 'practice_id');

const LOOKUP: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(VAULT_COLUMNS).map(([table, columns]) => [table, new Set<string>(columns)]),
);

/** The encrypted columns of a table (undefined when it has none). */
export const vaultColumnsOf = (table: string): ReadonlySet<string> | undefined => LOOKUP.get(table);

/** Text order as SQL's binary collation (code points), for sorting an encrypted column in a repository. */
export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
