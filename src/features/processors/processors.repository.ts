import type { Selectable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { byText } from '../../lib/crypto/vault-columns.ts';
import { ART28_CLAUSES, type Art28Clause, type Processor } from './processor.ts';
import type { ProcessorsTable } from './processors.tables.ts';

function clausesOf(json: string): Record<Art28Clause, boolean> {
  const stored = JSON.parse(json) as Partial<Record<Art28Clause, boolean>>;
  return Object.fromEntries(ART28_CLAUSES.map((clause) => [clause, stored[clause] === true])) as Record<
    Art28Clause,
    boolean
  >;
}

function fromRow(row: Selectable<ProcessorsTable>): Processor {
  return {
    id: row.id,
    practiceId: row.practice_id,
    name: row.name,
    service: row.service,
    contact: row.contact,
    activityIds: JSON.parse(row.activity_ids) as string[],
    hostsHealthData: Number(row.hosts_health_data) === 1,
    hostingInEea: Number(row.hosting_in_eea) === 1,
    hdsCertificate:
      row.hds_number !== null && row.hds_certifier !== null && row.hds_expires_on !== null
        ? { number: row.hds_number, certifier: row.hds_certifier, expiresOn: row.hds_expires_on }
        : null,
    dpaSignedOn: row.dpa_signed_on,
    contractEndsOn: row.contract_ends_on,
    clauses: clausesOf(row.clauses),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(processor: Processor): Selectable<ProcessorsTable> {
  return {
    id: processor.id,
    practice_id: processor.practiceId,
    name: processor.name,
    service: processor.service,
    contact: processor.contact,
    activity_ids: JSON.stringify(processor.activityIds),
    hosts_health_data: processor.hostsHealthData ? 1 : 0,
    hosting_in_eea: processor.hostingInEea ? 1 : 0,
    hds_number: processor.hdsCertificate?.number ?? null,
    hds_certifier: processor.hdsCertificate?.certifier ?? null,
    hds_expires_on: processor.hdsCertificate?.expiresOn ?? null,
    dpa_signed_on: processor.dpaSignedOn,
    contract_ends_on: processor.contractEndsOn,
    clauses: JSON.stringify(processor.clauses),
    created_at: processor.createdAt,
    updated_at: processor.updatedAt,
  };
}

export async function insertProcessor(db: Db, processor: Processor): Promise<void> {
  await db.insertInto('processors').values(toRow(processor)).execute();
}

/** The processor of this practice, or null (also for another practice's). */
export async function findProcessor(db: Db, practiceId: string, id: string): Promise<Processor | null> {
  const row = await db
    .selectFrom('processors')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? fromRow(row) : null;
}

/** The practice's processors, by name. */
export async function listProcessors(db: Db, practiceId: string): Promise<Processor[]> {
  const rows = await db
    .selectFrom('processors')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .orderBy('created_at', 'asc')
    .execute();
  // Sorted here: on PostgreSQL the name is encrypted (src/lib/crypto/vault-columns.ts). Stable, so
  // processors of the same name stay in creation order.
  return rows.map(fromRow).sort((a, b) => byText(a.name, b.name));
}

/** Saves every field but the id, practice and creation time. */
export async function saveProcessor(db: Db, processor: Processor): Promise<void> {
  const { id: _id, practice_id: _practiceId, created_at: _createdAt, ...changes } = toRow(processor);
  await db
    .updateTable('processors')
    .set(changes)
    .where('practice_id', '=', processor.practiceId)
    .where('id', '=', processor.id)
    .execute();
}

export async function deleteProcessor(db: Db, practiceId: string, id: string): Promise<void> {
  await db.deleteFrom('processors').where('practice_id', '=', practiceId).where('id', '=', id).execute();
}
