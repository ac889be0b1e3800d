import type { Transaction } from 'kysely';
import type { Db } from './connect.ts';
import type { Database } from './schema.ts';

/** Runs `work` in a transaction, or in the caller's transaction when `db` already is one. */
export async function withTransaction<T>(db: Db, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<Database>);
  return db.transaction().execute(work);
}
