import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { SEALED_PREFIX } from './practice-vault.ts';
import { practiceColumnOf, VAULT_COLUMNS } from './vault-columns.ts';

/**
 * Sealing what is still clear (`hygie seal`): rows written before the vault was switched on, or
 * before a column was added to `vault-columns.ts`, keep their text in clear until their next save.
 * This walks every listed table by primary key, in batches, and rewrites each clear value through
 * the application's own connection (the vault plugin seals it as any repository write).
 *
 * Safe while instances serve: each row is rewritten on its own by a compare-and-set (`WHERE
 * column = the clear value read`), so a row the application saved meanwhile (it writes sealed
 * values) is left as the application wrote it: nothing is lost and nothing is overwritten with
 * older text. A second run finds nothing to do. PostgreSQL only (SQLite is encrypted whole).
 */

export const SEAL_BATCH = 500;

export interface SealProgress {
  table: string;
  /** Rows of this table rewritten so far. */
  rows: number;
  /** Values of this table sealed so far. */
  values: number;
}

export interface SealReport {
  rows: number;
  values: number;
  /** Rows saved by the application between our read and our write (already sealed by it). */
  changedMeanwhile: number;
  tables: string[];
}

type Row = Record<string, unknown>;

const clearTest = (column: string) =>
  sql`(${sql.ref(column)} IS NOT NULL AND ${sql.ref(column)} NOT LIKE ${`${SEALED_PREFIX}%`})`;
const anyClear = (columns: readonly string[]) =>
  sql.join(
    columns.map((column) => clearTest(column)),
    sql` OR `,
  );
const flag = (index: number) => `hygie_clear_${index}`;

/** The primary key columns of a table of the current schema, in key order. */
async function primaryKeyOf(db: Db, table: string): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT a.attname AS name
    FROM pg_index i
    JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position) ON true
    JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
    WHERE i.indrelid = ${table}::regclass AND i.indisprimary
    ORDER BY k.position`.execute(db);
  if (rows.length === 0) throw new Error(`vault seal: table ${table} has no primary key`);
  return rows.map((row) => row.name);
}

/** How many rows of the vault's tables still hold at least one clear value (0: everything is sealed). */
export async function countClearRows(db: Db): Promise<number> {
  let total = 0;
  for (const [table, columns] of Object.entries(VAULT_COLUMNS)) {
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE ${anyClear(columns)}`.execute(db);
    total += Number(rows[0]?.n ?? 0);
  }
  return total;
}

/** What `hygie rekey` and start-up say while clear rows remain (French, for the operator). */
export const clearRowsWarning = (rows: number) =>
  `${rows} ligne(s) du contenu des cabinets sont encore en clair dans la base (écrites avant le chiffrement) : lancez « hygie seal » pour les chiffrer (sans arrêter le service).`;

/** Rewrites one row's clear values, only if they are still the ones read; false when the row changed. */
async function sealRow(db: Db, table: string, key: string[], row: Row, clear: string[]): Promise<boolean> {
  const practiceColumn = practiceColumnOf(table);
  const practiceId = row[practiceColumn];
  let update = db
    .updateTable(table as never)
    .set(Object.fromEntries(clear.map((column) => [column, row[column]])) as never);
  // The practice's equality first: the vault plugin reads it to choose the practice's key.
  update =
    typeof practiceId === 'string'
      ? update.where(practiceColumn as never, '=', practiceId as never)
      : update.where(practiceColumn as never, 'is', null);
  for (const column of key) {
    if (column !== practiceColumn) update = update.where(column as never, '=', row[column] as never);
  }
  for (const column of clear) update = update.where(column as never, '=', row[column] as never);
  const result = await update.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Seals every clear value of every vault column, table by table, `batch` rows at a time (walked
 * by primary key, so each row is visited once); `onProgress` after each batch.
 */
export async function sealClearValues(
  db: Db,
  options: { batch?: number; onProgress?: (progress: SealProgress) => void } = {},
): Promise<SealReport> {
  const batch = options.batch ?? SEAL_BATCH;
  const report: SealReport = { rows: 0, values: 0, changedMeanwhile: 0, tables: [] };
  for (const [table, columns] of Object.entries(VAULT_COLUMNS) as [string, readonly string[]][]) {
    const key = await primaryKeyOf(db, table);
    const practiceColumn = practiceColumnOf(table);
    const selected = [...new Set([...key, practiceColumn, ...columns])];
    const progress: SealProgress = { table, rows: 0, values: 0 };
    let after: Row | undefined;
    for (;;) {
      const keyTuple = sql.join(key.map((column) => sql.ref(column)));
      const afterTest = after
        ? sql`AND (${keyTuple}) > (${sql.join(key.map((column) => (after as Row)[column]))})`
        : sql``;
      // The flags say which values are clear: the plugin opens sealed ones in the result.
      const { rows } = await sql<Row>`
        SELECT ${sql.join(selected.map((column) => sql.ref(column)))},
          ${sql.join(columns.map((column, i) => sql`${clearTest(column)} AS ${sql.ref(flag(i))}`))}
        FROM ${sql.table(table)}
        WHERE (${anyClear(columns)}) ${afterTest}
        ORDER BY ${keyTuple}
        LIMIT ${batch}`.execute(db);
      if (rows.length === 0) break;
      for (const row of rows) {
        const clear = columns.filter((_, i) => row[flag(i)] === true);
        if (await sealRow(db, table, key, row, clear)) {
          progress.rows++;
          progress.values += clear.length;
        } else {
          report.changedMeanwhile++;
        }
      }
      after = rows[rows.length - 1];
      options.onProgress?.({ ...progress });
      if (rows.length < batch) break;
    }
    if (progress.rows > 0) report.tables.push(table);
    report.rows += progress.rows;
    report.values += progress.values;
  }
  return report;
}
