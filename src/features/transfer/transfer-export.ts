import type { Db } from '../../db/connect.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { SecretBox } from '../../lib/crypto/secret-box.ts';
import { version } from '../../server/version.ts';
import { appendJournal, type JournalActor } from '../journal/journal.repository.ts';
import { GENESIS_HASH, type JournalEntry } from '../journal/journal.ts';
import { readPracticeRows } from './transfer.repository.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, type PracticeExport } from './transfer-format.ts';

const chainOf = (practiceId: string, practiceName: string, entries: JournalEntry[]) => ({
  sourcePracticeId: practiceId,
  sourcePracticeName: practiceName,
  count: entries.length,
  headHash: entries.at(-1)?.hash ?? GENESIS_HASH,
  // `unreadable` is never set on an intact chain; the file holds the hashed fields only.
  entries: entries.map(({ unreadable: _, ...entry }) => entry),
});

/**
 * Everything of one practice as the export file (transfer-format.ts). The export is journaled
 * first, in the same transaction as the reading, so the file's journal ends with its own export.
 * Null when there is no such practice.
 */
export async function exportPractice(
  db: Db,
  box: SecretBox,
  input: { practiceId: string; actor: JournalActor; via: 'web' | 'cli' },
  now: Date,
): Promise<PracticeExport | null> {
  return withTransaction(db, async (trx) => {
    const exists = await trx.selectFrom('practices').select('id').where('id', '=', input.practiceId).executeTakeFirst();
    if (!exists) return null;
    await appendJournal(
      trx,
      input.practiceId,
      {
        actor: input.actor,
        action: 'practice.exported',
        subject: { type: 'practice', id: input.practiceId },
        summary: 'Export complet du cabinet (fichier JSON de transfert).',
        data: { via: input.via },
      },
      now,
    );
    const rows = await readPracticeRows(trx, { practiceId: input.practiceId, box });
    if (!rows) return null;
    const name = String(rows.practice.name);
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: now.toISOString(),
      exportedBy: input.actor.label,
      software: { name: 'Hygie', version },
      practice: rows.practice as PracticeExport['practice'],
      tables: rows.tables as PracticeExport['tables'],
      journal: chainOf(input.practiceId, name, rows.journal),
      journalArchives: rows.archives.map(({ archivedAt, ...chain }) => ({ ...chain, archivedAt })),
    } as PracticeExport;
  });
}

/**
 * The file's text in pieces (one row per line), so that a large practice is written or sent as it
 * is serialised instead of as one string. Joined, the pieces are one JSON document.
 */
export function* exportChunks(file: PracticeExport): Generator<string> {
  const { tables, journal, journalArchives, ...header } = file;
  const json = (value: unknown) => JSON.stringify(value);
  const open = json(header).slice(0, -1);
  yield `${open},\n"tables": {\n`;
  const names = Object.keys(tables);
  for (const [t, name] of names.entries()) {
    const rows = (tables as Record<string, unknown[]>)[name] ?? [];
    yield `${json(name)}: [`;
    for (const [i, row] of rows.entries()) yield `${i === 0 ? '\n' : ',\n'}${json(row)}`;
    yield `]${t === names.length - 1 ? '\n' : ',\n'}`;
  }
  yield '},\n';
  const chain = ({ entries, ...rest }: { entries: unknown[] }) => {
    const head = json(rest).slice(0, -1);
    const body = entries.map((entry) => json(entry)).join(',\n');
    return `${head}${rest && Object.keys(rest).length > 0 ? ',' : ''}"entries": [${body ? `\n${body}\n` : ''}]}`;
  };
  yield `"journal": ${chain(journal)},\n`;
  yield `"journalArchives": [${journalArchives.map(chain).join(',\n')}]\n}\n`;
}

/** The download's file name, e.g. `hygie-export-cabinet-2026-12-07.json`. */
export const exportFileName = (day: string) => `hygie-export-cabinet-${day}.json`;
