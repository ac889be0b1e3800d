import type { Db } from '../../db/connect.ts';
import { appendJournal, type JournalActor } from '../journal/journal.repository.ts';

/** Records a backup in the journal of every practice it contains. */
export async function journalBackup(db: Db, actor: JournalActor, now: Date): Promise<void> {
  const practices = await db.selectFrom('practices').select('id').execute();
  for (const practice of practices) {
    await db
      .transaction()
      .execute((trx) =>
        appendJournal(
          trx,
          practice.id,
          { actor, action: 'backup.created', summary: 'Sauvegarde chiffrée de la base', data: {} },
          now,
        ),
      );
  }
}

export async function countPractices(db: Db): Promise<number> {
  const row = await db
    .selectFrom('practices')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
