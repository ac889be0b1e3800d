import type { Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { IsoDay } from '../../lib/dates/index.ts';
import type { HeirPurpose, RequesterType, RequestKind, RequestStatus } from './request-labels.ts';
import type { PatientRequestsTable } from './requests.tables.ts';

/** A patient request as the rest of the code sees it. */
export interface PatientRequest {
  id: string;
  practiceId: string;
  kind: RequestKind;
  receivedAt: IsoDay;
  requester: { type: RequesterType; name: string };
  heirPurpose: HeirPurpose | null;
  identityChecked: boolean;
  status: RequestStatus;
  infoOlderThan5Years: boolean;
  alsaceMoselle: boolean;
  /** Good Friday was counted too (Alsace-Moselle, a commune with a Protestant or mixed church). */
  goodFriday: boolean;
  earliestAnswerAt: IsoDay | null;
  dueDate: IsoDay;
  extendedDueDate: IsoDay | null;
  extendedAt: string | null;
  extensionReason: string | null;
  answer: string | null;
  answeredAt: IsoDay | null;
  refusalReason: string | null;
  createdAt: string;
  updatedAt: string;
}

function fromRow(row: Selectable<PatientRequestsTable>): PatientRequest {
  return {
    id: row.id,
    practiceId: row.practice_id,
    kind: row.kind as RequestKind,
    receivedAt: row.received_at,
    requester: { type: row.requester_type as RequesterType, name: row.requester_name },
    heirPurpose: row.heir_purpose as HeirPurpose | null,
    identityChecked: row.identity_checked === 1,
    status: row.status as RequestStatus,
    infoOlderThan5Years: row.info_older_than_5_years === 1,
    alsaceMoselle: row.alsace_moselle === 1,
    goodFriday: row.good_friday === 1,
    earliestAnswerAt: row.earliest_answer_at,
    dueDate: row.due_date,
    extendedDueDate: row.extended_due_date,
    extendedAt: row.extended_at,
    extensionReason: row.extension_reason,
    answer: row.answer,
    answeredAt: row.answered_at,
    refusalReason: row.refusal_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(request: PatientRequest): Selectable<PatientRequestsTable> {
  return {
    id: request.id,
    practice_id: request.practiceId,
    kind: request.kind,
    received_at: request.receivedAt,
    requester_type: request.requester.type,
    requester_name: request.requester.name,
    heir_purpose: request.heirPurpose,
    identity_checked: request.identityChecked ? 1 : 0,
    status: request.status,
    info_older_than_5_years: request.infoOlderThan5Years ? 1 : 0,
    alsace_moselle: request.alsaceMoselle ? 1 : 0,
    good_friday: request.goodFriday ? 1 : 0,
    earliest_answer_at: request.earliestAnswerAt,
    due_date: request.dueDate,
    extended_due_date: request.extendedDueDate,
    extended_at: request.extendedAt,
    extension_reason: request.extensionReason,
    answer: request.answer,
    answered_at: request.answeredAt,
    refusal_reason: request.refusalReason,
    created_at: request.createdAt,
    updated_at: request.updatedAt,
  };
}

export async function insertRequest(db: Db, request: PatientRequest): Promise<void> {
  await db.insertInto('patient_requests').values(toRow(request)).execute();
}

/** The request of this practice, or null (also for another practice's request). */
export async function findRequest(db: Db, practiceId: string, id: string): Promise<PatientRequest | null> {
  const row = await db
    .selectFrom('patient_requests')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? fromRow(row) : null;
}

/** The practice's requests, most recently received first. */
export async function listRequests(
  db: Db,
  practiceId: string,
  filters: { status?: RequestStatus; openOnly?: boolean } = {},
): Promise<PatientRequest[]> {
  let query = db.selectFrom('patient_requests').selectAll().where('practice_id', '=', practiceId);
  if (filters.status) query = query.where('status', '=', filters.status);
  if (filters.openOnly) query = query.where('status', 'not in', ['answered', 'refused']);
  const rows = await query.orderBy('received_at', 'desc').orderBy('created_at', 'desc').execute();
  return rows.map(fromRow);
}

/** Saves the whole request (every field but its id, practice and creation time). */
export async function saveRequest(db: Db, request: PatientRequest): Promise<void> {
  const { id: _id, practice_id: _practiceId, created_at: _createdAt, ...changes } = toRow(request);
  await db
    .updateTable('patient_requests')
    .set(changes satisfies Updateable<PatientRequestsTable>)
    .where('practice_id', '=', request.practiceId)
    .where('id', '=', request.id)
    .execute();
}
