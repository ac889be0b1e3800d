/**
 * THE list of what a whole-practice export holds: every table of one practice, its columns with
 * their portable types, and the columns that hold another row's id (remapped on import). The JSON
 * format (transfer-format.ts), its JSON Schema (docs/practice-export.schema.json), the reading and
 * the writing (transfer.repository.ts) are all derived from this list: a new practice table or
 * column is added here, once.
 *
 * Column types: `text`, `int` (numbers and 0/1 booleans), `json` (JSON kept as its text, as stored),
 * `bytes` (base64 in the file); a trailing `?` allows null. Secret columns are never listed: they are
 * not exported, and `secrets` says what the import writes instead. Each table is declared by `table`
 * (its columns in one string, see `columns`).
 */

export type ColumnType = 'text' | 'text?' | 'int' | 'int?' | 'json' | 'json?' | 'bytes';

/** Ids of the practice's rows, per table, old id → new id (filled by the import before remapping). */
export type IdMaps = Readonly<Record<string, ReadonlyMap<string, string>>>;

export type Row = Record<string, unknown>;

export interface TransferTable {
  name: string;
  /** `id` when each row has its own id (a new one on import), null when the practice id is the key. */
  key: 'id' | null;
  columns: Readonly<Record<string, ColumnType>>;
  /** Column → the table whose row id it holds (the same export). An unknown id becomes null. */
  refs?: Readonly<Record<string, string>>;
  /** The file's order (stable whatever the ids): these columns, then the id. */
  order: readonly string[];
  /** Ids held inside JSON text or chosen by another column: rewritten by this function on import. */
  remap?: (row: Row, ids: IdMaps) => Row;
  /** What the import writes in the columns that are not exported (secrets). */
  secrets?: Readonly<Record<string, 'unusable_password' | null>>;
  /** Columns the application no longer reads (kept by an old migration): not exported, left null. */
  unread?: readonly string[];
  /** One sentence for the documentation (docs/practice-export.md lists them). */
  about: string;
}

const mapped = (ids: IdMaps, table: string, value: unknown): string | null =>
  typeof value === 'string' ? (ids[table]?.get(value) ?? null) : null;

const jsonText = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

/** Evidence targets whose id is a row of the export (a measure id is the referential's, kept as is). */
export const EVIDENCE_TARGET_TABLES: Readonly<Record<string, string>> = {
  processor: 'processors',
  breach: 'breaches',
  request: 'patient_requests',
  activity: 'register_activities',
};

/** One column of a `columns` string: its name, then `?` (a nullable text) or `:` and its type. */
const COLUMN = /^([a-z0-9_]+)(?:(\?)|:(text\??|int\??|json\??|bytes))?$/;

/**
 * Columns from one string, in their order: names separated by white space, each a `text` unless it
 * says otherwise: `name?` is a `text?`, `name:int` (or `:int?`, `:json`, `:json?`, `:bytes`) that type.
 * @example columns('id seq:int note?') // { id: 'text', seq: 'int', note: 'text?' }
 * @throws Error for an unknown type or a name given twice (at start-up: the list is read when loaded).
 */
export function columns(spec: string): Record<string, ColumnType> {
  const result: Record<string, ColumnType> = {};
  for (const word of spec.trim().split(/\s+/)) {
    const [, name, optional, type] = COLUMN.exec(word) ?? [];
    if (name === undefined || name in result) throw new Error(`transfer-tables.ts: column « ${word} »`);
    result[name] = optional ? 'text?' : ((type ?? 'text') as ColumnType);
  }
  return result;
}

type TableOptions = Partial<Pick<TransferTable, 'refs' | 'order' | 'remap' | 'secrets' | 'unread'>>;

/** A table of the export: its rows have their own id when an `id` column is listed, else the practice id is the key. */
function table(name: string, spec: string, about: string, options: TableOptions = {}): TransferTable {
  const cols = columns(spec);
  return { name, key: 'id' in cols ? 'id' : null, columns: cols, order: [], ...options, about };
}

/** The practice itself: one row, written first (every other row names it). */
export const PRACTICE_TABLE: TransferTable = table(
  'practices',
  `id name structure_type professions:json staff_count:int department? siret? finess? rpps? data_locations:json
   care_setting address? phone? email? website? video_surveillance:int practice_software? appointment_platform?
   teleconsultation:int wifi:int mobile_devices:int dpo_name? dpo_email? dpo_phone? mfa_required:int legal_form?
   medical_specialties:json good_friday:int status created_at updated_at`,
  'le cabinet et son profil (une seule ligne)',
);

/** Every other table of the practice, in the order the import writes them (a row after those it names). */
export const TRANSFER_TABLES: readonly TransferTable[] = [
  table(
    'users',
    'id email name role status created_at updated_at',
    'les membres, sans mot de passe ni double authentification (chacun choisit un nouveau mot de passe)',
    {
      order: ['email'],
      secrets: { password_hash: 'unusable_password', mfa_secret: null, mfa_pending_secret: null, mfa_last_step: null },
    },
  ),
  table(
    'checklist_assessments',
    'referential_version known_measure_ids:json new_measure_ids:json created_at updated_at',
    'la version du référentiel du diagnostic',
  ),
  table(
    'checklist_answers',
    `measure_id status? comment? assignee_id? due_date? priority? evidence? last_done_day? measure_title archived_at?
     created_at updated_at updated_by? answered_at? first_pass_question? overrides_observation:int`,
    'les réponses du diagnostic',
    { refs: { assignee_id: 'users' }, order: ['measure_id'] },
  ),
  table(
    'checklist_answer_changes',
    'id measure_id seq:int at actor_label changes:json',
    'l’historique des réponses du diagnostic',
    {
      order: ['measure_id', 'seq'],
      remap: (row, ids) => {
        const changes = jsonText(row.changes) as { field: string; from: unknown; to: unknown }[];
        const user = (value: unknown) => (value === null ? null : mapped(ids, 'users', value));
        const remapped = changes.map((c) =>
          c.field === 'assignee' ? { ...c, from: user(c.from), to: user(c.to) } : c,
        );
        return { ...row, changes: JSON.stringify(remapped) };
      },
    },
  ),
  table('checklist_score_snapshots', 'day overall:int? families:json updated_at', 'les scores de chaque jour', {
    order: ['day'],
  }),
  table(
    'register_activities',
    `id number:int name description? controller_kind controller_user_id? controller_details:json purposes:json
     legal_basis:json data_subjects:json data_categories:json sources:json internal_recipients:json
     external_recipients:json processors:json transfers:json security_measure_ids:json other_security_measures?
     status template_id? referential_version? open_point_kept_at? created_at updated_at archived_at?`,
    'le registre des activités de traitement',
    { refs: { controller_user_id: 'users' }, order: ['number'] },
  ),
  table('register_state', 'version:int changed_at', 'la version du registre', {
    unread: ['has_website', 'has_video_surveillance'],
  }),
  table(
    'processors',
    `id name service contact? activity_ids:json hosts_health_data:int hosting_in_eea:int hds_number? hds_certifier?
     hds_expires_on? dpa_signed_on? contract_ends_on? clauses:json created_at updated_at`,
    'les sous-traitants',
    {
      order: ['created_at', 'name'],
      remap: (row, ids) => {
        const activities = (jsonText(row.activity_ids) as string[]).map((id) => mapped(ids, 'register_activities', id));
        return { ...row, activity_ids: JSON.stringify(activities.filter((id) => id !== null)) };
      },
    },
  ),
  table(
    'screening_decisions',
    'id kind number:int answers:json result reasons:json note? decided_by_id? decided_by decided_at',
    'les décisions DPO et AIPD',
    { refs: { decided_by_id: 'users' }, order: ['kind', 'number'] },
  ),
  table(
    'notice_settings',
    'controller? rights_contact? mandatory_data? updated_at',
    'les réglages de la notice d’information',
    {
      unread: ['address', 'phone', 'email'],
    },
  ),
  table(
    'notice_versions',
    'id number:int content:json register_version:int register_changed_at? fingerprint created_by created_at',
    'les versions de la notice d’information',
    { order: ['number'] },
  ),
  table(
    'practice_contacts',
    'id kind name phone? email? notes? created_at updated_at',
    'les contacts du cabinet (prestataire, assureur…)',
    { order: ['kind', 'name', 'created_at'] },
  ),
  table(
    'incidents',
    `id scenario status title? summary? raised_by? raised_by_label raised_at closed_at? complaint_filed_at?
     complaint_number? ars_reported_at? withdrawn_at? withdrawn_by? withdrawal_reason? updated_at`,
    'les incidents',
    { refs: { raised_by: 'users' }, order: ['raised_at', 'scenario', 'updated_at'] },
  ),
  table(
    'breaches',
    `id incident_id? description? natures:json origin? cause_source? cause_intent? data_categories:json
     people_categories:json people_count:int? records_count:int? consequences? measures_taken? measures_planned?
     unintelligible:int? unintelligible_how? subsequent_measures? disproportionate_effort? evidence:json started_at?
     discovered_at? aware_at notification_deadline severity_answers:json? severity_expert:json? decision:json?
     delay_reasons? cnil_notified_at? cnil_receipt_number? complementary_notified_at? subjects_informed_at?
     complaint_filed_at? complaint_number? ars_reported_at? withdrawn_at? withdrawn_by? withdrawal_reason?
     created_at updated_at`,
    'le registre des violations de données',
    { refs: { incident_id: 'incidents' }, order: ['aware_at', 'created_at', 'description'] },
  ),
  table(
    'incident_events',
    'id incident_id seq:int kind at author_id? author_label gesture_id? contact_id? text? data:json?',
    'le déroulé de chaque incident',
    {
      refs: { incident_id: 'incidents', author_id: 'users', contact_id: 'practice_contacts' },
      order: ['incident_id', 'seq'],
      remap: (row, ids) => {
        const data = jsonText(row.data) as Record<string, unknown> | null;
        if (data === null || typeof data.breachId !== 'string') return row;
        return { ...row, data: JSON.stringify({ ...data, breachId: mapped(ids, 'breaches', data.breachId) }) };
      },
    },
  ),
  table(
    'patient_requests',
    `id kind received_at requester_type requester_name heir_purpose? identity_checked:int status
     info_older_than_5_years:int alsace_moselle:int good_friday:int earliest_answer_at? due_date extended_due_date?
     extended_at? extension_reason? answer? answered_at? refusal_reason? created_at updated_at`,
    'le registre des demandes des patients',
    { order: ['received_at', 'created_at', 'requester_name'] },
  ),
  table(
    'retention_rule_settings',
    'rule_id keep_months:int keep_days:int archive_months:int updated_at updated_by?',
    'les durées de conservation propres au cabinet',
    { refs: { updated_by: 'users' }, order: ['rule_id'] },
  ),
  table(
    'mail_settings',
    'host port:int security username? from_address updated_at',
    'le serveur d’envoi des rappels, sans son mot de passe (à saisir de nouveau)',
    { secrets: { password_sealed: null } },
  ),
  table('reminder_prefs', 'user_id digest alerts:int anchor:int updated_at', 'les choix de rappels de chaque membre', {
    refs: { user_id: 'users' },
    order: ['user_id'],
  }),
  table(
    'mail_verdicts',
    'id user_id? kept_by verdict finding_codes:json sender_domain? created_at',
    'les verdicts gardés de l’analyse des e-mails suspects (jamais le message)',
    { refs: { user_id: 'users' }, order: ['created_at', 'kept_by', 'verdict'] },
  ),
  table(
    'evidence_files',
    'id target_type target_id? file_name media_type size:int sha256 content:bytes added_by_id? added_by added_at',
    'les pièces justificatives, en clair dans le fichier (base64) avec leur SHA-256',
    {
      refs: { added_by_id: 'users' },
      order: ['added_at', 'file_name', 'sha256'],
      remap: (row, ids) => {
        const target = EVIDENCE_TARGET_TABLES[String(row.target_type)];
        return target ? { ...row, target_id: mapped(ids, target, row.target_id) } : row;
      },
    },
  ),
];

/**
 * The practice's tables that are not exported, and why (a test checks that every table with a
 * `practice_id` column is either listed above or here).
 */
export const NOT_EXPORTED: Readonly<Record<string, string>> = {
  sessions: 'secret : sessions ouvertes',
  api_tokens: 'secret : jetons d’accès',
  one_time_links: 'secret : liens à usage unique',
  calendar_feeds: 'secret : adresses d’agenda (chacun en crée une nouvelle)',
  public_notice_links: 'adresse publique de la notice (recréée sur la nouvelle instance)',
  mail_sends: 'envois de rappels planifiés (replanifiés sur la nouvelle instance)',
  journal_entries: 'exporté à part, avec sa chaîne (journal)',
  journal_archives: 'exporté à part (journalArchives)',
  practice_keys: 'clé de données du cabinet sur cette instance (une nouvelle à l’import)',
};

/** Whether a column type allows null. */
export const nullable = (type: ColumnType): boolean => type.endsWith('?');
