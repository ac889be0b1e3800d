import { badRequest } from '../../server/errors.ts';
import type { ArchivedChain, PracticeRows } from './transfer.repository.ts';
import type { PracticeExport } from './transfer-format.ts';
import { type IdMaps, nullable, type Row, TRANSFER_TABLES } from './transfer-tables.ts';

const incoherent = (what: string) =>
  badRequest(`Le fichier d’export est incohérent (${what}) : le cabinet n’a pas été importé.`);

/** Old id → new id for every row that has its own id, per table (a repeated id is refused). */
export function newIds(file: PracticeExport, newId: () => string): IdMaps {
  const maps: Record<string, Map<string, string>> = {};
  for (const table of TRANSFER_TABLES) {
    if (table.key === null) continue;
    const map = new Map<string, string>();
    for (const row of file.tables[table.name] as Row[]) {
      const id = String(row.id);
      if (map.has(id)) throw incoherent(`identifiant ${id} en double dans ${table.name}`);
      map.set(id, newId());
    }
    maps[table.name] = map;
  }
  return maps;
}

/**
 * The file's rows with new ids everywhere: each row's own id, each column naming another row
 * (an id the file does not hold becomes null, or is refused where a row cannot exist without it),
 * and the ids held in JSON text or chosen by another column (each table's `remap`). The file's
 * journal joins its archived chains, as they were, stamped with the import's time.
 */
export function remapPractice(
  file: PracticeExport,
  input: { practiceId: string; now: Date; newId: () => string },
): PracticeRows {
  const ids = newIds(file, input.newId);
  const tables: Record<string, Row[]> = {};
  for (const table of TRANSFER_TABLES) {
    tables[table.name] = (file.tables[table.name] as Row[]).map((source) => {
      let row: Row = { ...source };
      if (table.key) row.id = ids[table.name]?.get(String(source.id));
      for (const [column, target] of Object.entries(table.refs ?? {})) {
        if (source[column] === null) continue;
        const id = ids[target]?.get(String(source[column])) ?? null;
        if (id === null && !nullable(table.columns[column] ?? 'text')) {
          throw incoherent(`${table.name}.${column} désigne ${String(source[column])}, absent du fichier`);
        }
        row[column] = id;
      }
      if (table.remap) row = table.remap(row, ids);
      return row;
    });
  }
  const live: ArchivedChain = {
    sourcePracticeId: file.journal.sourcePracticeId,
    sourcePracticeName: file.journal.sourcePracticeName,
    archivedAt: input.now.toISOString(),
    count: file.journal.count,
    headHash: file.journal.headHash,
    entries: file.journal.entries,
  };
  return {
    practice: { ...(file.practice as Row), id: input.practiceId },
    tables,
    journal: [],
    archives: [...file.journalArchives, live],
  };
}
