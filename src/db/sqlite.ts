import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3-multiple-ciphers';

export class DatabaseKeyError extends Error {}

export interface OpenedSqlite {
  database: SqliteDatabase.Database;
  file: string;
  keySource: 'env' | 'file' | 'generated';
}

export function sqlitePaths(dataDir: string) {
  return { file: path.join(dataDir, 'hygie.db'), keyFile: path.join(dataDir, 'hygie.key') };
}

/** Applies the SQLCipher v4 compatible cipher and the key; must run before any other statement. */
export function applyKey(database: SqliteDatabase.Database, key: string): void {
  database.pragma(`cipher='sqlcipher'`);
  database.pragma('legacy=4');
  database.pragma(`key='${key.replaceAll("'", "''")}'`);
}

function resolveKey(dataDir: string, envKey: string | undefined, dbExists: boolean) {
  const { keyFile } = sqlitePaths(dataDir);
  if (envKey) return { key: envKey, keySource: 'env' as const };
  if (fs.existsSync(keyFile)) {
    const key = fs.readFileSync(keyFile, 'utf8').trim();
    if (!key) throw new DatabaseKeyError(`Le fichier de clé ${keyFile} est vide : la base ne peut pas être ouverte.`);
    return { key, keySource: 'file' as const };
  }
  if (dbExists) {
    throw new DatabaseKeyError(
      `La base ${sqlitePaths(dataDir).file} existe mais sa clé est introuvable : ` +
        'ni HYGIE_DB_KEY ni le fichier hygie.key. Restaurez le fichier de clé (kit de secours) ' +
        'ou donnez la clé dans HYGIE_DB_KEY. La base n’a pas été modifiée.',
    );
  }
  const key = randomBytes(32).toString('base64url');
  fs.writeFileSync(keyFile, `${key}\n`, { mode: 0o600, flag: 'wx' });
  return { key, keySource: 'generated' as const };
}

/**
 * Opens (or creates) the encrypted database of a local install. A wrong or missing key is a
 * DatabaseKeyError: never an empty database, never a plaintext fallback, never a write.
 */
export function openEncryptedSqlite(dataDir: string, envKey: string | undefined): OpenedSqlite {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const { file } = sqlitePaths(dataDir);
  const dbExists = fs.existsSync(file) && fs.statSync(file).size > 0;
  const { key, keySource } = resolveKey(dataDir, envKey, dbExists);
  const database = new SqliteDatabase(file, { fileMustExist: dbExists });
  try {
    applyKey(database, key);
    database.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch {
    database.close();
    throw new DatabaseKeyError(
      `Impossible d’ouvrir la base ${file} : la clé est incorrecte ou le fichier n’est pas une base Hygie. ` +
        'Vérifiez HYGIE_DB_KEY ou le fichier hygie.key. La base n’a pas été modifiée.',
    );
  }
  if (!dbExists && process.platform !== 'win32') fs.chmodSync(file, 0o600);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  return { database, file, keySource };
}
