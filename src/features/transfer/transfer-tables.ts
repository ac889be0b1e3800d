/**
 * THE list of what a whole-practice export holds: every table of one practice, its columns with
 * their portable types, and the columns that hold another row's id (remapped on import). The JSON
 * format (transfer-format.ts), its JSON Schema (docs/practice-export.schema.json), the reading and
 * the writing (transfer.repository.ts) are all derived from this list: a new practice table or
 * column is added here, once.
 *
 * Column types: `text`, `int` (numbers and 0/1 booleans), `json` (JSON kept as its text, as stored),
 * `bytes` (base64 in the file); a trailing `?` allows null. Secret columns are never listed: they are
 * not exported, and `secrets` says what the import writes instead.
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

const PRACTICE_COLUMNS = {
  id: 'text',
  name: 'text',
  structure_type: 'text',
  professions: 'json',
  staff_count: 'int',
  department: 'text?',
  siret: 'text?',
  finess: 'text?',
  rpps: 'text?',
  data_locations: 'json',
  care_setting: 'text',
  address: 'text?',
  phone: 'text?',
  email: 'text?',
  website: 'text?',
  video_surveillance: 'int',
  practice_software: 'text?',
  appointment_platform: 'text?',
  teleconsultation: 'int',
  wifi: 'int',
  mobile_devices: 'int',
  dpo_name: 'text?',
  dpo_email: 'text?',
  dpo_phone: 'text?',
  mfa_required: 'int',
  legal_form: 'text?',
  medical_specialties: 'json',
  good_friday: 'int',
  status: 'text',
  created_at: 'text',
  updated_at: 'text',
} as const satisfies Record<string, ColumnType>;

/** The practice itself: one row, written first (every other row names it). */
export const PRACTICE_TABLE: TransferTable = {
  name: 'practices',
  key: 'id',
  columns: PRACTICE_COLUMNS,
  order: [],
  about: 'le cabinet et son profil (une seule ligne)',
};

/** Every other table of the practice, in the order the import writes them (a row after those it names). */
export const TRANSFER_TABLES: readonly TransferTable[] = [
  {
    name: 'users',
    key: 'id',
    columns: {
      id: 'text',
      email: 'text',
      name: 'text',
      role: 'text',
      status: 'text',
      created_at: 'text',
      updated_at: 'text',
    },
    order: ['email'],
    secrets: { password_hash: 'unusable_password', mfa_secret: null, mfa_pending_secret: null, mfa_last_step: null },
    about: 'les membres, sans mot de passe ni double authentification (chacun choisit un nouveau mot de passe)',
  },
  {
    name: 'checklist_assessments',
    key: null,
    columns: {
      referential_version: 'text',
      known_measure_ids: 'json',
      new_measure_ids: 'json',
      created_at: 'text',
      updated_at: 'text',
    },
    order: [],
    about: 'la version du référentiel du diagnostic',
  },
  {
    name: 'checklist_answers',
    key: null,
    columns: {
      measure_id: 'text',
      status: 'text?',
      comment: 'text?',
      assignee_id: 'text?',
      due_date: 'text?',
      priority: 'text?',
      evidence: 'text?',
      last_done_day: 'text?',
      measure_title: 'text',
      archived_at: 'text?',
      created_at: 'text',
      updated_at: 'text',
      updated_by: 'text?',
      answered_at: 'text?',
      first_pass_question: 'text?',
      overrides_observation: 'int',
    },
    refs: { assignee_id: 'users' },
    order: ['measure_id'],
    about: 'les réponses du diagnostic',
  },
  {
    name: 'checklist_answer_changes',
    key: 'id',
    columns: { id: 'text', measure_id: 'text', seq: 'int', at: 'text', actor_label: 'text', changes: 'json' },
    order: ['measure_id', 'seq'],
    remap: (row, ids) => {
      const changes = jsonText(row.changes) as { field: string; from: unknown; to: unknown }[];
      const user = (value: unknown) => (value === null ? null : mapped(ids, 'users', value));
      const remapped = changes.map((c) => (c.field === 'assignee' ? { ...c, from: user(c.from), to: user(c.to) } : c));
      return { ...row, changes: JSON.stringify(remapped) };
    },
    about: 'l’historique des réponses du diagnostic',
  },
  {
    name: 'checklist_score_snapshots',
    key: null,
    columns: { day: 'text', overall: 'int?', families: 'json', updated_at: 'text' },
    order: ['day'],
    about: 'les scores de chaque jour',
  },
  {
    name: 'register_activities',
    key: 'id',
    columns: {
      id: 'text',
      number: 'int',
      name: 'text',
      description: 'text?',
      controller_kind: 'text',
      controller_user_id: 'text?',
      controller_details: 'json',
      purposes: 'json',
      legal_basis: 'json',
      data_subjects: 'json',
      data_categories: 'json',
      sources: 'json',
      internal_recipients: 'json',
      external_recipients: 'json',
      processors: 'json',
      transfers: 'json',
      security_measure_ids: 'json',
      other_security_measures: 'text?',
      status: 'text',
      template_id: 'text?',
      referential_version: 'text?',
      open_point_kept_at: 'text?',
      created_at: 'text',
      updated_at: 'text',
      archived_at: 'text?',
    },
    refs: { controller_user_id: 'users' },
    order: ['number'],
    about: 'le registre des activités de traitement',
  },
  {
    name: 'register_state',
    key: null,
    columns: { version: 'int', changed_at: 'text' },
    order: [],
    unread: ['has_website', 'has_video_surveillance'],
    about: 'la version du registre',
  },
  {
    name: 'processors',
    key: 'id',
    columns: {
      id: 'text',
      name: 'text',
      service: 'text',
      contact: 'text?',
      activity_ids: 'json',
      hosts_health_data: 'int',
      hosting_in_eea: 'int',
      hds_number: 'text?',
      hds_certifier: 'text?',
      hds_expires_on: 'text?',
      dpa_signed_on: 'text?',
      contract_ends_on: 'text?',
      clauses: 'json',
      created_at: 'text',
      updated_at: 'text',
    },
    order: ['created_at', 'name'],
    remap: (row, ids) => {
      const activities = (jsonText(row.activity_ids) as string[]).map((id) => mapped(ids, 'register_activities', id));
      return { ...row, activity_ids: JSON.stringify(activities.filter((id) => id !== null)) };
    },
    about: 'les sous-traitants',
  },
  {
    name: 'screening_decisions',
    key: 'id',
    columns: {
      id: 'text',
      kind: 'text',
      number: 'int',
      answers: 'json',
      result: 'text',
      reasons: 'json',
      note: 'text?',
      decided_by_id: 'text?',
      decided_by: 'text',
      decided_at: 'text',
    },
    refs: { decided_by_id: 'users' },
    order: ['kind', 'number'],
    about: 'les décisions DPO et AIPD',
  },
  {
    name: 'notice_settings',
    key: null,
    columns: { controller: 'text?', rights_contact: 'text?', mandatory_data: 'text?', updated_at: 'text' },
    order: [],
    unread: ['address', 'phone', 'email'],
    about: 'les réglages de la notice d’information',
  },
  {
    name: 'notice_versions',
    key: 'id',
    columns: {
      id: 'text',
      number: 'int',
      content: 'json',
      register_version: 'int',
      register_changed_at: 'text?',
      fingerprint: 'text',
      created_by: 'text',
      created_at: 'text',
    },
    order: ['number'],
    about: 'les versions de la notice d’information',
  },
  {
    name: 'practice_contacts',
    key: 'id',
    columns: {
      id: 'text',
      kind: 'text',
      name: 'text',
      phone: 'text?',
      email: 'text?',
      notes: 'text?',
      created_at: 'text',
      updated_at: 'text',
    },
    order: ['kind', 'name', 'created_at'],
    about: 'les contacts du cabinet (prestataire, assureur…)',
  },
  {
    name: 'incidents',
    key: 'id',
    columns: {
      id: 'text',
      scenario: 'text',
      status: 'text',
      title: 'text?',
      summary: 'text?',
      raised_by: 'text?',
      raised_by_label: 'text',
      raised_at: 'text',
      closed_at: 'text?',
      complaint_filed_at: 'text?',
      complaint_number: 'text?',
      ars_reported_at: 'text?',
      withdrawn_at: 'text?',
      withdrawn_by: 'text?',
      withdrawal_reason: 'text?',
      updated_at: 'text',
    },
    refs: { raised_by: 'users' },
    order: ['raised_at', 'scenario', 'updated_at'],
    about: 'les incidents',
  },
  {
    name: 'breaches',
    key: 'id',
    columns: {
      id: 'text',
      incident_id: 'text?',
      description: 'text?',
      natures: 'json',
      origin: 'text?',
      cause_source: 'text?',
      cause_intent: 'text?',
      data_categories: 'json',
      people_categories: 'json',
      people_count: 'int?',
      records_count: 'int?',
      consequences: 'text?',
      measures_taken: 'text?',
      measures_planned: 'text?',
      unintelligible: 'int?',
      unintelligible_how: 'text?',
      subsequent_measures: 'text?',
      disproportionate_effort: 'text?',
      evidence: 'json',
      started_at: 'text?',
      discovered_at: 'text?',
      aware_at: 'text',
      notification_deadline: 'text',
      severity_answers: 'json?',
      severity_expert: 'json?',
      decision: 'json?',
      delay_reasons: 'text?',
      cnil_notified_at: 'text?',
      cnil_receipt_number: 'text?',
      complementary_notified_at: 'text?',
      subjects_informed_at: 'text?',
      complaint_filed_at: 'text?',
      complaint_number: 'text?',
      ars_reported_at: 'text?',
      withdrawn_at: 'text?',
      withdrawn_by: 'text?',
      withdrawal_reason: 'text?',
      created_at: 'text',
      updated_at: 'text',
    },
    refs: { incident_id: 'incidents' },
    order: ['aware_at', 'created_at', 'description'],
    about: 'le registre des violations de données',
  },
  {
    name: 'incident_events',
    key: 'id',
    columns: {
      id: 'text',
      incident_id: 'text',
      seq: 'int',
      kind: 'text',
      at: 'text',
      author_id: 'text?',
      author_label: 'text',
      gesture_id: 'text?',
      contact_id: 'text?',
      text: 'text?',
      data: 'json?',
    },
    refs: { incident_id: 'incidents', author_id: 'users', contact_id: 'practice_contacts' },
    order: ['incident_id', 'seq'],
    remap: (row, ids) => {
      const data = jsonText(row.data) as Record<string, unknown> | null;
      if (data === null || typeof data.breachId !== 'string') return row;
      return { ...row, data: JSON.stringify({ ...data, breachId: mapped(ids, 'breaches', data.breachId) }) };
    },
    about: 'le déroulé de chaque incident',
  },
  {
    name: 'patient_requests',
    key: 'id',
    columns: {
      id: 'text',
      kind: 'text',
      received_at: 'text',
      requester_type: 'text',
      requester_name: 'text',
      heir_purpose: 'text?',
      identity_checked: 'int',
      status: 'text',
      info_older_than_5_years: 'int',
      alsace_moselle: 'int',
      good_friday: 'int',
      earliest_answer_at: 'text?',
      due_date: 'text',
      extended_due_date: 'text?',
      extended_at: 'text?',
      extension_reason: 'text?',
      answer: 'text?',
      answered_at: 'text?',
      refusal_reason: 'text?',
      created_at: 'text',
      updated_at: 'text',
    },
    order: ['received_at', 'created_at', 'requester_name'],
    about: 'le registre des demandes des patients',
  },
  {
    name: 'retention_rule_settings',
    key: null,
    columns: {
      rule_id: 'text',
      keep_months: 'int',
      keep_days: 'int',
      archive_months: 'int',
      updated_at: 'text',
      updated_by: 'text?',
    },
    refs: { updated_by: 'users' },
    order: ['rule_id'],
    about: 'les durées de conservation propres au cabinet',
  },
  {
    name: 'mail_settings',
    key: null,
    columns: {
      host: 'text',
      port: 'int',
      security: 'text',
      username: 'text?',
      from_address: 'text',
      updated_at: 'text',
    },
    order: [],
    secrets: { password_sealed: null },
    about: 'le serveur d’envoi des rappels, sans son mot de passe (à saisir de nouveau)',
  },
  {
    name: 'reminder_prefs',
    key: null,
    columns: { user_id: 'text', digest: 'text', alerts: 'int', anchor: 'int', updated_at: 'text' },
    refs: { user_id: 'users' },
    order: ['user_id'],
    about: 'les choix de rappels de chaque membre',
  },
  {
    name: 'mail_verdicts',
    key: 'id',
    columns: {
      id: 'text',
      user_id: 'text?',
      kept_by: 'text',
      verdict: 'text',
      finding_codes: 'json',
      sender_domain: 'text?',
      created_at: 'text',
    },
    refs: { user_id: 'users' },
    order: ['created_at', 'kept_by', 'verdict'],
    about: 'les verdicts gardés de l’analyse des e-mails suspects (jamais le message)',
  },
  {
    name: 'evidence_files',
    key: 'id',
    columns: {
      id: 'text',
      target_type: 'text',
      target_id: 'text?',
      file_name: 'text',
      media_type: 'text',
      size: 'int',
      sha256: 'text',
      content: 'bytes',
      added_by_id: 'text?',
      added_by: 'text',
      added_at: 'text',
    },
    refs: { added_by_id: 'users' },
    order: ['added_at', 'file_name', 'sha256'],
    remap: (row, ids) => {
      const table = EVIDENCE_TARGET_TABLES[String(row.target_type)];
      return table ? { ...row, target_id: mapped(ids, table, row.target_id) } : row;
    },
    about: 'les pièces justificatives, en clair dans le fichier (base64) avec leur SHA-256',
  },
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
