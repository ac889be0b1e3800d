import type { Db } from '../../db/connect.ts';
import { byText } from '../../lib/crypto/vault-columns.ts';
import { formatDayLong, parisDay } from '../../lib/dates/index.ts';
import type { EvidenceTarget, EvidenceTargetType } from './evidence-targets.ts';

/** An evidence document without its bytes. */
export interface EvidenceRecord {
  id: string;
  practiceId: string;
  target: EvidenceTarget;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  addedById: string | null;
  addedBy: string;
  addedAt: string;
}

export interface NewEvidence extends EvidenceRecord {
  sealed: boolean;
  content: Buffer;
}

const COLUMNS = [
  'id',
  'practice_id',
  'target_type',
  'target_id',
  'file_name',
  'media_type',
  'size',
  'sha256',
  'added_by_id',
  'added_by',
  'added_at',
] as const;

type Row = {
  id: string;
  practice_id: string;
  target_type: string;
  target_id: string | null;
  file_name: string;
  media_type: string;
  size: number | string;
  sha256: string;
  added_by_id: string | null;
  added_by: string;
  added_at: string;
};

const toRecord = (row: Row): EvidenceRecord => ({
  id: row.id,
  practiceId: row.practice_id,
  target: { type: row.target_type as EvidenceTargetType, id: row.target_id },
  fileName: row.file_name,
  mediaType: row.media_type,
  size: Number(row.size),
  sha256: row.sha256,
  addedById: row.added_by_id,
  addedBy: row.added_by,
  addedAt: row.added_at,
});

export async function insertEvidence(db: Db, file: NewEvidence): Promise<void> {
  await db
    .insertInto('evidence_files')
    .values({
      id: file.id,
      practice_id: file.practiceId,
      target_type: file.target.type,
      target_id: file.target.id,
      file_name: file.fileName,
      media_type: file.mediaType,
      size: file.size,
      sha256: file.sha256,
      sealed: file.sealed ? 1 : 0,
      content: file.content,
      added_by_id: file.addedById,
      added_by: file.addedBy,
      added_at: file.addedAt,
    })
    .execute();
}

/** The practice's files, newest first; only the given target types, and one target when given. */
export async function listEvidence(
  db: Db,
  practiceId: string,
  filter: { types: readonly EvidenceTargetType[]; target?: EvidenceTarget },
): Promise<EvidenceRecord[]> {
  if (filter.types.length === 0) return [];
  let query = db
    .selectFrom('evidence_files')
    .select(COLUMNS)
    .where('practice_id', '=', practiceId)
    .where('target_type', 'in', filter.types);
  const target = filter.target;
  if (target) {
    query = query.where('target_type', '=', target.type);
    query = target.id === null ? query.where('target_id', 'is', null) : query.where('target_id', '=', target.id);
  }
  const rows = await query.orderBy('added_at', 'desc').orderBy('id').execute();
  // Files added at the same instant by name: sorted here, the name is encrypted on PostgreSQL.
  return rows.sort((a, b) => byText(b.added_at, a.added_at) || byText(a.file_name, b.file_name)).map(toRecord);
}

export async function findEvidence(db: Db, practiceId: string, id: string): Promise<EvidenceRecord | null> {
  const row = await db
    .selectFrom('evidence_files')
    .select(COLUMNS)
    .where('practice_id', '=', practiceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toRecord(row) : null;
}

/** The stored bytes of a file (sealed or not). */
export async function evidenceContent(
  db: Db,
  practiceId: string,
  id: string,
): Promise<{ content: Buffer; sealed: boolean } | null> {
  const row = await db
    .selectFrom('evidence_files')
    .select(['content', 'sealed'])
    .where('practice_id', '=', practiceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { content: Buffer.from(row.content), sealed: Number(row.sealed) === 1 } : null;
}

export async function deleteEvidence(db: Db, practiceId: string, id: string): Promise<void> {
  await db.deleteFrom('evidence_files').where('practice_id', '=', practiceId).where('id', '=', id).execute();
}

/** Bytes the practice's evidence files take (original sizes). */
export async function evidenceBytes(db: Db, practiceId: string): Promise<number> {
  const row = await db
    .selectFrom('evidence_files')
    .select((eb) => eb.fn.sum<number | string | null>('size').as('total'))
    .where('practice_id', '=', practiceId)
    .executeTakeFirst();
  return Number(row?.total ?? 0);
}

/** Names of what files can be attached to, per type and id (no patient name: requests by their day). */
export type TargetNames = Map<string, string>;
const key = (type: EvidenceTargetType, id: string | null) => `${type}:${id ?? ''}`;

/**
 * The names of every processor, register activity, breach and request of the practice, for the
 * lists and the compliance file; measures are named from the referential by the caller.
 */
export async function targetNames(db: Db, practiceId: string): Promise<TargetNames> {
  const [processors, activities, breaches, requests] = await Promise.all([
    db.selectFrom('processors').select(['id', 'name']).where('practice_id', '=', practiceId).execute(),
    db.selectFrom('register_activities').select(['id', 'name']).where('practice_id', '=', practiceId).execute(),
    db.selectFrom('breaches').select(['id', 'aware_at']).where('practice_id', '=', practiceId).execute(),
    db.selectFrom('patient_requests').select(['id', 'received_at']).where('practice_id', '=', practiceId).execute(),
  ]);
  const names: TargetNames = new Map();
  for (const p of processors) names.set(key('processor', p.id), p.name);
  for (const a of activities) names.set(key('activity', a.id), a.name);
  for (const b of breaches)
    names.set(key('breach', b.id), `constatée le ${formatDayLong(parisDay(new Date(b.aware_at)))}`);
  for (const r of requests) names.set(key('request', r.id), `reçue le ${formatDayLong(r.received_at.slice(0, 10))}`);
  return names;
}

export const targetNameOf = (names: TargetNames, target: EvidenceTarget) => names.get(key(target.type, target.id));

/** The assignee of a measure's answer in the practice (null when none or unanswered). */
export async function measureAssignee(db: Db, practiceId: string, measureId: string): Promise<string | null> {
  const row = await db
    .selectFrom('checklist_answers')
    .select('assignee_id')
    .where('practice_id', '=', practiceId)
    .where('measure_id', '=', measureId)
    .executeTakeFirst();
  return row?.assignee_id ?? null;
}
