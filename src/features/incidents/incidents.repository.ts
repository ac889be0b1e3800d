import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { isPostgres } from '../../db/dialect.ts';
import { withTransaction } from '../../db/transaction.ts';
import { byText } from '../../lib/crypto/vault-columns.ts';
import { type Withdrawal, withdrawalColumns, withdrawalOf } from '../../lib/lifecycle/lifecycle.ts';
import {
  EVENT_KIND_PATTERN,
  type IncidentEventKind,
  type IncidentScenario,
  type IncidentStatus,
  type PracticeContactKind,
} from './incident-labels.ts';
import type { IncidentEventsTable, IncidentsTable, PracticeContactsTable } from './incidents.tables.ts';

export type {
  IncidentEventKind,
  IncidentScenario,
  IncidentStatus,
  PracticeContactKind,
} from './incident-labels.ts';

/** Who did something on an incident: the user's id (null for the system) and the name shown. */
export interface IncidentAuthor {
  id: string | null;
  name: string;
}

/** An incident as the rest of the code sees it. */
export interface Incident {
  id: string;
  practiceId: string;
  scenario: IncidentScenario;
  status: IncidentStatus;
  title: string | null;
  summary: string | null;
  raisedBy: IncidentAuthor;
  raisedAt: string;
  closedAt: string | null;
  /** When the complaint was filed: the insurer's 72-hour clock (Code des assurances L. 12-10-1). */
  complaintFiledAt: string | null;
  complaintNumber: string | null;
  /** When the serious incident was reported to the ARS (CSP L. 1111-8-2). */
  arsReportedAt: string | null;
  /** Recorded by mistake and withdrawn (« retiré »), or null: see src/lib/lifecycle. */
  withdrawal: Withdrawal | null;
  updatedAt: string;
}

/** One line of an incident's timeline, in order (`seq` 1, 2, 3…). */
export interface IncidentEvent {
  id: string;
  incidentId: string;
  seq: number;
  kind: IncidentEventKind;
  /** ISO 8601 UTC instant. */
  at: string;
  author: IncidentAuthor;
  /** The playbook gesture ticked or unticked (`step_done`, `step_undone`). */
  gestureId: string | null;
  /** The contact called: a national contact id or a practice contact id (`contact_called`). */
  contactId: string | null;
  /** Free text (a note, a decision); may name a patient, so it never goes to the journal. */
  text: string | null;
  /** What another feature attaches, e.g. `{ breachId }` for `qualified_breach`. */
  data: Record<string, unknown> | null;
}

/** The timeline of an incident, oldest first. */
export type IncidentTimeline = IncidentEvent[];

/** What `appendIncidentEvent` records. */
export interface IncidentEventDraft {
  kind: IncidentEventKind;
  at: Date;
  author: IncidentAuthor;
  gestureId?: string | null;
  contactId?: string | null;
  text?: string | null;
  data?: Record<string, unknown> | null;
}

function incidentFromRow(row: Selectable<IncidentsTable>): Incident {
  return {
    id: row.id,
    practiceId: row.practice_id,
    scenario: row.scenario as IncidentScenario,
    status: row.status as IncidentStatus,
    title: row.title,
    summary: row.summary,
    raisedBy: { id: row.raised_by, name: row.raised_by_label },
    raisedAt: row.raised_at,
    closedAt: row.closed_at,
    complaintFiledAt: row.complaint_filed_at,
    complaintNumber: row.complaint_number,
    arsReportedAt: row.ars_reported_at,
    withdrawal: withdrawalOf(row),
    updatedAt: row.updated_at,
  };
}

function eventFromRow(row: Selectable<IncidentEventsTable>): IncidentEvent {
  return {
    id: row.id,
    incidentId: row.incident_id,
    seq: Number(row.seq),
    kind: row.kind,
    at: row.at,
    author: { id: row.author_id, name: row.author_label },
    gestureId: row.gesture_id,
    contactId: row.contact_id,
    text: row.text,
    data: row.data === null ? null : (JSON.parse(row.data) as Record<string, unknown>),
  };
}

/** The practice's incident, or null (also for another practice's id). */
export async function findIncident(db: Db, practiceId: string, id: string): Promise<Incident | null> {
  const row = await db
    .selectFrom('incidents')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? incidentFromRow(row) : null;
}

export interface IncidentFilters {
  /** Only the incidents this user raised (the secretary's view). */
  raisedBy?: string;
  status?: IncidentStatus;
  /** false: leave out the withdrawn ones. */
  withdrawn?: boolean;
}

/** The practice's incidents, newest first. */
export async function listIncidents(db: Db, practiceId: string, filters: IncidentFilters = {}): Promise<Incident[]> {
  let query = db.selectFrom('incidents').selectAll().where('practice_id', '=', practiceId);
  if (filters.raisedBy !== undefined) query = query.where('raised_by', '=', filters.raisedBy);
  if (filters.status !== undefined) query = query.where('status', '=', filters.status);
  if (filters.withdrawn === false) query = query.where('withdrawn_at', 'is', null);
  const rows = await query.orderBy('raised_at', 'desc').orderBy('id').execute();
  return rows.map(incidentFromRow);
}

/** The incident's timeline, oldest first (empty for an unknown incident or another practice's). */
export async function listIncidentTimeline(db: Db, practiceId: string, incidentId: string): Promise<IncidentTimeline> {
  const rows = await db
    .selectFrom('incident_events')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .where('incident_id', '=', incidentId)
    .orderBy('seq', 'asc')
    .execute();
  return rows.map(eventFromRow);
}

/**
 * Appends an event to the incident's timeline and returns it, or null when the incident is not the
 * practice's. Call it inside the transaction of the change it records (alone, it opens its own).
 * Concurrent appends queue on the incident row (PostgreSQL) or the SQLite write lock, so `seq` has
 * no gaps nor duplicates. Throws on a malformed kind (lowercase letters and underscores).
 * @example appendIncidentEvent(trx, practiceId, incidentId, { kind: 'qualified_breach', at: now, author: { id: userId, name: 'Dr Martin' }, data: { breachId } })
 */
export async function appendIncidentEvent(
  db: Db,
  practiceId: string,
  incidentId: string,
  draft: IncidentEventDraft,
): Promise<IncidentEvent | null> {
  if (!EVENT_KIND_PATTERN.test(draft.kind)) throw new Error(`Invalid incident event kind: ${draft.kind}`);
  return withTransaction(db, async (trx) => {
    let incident = trx
      .selectFrom('incidents')
      .select('id')
      .where('practice_id', '=', practiceId)
      .where('id', '=', incidentId);
    if (isPostgres(trx)) incident = incident.forUpdate();
    if (!(await incident.executeTakeFirst())) return null;
    const last = await trx
      .selectFrom('incident_events')
      .select('seq')
      .where('incident_id', '=', incidentId)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    const row: Selectable<IncidentEventsTable> = {
      id: randomUUID(),
      practice_id: practiceId,
      incident_id: incidentId,
      seq: last ? Number(last.seq) + 1 : 1,
      kind: draft.kind,
      at: draft.at.toISOString(),
      author_id: draft.author.id,
      author_label: draft.author.name,
      gesture_id: draft.gestureId ?? null,
      contact_id: draft.contactId ?? null,
      text: draft.text ?? null,
      data: draft.data ? JSON.stringify(draft.data) : null,
    };
    await trx.insertInto('incident_events').values(row).execute();
    await trx
      .updateTable('incidents')
      .set({ updated_at: row.at })
      .where('practice_id', '=', practiceId)
      .where('id', '=', incidentId)
      .execute();
    return eventFromRow(row);
  });
}

export interface NewIncident {
  scenario: IncidentScenario;
  raisedBy: IncidentAuthor;
  title?: string | null;
  summary?: string | null;
}

/** Records a new open incident and its first timeline event (`raised`). */
export async function insertIncident(db: Db, practiceId: string, input: NewIncident, now: Date): Promise<Incident> {
  const at = now.toISOString();
  const row: Selectable<IncidentsTable> = {
    id: randomUUID(),
    practice_id: practiceId,
    scenario: input.scenario,
    status: 'open',
    title: input.title ?? null,
    summary: input.summary ?? null,
    raised_by: input.raisedBy.id,
    raised_by_label: input.raisedBy.name,
    raised_at: at,
    closed_at: null,
    complaint_filed_at: null,
    complaint_number: null,
    ars_reported_at: null,
    ...withdrawalColumns(null),
    updated_at: at,
  };
  return withTransaction(db, async (trx) => {
    await trx.insertInto('incidents').values(row).execute();
    await appendIncidentEvent(trx, practiceId, row.id, { kind: 'raised', at: now, author: input.raisedBy });
    return incidentFromRow(row);
  });
}

export interface IncidentChanges {
  title?: string | null;
  summary?: string | null;
  status?: IncidentStatus;
  complaintFiledAt?: string | null;
  complaintNumber?: string | null;
  arsReportedAt?: string | null;
  withdrawal?: Withdrawal;
}

/**
 * Updates title, summary, status (closing sets `closed_at`, reopening clears it), the complaint and
 * ARS report dates, or records the withdrawal; null when not found.
 */
export async function updateIncidentRow(
  db: Db,
  practiceId: string,
  id: string,
  changes: IncidentChanges,
  now: Date,
): Promise<Incident | null> {
  const at = now.toISOString();
  const set: Partial<Selectable<IncidentsTable>> = { updated_at: at };
  if (changes.title !== undefined) set.title = changes.title;
  if (changes.summary !== undefined) set.summary = changes.summary;
  if (changes.status !== undefined) {
    set.status = changes.status;
    set.closed_at = changes.status === 'closed' ? at : null;
  }
  if (changes.complaintFiledAt !== undefined) set.complaint_filed_at = changes.complaintFiledAt;
  if (changes.complaintNumber !== undefined) set.complaint_number = changes.complaintNumber;
  if (changes.arsReportedAt !== undefined) set.ars_reported_at = changes.arsReportedAt;
  if (changes.withdrawal !== undefined) Object.assign(set, withdrawalColumns(changes.withdrawal));
  await db.updateTable('incidents').set(set).where('practice_id', '=', practiceId).where('id', '=', id).execute();
  return findIncident(db, practiceId, id);
}

/** One of the practice's own contacts. */
export interface PracticeContact {
  id: string;
  kind: PracticeContactKind;
  name: string;
  phone: string | null;
  email: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PracticeContactInput {
  kind: PracticeContactKind;
  name: string;
  phone?: string | null;
  email?: string | null;
  notes?: string | null;
}

function contactFromRow(row: Selectable<PracticeContactsTable>): PracticeContact {
  return {
    id: row.id,
    kind: row.kind as PracticeContactKind,
    name: row.name,
    phone: row.phone,
    email: row.email,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The practice's contacts, by kind then name. */
export async function listPracticeContacts(db: Db, practiceId: string): Promise<PracticeContact[]> {
  const rows = await db
    .selectFrom('practice_contacts')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .orderBy('kind')
    .orderBy('id')
    .execute();
  // The name is sorted here: on PostgreSQL it is encrypted (src/lib/crypto/vault-columns.ts).
  return rows.map(contactFromRow).sort((a, b) => byText(a.kind, b.kind) || byText(a.name, b.name));
}

export async function findPracticeContact(db: Db, practiceId: string, id: string): Promise<PracticeContact | null> {
  const row = await db
    .selectFrom('practice_contacts')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? contactFromRow(row) : null;
}

export async function insertPracticeContact(
  db: Db,
  practiceId: string,
  input: PracticeContactInput,
  now: Date,
): Promise<PracticeContact> {
  const at = now.toISOString();
  const row: Selectable<PracticeContactsTable> = {
    id: randomUUID(),
    practice_id: practiceId,
    kind: input.kind,
    name: input.name,
    phone: input.phone ?? null,
    email: input.email ?? null,
    notes: input.notes ?? null,
    created_at: at,
    updated_at: at,
  };
  await db.insertInto('practice_contacts').values(row).execute();
  return contactFromRow(row);
}

/** Replaces a contact's fields; null when it is not the practice's. */
export async function updatePracticeContact(
  db: Db,
  practiceId: string,
  id: string,
  input: PracticeContactInput,
  now: Date,
): Promise<PracticeContact | null> {
  await db
    .updateTable('practice_contacts')
    .set({
      kind: input.kind,
      name: input.name,
      phone: input.phone ?? null,
      email: input.email ?? null,
      notes: input.notes ?? null,
      updated_at: now.toISOString(),
    })
    .where('practice_id', '=', practiceId)
    .where('id', '=', id)
    .execute();
  return findPracticeContact(db, practiceId, id);
}

/** Deletes a contact; false when it is not the practice's. */
export async function deletePracticeContact(db: Db, practiceId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('practice_contacts')
    .where('practice_id', '=', practiceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
