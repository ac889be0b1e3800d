import fs from 'node:fs';
import SqliteDatabase from 'better-sqlite3-multiple-ciphers';
import { connectSqlite } from '../../db/connect.ts';
import { migrateTo, migrateToLatest } from '../../db/migrate.ts';
import { sqlitePaths } from '../../db/sqlite.ts';
import { verifyJournal } from '../journal/journal.repository.ts';
import { BackupError, decryptBackup } from './backup-format.ts';

export interface RestoreReport {
  createdAt: string;
  practices: { id: string; name: string; journal: Awaited<ReturnType<typeof verifyJournal>> }[];
  keySource: 'env' | 'file' | 'generated';
}

/** Sessions and sign-in counters belong to the old computer: they are not brought back. */
const NOT_RESTORED = new Set(['sessions', 'login_throttle']);

function tablesOf(image: SqliteDatabase.Database): string[] {
  return image
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%'",
    )
    .all()
    .map((row) => (row as { name: string }).name)
    .filter((name) => !NOT_RESTORED.has(name));
}

/**
 * Restores a backup into an empty data folder: a new encrypted database (with a new key, unless
 * HYGIE_DB_KEY is set), the schema of the backup, every row copied, then any newer migrations,
 * and finally every practice's journal verified. Nothing is written if the passphrase is wrong.
 */
export async function restoreBackup(
  file: Buffer,
  passphrase: string,
  dataDir: string,
  envKey: string | undefined,
): Promise<RestoreReport> {
  const { file: target } = sqlitePaths(dataDir);
  if (fs.existsSync(target)) {
    throw new BackupError(
      `Le dossier ${dataDir} contient déjà une base Hygie : restaurez dans un dossier vide (HYGIE_DATA_DIR).`,
    );
  }
  const { meta, plain } = decryptBackup(file, passphrase);
  // The live database runs in WAL mode; an in-memory copy must read as a plain rollback-journal file.
  if (plain.length > 100) plain.fill(1, 18, 20);
  const image = new SqliteDatabase(plain, { readonly: true });
  const handle = connectSqlite(dataDir, envKey);
  try {
    await migrateTo(handle.db, meta.schema);
    const raw = handle.sqlite as SqliteDatabase.Database;
    raw.pragma('foreign_keys = OFF');
    raw.transaction(() => {
      for (const table of tablesOf(image)) {
        const columns = image.pragma(`table_info("${table}")`) as { name: string }[];
        const names = columns.map((c) => `"${c.name}"`).join(', ');
        const insert = raw.prepare(`INSERT INTO "${table}" (${names}) VALUES (${columns.map(() => '?').join(', ')})`);
        for (const row of image.prepare(`SELECT ${names} FROM "${table}"`).raw().iterate())
          insert.run(...(row as unknown[]));
      }
    })();
    raw.pragma('foreign_keys = ON');
    const broken = raw.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0)
      throw new BackupError('La sauvegarde est incohérente (références manquantes) : restauration annulée.');
    await migrateToLatest(handle.db);
    const practices = await handle.db.selectFrom('practices').select(['id', 'name']).orderBy('created_at').execute();
    const report: RestoreReport = { createdAt: meta.createdAt, practices: [], keySource: 'generated' };
    for (const practice of practices) {
      report.practices.push({ ...practice, journal: await verifyJournal(handle.db, practice.id) });
    }
    report.keySource = envKey ? 'env' : 'generated';
    return report;
  } catch (error) {
    await handle.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
    if (!envKey) fs.rmSync(sqlitePaths(dataDir).keyFile, { force: true });
    throw error;
  } finally {
    image.close();
    plain.fill(0);
    await handle.close().catch(() => {});
  }
}
