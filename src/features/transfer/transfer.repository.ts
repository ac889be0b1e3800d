import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { SecretBox } from '../../lib/crypto/secret-box.ts';
import { evidenceContext } from '../evidence/evidence.service.ts';
import { journalChain } from '../journal/journal.repository.ts';
import type { JournalEntry } from '../journal/journal.ts';
import { listArchivedJournals } from '../journal/journal-archives.repository.ts';
import { type ColumnType, PRACTICE_TABLE, type Row, TRANSFER_TABLES, type TransferTable } from './transfer-tables.ts';

/**
 * The ONLY module that reads and writes a practice's rows for the whole-practice export and import
 * (the tables and columns come from the one list, transfer-tables.ts; nothing else in
 * src/features/transfer touches the database).
 *
 * Where values pass through, for whoever adds a transformation:
 * - export: every stored value leaves the database through `fromStored(table, column, value, ctx)`
 *   (`ctx.practiceId` is the exported practice);
 * - import: every value enters through `toStored(table, column, value, ctx)` (`ctx.practiceId` is
 *   the new practice, the row already carries its new id).
 * Evidence bytes are opened (export) and sealed again (import) by the instance's secret box there.
 * The per-practice vault of a hosted instance (src/lib/crypto/vault-plugin.ts, vault-columns.ts)
 * needs nothing here: the connection's Kysely plugin opens the listed columns of every row read and
 * seals them in every insert (each row written here carries its `practice_id`), so these functions
 * see clear values on both databases. Journal entries and archived chains are kept as they are
 * (their hashes cover them).
 */

// Table names come from the list, not from the Database interface: the rows are plain records here.
type AnyDb = Kysely<Record<string, Record<string, unknown>>>;
const anyDb = (db: Db) => db as unknown as AnyDb;

export interface ValueContext {
  practiceId: string;
  box: SecretBox;
}

/** An archived journal (a chain from a source instance), as read and written. */
export interface ArchivedChain {
  sourcePracticeId: string;
  sourcePracticeName: string;
  archivedAt: string;
  count: number;
  headHash: string;
  entries: JournalEntry[];
}

/** Everything of one practice, the file's values (no practice_id column, bytes as base64). */
export interface PracticeRows {
  practice: Row;
  tables: Record<string, Row[]>;
  journal: JournalEntry[];
  archives: ArchivedChain[];
}

function plain(type: ColumnType, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (type.startsWith('int')) return Number(value);
  if (type.startsWith('json') && typeof value !== 'string') return JSON.stringify(value);
  return type === 'bytes' ? value : String(value);
}

/** A stored value → the file's value (export). */
function fromStored(table: string, column: string, value: unknown, row: Row, ctx: ValueContext): unknown {
  if (table === 'evidence_files' && column === 'content') {
    const bytes = Buffer.from(value as Uint8Array);
    const open =
      Number(row.sealed) === 1 ? ctx.box.open(bytes, evidenceContext(ctx.practiceId, String(row.id))) : bytes;
    return open.toString('base64');
  }
  return value;
}

/** A file's value → the stored value (import). */
function toStored(table: string, column: string, value: unknown, row: Row, ctx: ValueContext): unknown {
  if (table === 'evidence_files' && column === 'content') {
    return ctx.box.seal(Buffer.from(String(value), 'base64'), evidenceContext(ctx.practiceId, String(row.id)));
  }
  return value;
}

const compare = (a: unknown, b: unknown): number => {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : 1;
};

/** The file's order: the table's columns (code-unit order, the same on both databases), then the id. */
function sortRows(table: TransferTable, rows: Row[]): Row[] {
  const keys = table.key ? [...table.order, table.key] : table.order;
  return rows.sort((a, b) => {
    for (const key of keys) {
      const order = compare(a[key], b[key]);
      if (order !== 0) return order;
    }
    return 0;
  });
}

async function readTable(db: Db, table: TransferTable, ctx: ValueContext): Promise<Row[]> {
  const columns = Object.keys(table.columns);
  const extra = table.name === 'evidence_files' ? ['sealed', 'id'] : [];
  const rows = await anyDb(db)
    .selectFrom(table.name)
    .select([...new Set([...columns, ...extra])])
    .where('practice_id', '=', ctx.practiceId)
    .execute();
  const values = rows.map((row) =>
    Object.fromEntries(
      Object.entries(table.columns).map(([column, type]) => [
        column,
        plain(type, fromStored(table.name, column, row[column], row, ctx)),
      ]),
    ),
  );
  return sortRows(table, values);
}

/** The practice's archived chains (imported journals), oldest first (read by the journal feature). */
export async function readArchives(db: Db, practiceId: string): Promise<ArchivedChain[]> {
  return (await listArchivedJournals(db, practiceId)).map(({ id: _id, position: _position, entries, ...chain }) => {
    // A damaged archive is not exported: `hygie journal verify` names it.
    if (entries === null) throw new Error('journal_archives: unreadable entries');
    return { ...chain, entries };
  });
}

/**
 * Everything of one practice, read in the caller's transaction (one consistent state); null when
 * there is no such practice.
 */
export async function readPracticeRows(db: Db, ctx: ValueContext): Promise<PracticeRows | null> {
  const practiceRow = await anyDb(db)
    .selectFrom('practices')
    .select(Object.keys(PRACTICE_TABLE.columns))
    .where('id', '=', ctx.practiceId)
    .executeTakeFirst();
  if (!practiceRow) return null;
  const tables: Record<string, Row[]> = {};
  for (const table of TRANSFER_TABLES) tables[table.name] = await readTable(db, table, ctx);
  return {
    practice: Object.fromEntries(
      Object.entries(PRACTICE_TABLE.columns).map(([column, type]) => [column, plain(type, practiceRow[column])]),
    ),
    tables,
    journal: await journalChain(db, ctx.practiceId),
    archives: await readArchives(db, ctx.practiceId),
  };
}

/** Rows per insert: well under SQLite's and PostgreSQL's limits on bound values. */
const BATCH = 50;

async function insertRows(db: Db, table: string, rows: Row[]): Promise<void> {
  const size = table === 'evidence_files' ? 1 : BATCH;
  for (let start = 0; start < rows.length; start += size) {
    await anyDb(db)
      .insertInto(table)
      .values(rows.slice(start, start + size))
      .execute();
  }
}

/** What the import writes besides the file's rows. */
export interface WriteExtras {
  /** The hash written in place of each member's password (a random one nobody knows). */
  unusablePassword: string;
}

function storedRow(table: TransferTable, row: Row, ctx: ValueContext, extras: WriteExtras): Row {
  const stored: Row = {};
  for (const column of Object.keys(table.columns)) {
    stored[column] = toStored(table.name, column, row[column], row, ctx);
  }
  if (table.name !== PRACTICE_TABLE.name) stored.practice_id = ctx.practiceId;
  for (const [column, value] of Object.entries(table.secrets ?? {})) {
    stored[column] = value === 'unusable_password' ? extras.unusablePassword : value;
  }
  if (table.name === 'evidence_files') stored.sealed = 1;
  return stored;
}

/**
 * Writes a whole practice whose ids are already new (transfer-remap.ts), in the caller's
 * transaction: the practice, then each table in the list's order, then the archived chains.
 */
export async function writePracticeRows(db: Db, rows: PracticeRows, ctx: ValueContext, extras: WriteExtras) {
  await insertRows(db, 'practices', [storedRow(PRACTICE_TABLE, rows.practice, ctx, extras)]);
  for (const table of TRANSFER_TABLES) {
    const tableRows = rows.tables[table.name] ?? [];
    await insertRows(
      db,
      table.name,
      tableRows.map((row) => storedRow(table, row, ctx, extras)),
    );
  }
  await insertRows(
    db,
    'journal_archives',
    rows.archives.map((archive, index) => ({
      id: randomUUID(),
      practice_id: ctx.practiceId,
      position: index + 1,
      source_practice_id: archive.sourcePracticeId,
      source_practice_name: archive.sourcePracticeName,
      archived_at: archive.archivedAt,
      entry_count: archive.count,
      head_hash: archive.headHash,
      entries: JSON.stringify(archive.entries),
    })),
  );
}

/** The e-mail addresses among `emails` that an account of this instance already uses. */
export async function emailsInUse(db: Db, emails: readonly string[]): Promise<string[]> {
  if (emails.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .select('email')
    .where(
      'email',
      'in',
      emails.map((email) => email.toLowerCase()),
    )
    .execute();
  return rows.map((row) => row.email).sort();
}

/** Marks the instance as set up (an import on an empty instance is its first setup). */
export async function markSetUp(db: Db, now: Date): Promise<void> {
  const at = now.toISOString();
  await db
    .insertInto('instance_meta')
    .values({ key: 'setup_completed_at', value: at, updated_at: at })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  await db.deleteFrom('instance_meta').where('key', '=', 'setup_code_hash').execute();
}
