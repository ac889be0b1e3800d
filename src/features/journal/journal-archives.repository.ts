import type { Db } from '../../db/connect.ts';
import { fromRow } from './journal.ts';
import {
  type ArchiveCheck,
  type ArchivedJournal,
  checkArchive,
  type ImportLink,
  importLinkOf,
  nextLinks,
  parseArchivedEntries,
} from './journal-archives.ts';

/**
 * Reads the practice's archived journals (`journal_archives`, written by the whole-practice import),
 * oldest first. On PostgreSQL the vault's Kysely plugin opens the sealed columns (entries, source
 * practice name) of every row read, so the values here are clear on both databases.
 */
export async function listArchivedJournals(db: Db, practiceId: string): Promise<ArchivedJournal[]> {
  const rows = await db
    .selectFrom('journal_archives')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .orderBy('position', 'asc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    position: Number(row.position),
    sourcePracticeId: row.source_practice_id,
    sourcePracticeName: row.source_practice_name,
    archivedAt: row.archived_at,
    count: Number(row.entry_count),
    headHash: row.head_hash,
    entries: parseArchivedEntries(row.entries),
  }));
}

/** The live journal's first `practice.imported` entry (what links it to the last archive), or null. */
export async function liveImportLink(db: Db, practiceId: string): Promise<ImportLink | null> {
  const row = await db
    .selectFrom('journal_entries')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .where('action', '=', 'practice.imported')
    .orderBy('seq', 'asc')
    .limit(1)
    .executeTakeFirst();
  return row ? importLinkOf([fromRow(row)]) : null;
}

/** An archive with its verification and the import entry that follows it (null when none). */
export interface VerifiedArchive {
  archive: ArchivedJournal;
  check: ArchiveCheck;
  link: ImportLink | null;
}

/** Every archive of the practice, oldest first, verified (chain, recorded head, link to what follows). */
export async function verifyArchivedJournals(db: Db, practiceId: string): Promise<VerifiedArchive[]> {
  const archives = await listArchivedJournals(db, practiceId);
  if (archives.length === 0) return [];
  const links = nextLinks(archives, await liveImportLink(db, practiceId));
  return archives.map((archive, index) => {
    const link = links[index] ?? null;
    return { archive, check: checkArchive(archive, link), link };
  });
}
