import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../src/db/connect.ts';
import { practiceColumnOf, VAULT_COLUMNS } from '../../src/lib/crypto/vault-columns.ts';

interface ColumnInfo {
  table_name: string;
  column_name: string;
  data_type: string;
  is_nullable: string;
  column_default: string | null;
}

/** A row for a table, with only its required columns (ids point to this practice, or to `ids`). */
async function fillerRow(
  db: Db,
  table: string,
  columns: ColumnInfo[],
  practiceId: string,
  ids: Record<string, string>,
) {
  const row: Record<string, unknown> = {};
  for (const column of columns) {
    const name = column.column_name;
    if (name === practiceColumnOf(table)) row[name] = practiceId;
    else if (ids[name]) row[name] = ids[name];
    else if (column.is_nullable === 'YES' || column.column_default !== null) continue;
    else if (name === 'id') row[name] = randomUUID();
    else if (column.data_type === 'integer' || column.data_type === 'bigint') row[name] = 1;
    else if (column.data_type === 'bytea') row[name] = Buffer.from('x');
    else row[name] = name.endsWith('_at') ? new Date().toISOString() : `${name}-${randomUUID()}`;
  }
  await sql`INSERT INTO ${sql.id(table)} ${sql`(${sql.join(Object.keys(row).map((k) => sql.id(k)))})`} VALUES (${sql.join(Object.values(row))})`.execute(
    db,
  );
  return row;
}

/**
 * Gives the practice at least one row in every table of vault-columns.ts (PostgreSQL), adding a
 * row of required columns only where the practice has none; `ids` fills foreign keys (user_id…).
 */
export async function fillEveryVaultTable(db: Db, practiceId: string, given: Record<string, string>): Promise<void> {
  const ids = { ...given };
  const info = (
    await sql<ColumnInfo>`SELECT table_name, column_name, data_type, is_nullable, column_default
      FROM information_schema.columns WHERE table_schema = current_schema()`.execute(db)
  ).rows;
  for (const table of Object.keys(VAULT_COLUMNS)) {
    const where = practiceColumnOf(table);
    const count = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM ${sql.id(table)} WHERE ${sql.id(where)} = ${practiceId}`.execute(db);
    if (count.rows[0]?.n !== 0) continue;
    const row = await fillerRow(
      db,
      table,
      info.filter((c) => c.table_name === table),
      practiceId,
      ids,
    );
    // An incident made here is the one its events point to (incidents come first in the list).
    if (table === 'incidents' && !ids.incident_id) ids.incident_id = row.id as string;
  }
}
