import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { applyKey, DatabaseKeyError, openEncryptedSqlite, sqlitePaths } from './sqlite.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-sqlite-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const SECRET = 'Dossier de Mme Éloïse Martin, allergie pénicilline';

function createWithText(dir: string, key?: string) {
  const opened = openEncryptedSqlite(dir, key);
  opened.database.exec('CREATE TABLE note (body TEXT)');
  opened.database.prepare('INSERT INTO note (body) VALUES (?)').run(SECRET);
  opened.database.pragma('wal_checkpoint(TRUNCATE)');
  opened.database.close();
  return opened;
}

describe('encrypted SQLite', () => {
  it('generates a key file readable by its owner only on first start', () => {
    const dir = tempDir();
    const opened = createWithText(dir);
    expect(opened.keySource).toBe('generated');
    const { keyFile, file } = sqlitePaths(dir);
    expect(fs.readFileSync(keyFile, 'utf8').trim()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    if (process.platform !== 'win32') {
      expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    }
  });

  it('holds no readable text of what was stored', () => {
    const dir = tempDir();
    createWithText(dir);
    const bytes = fs.readFileSync(sqlitePaths(dir).file);
    expect(bytes.includes(Buffer.from('Martin'))).toBe(false);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(bytes.includes(Buffer.from('CREATE TABLE'))).toBe(false);
  });

  it('reopens with the key file and reads the data back', () => {
    const dir = tempDir();
    createWithText(dir);
    const reopened = openEncryptedSqlite(dir, undefined);
    expect(reopened.keySource).toBe('file');
    expect(reopened.database.prepare('SELECT body FROM note').get()).toEqual({ body: SECRET });
    reopened.database.close();
  });

  it('is SQLCipher v4 compatible: the standard cipher settings and the key open it', () => {
    const dir = tempDir();
    createWithText(dir, 'une clé choisie par l’opérateur');
    const raw = new SqliteDatabase(sqlitePaths(dir).file);
    raw.pragma(`cipher='sqlcipher'`);
    raw.pragma('legacy=4');
    raw.pragma(`key='une clé choisie par l’opérateur'`);
    expect(raw.prepare('SELECT count(*) AS n FROM note').get()).toEqual({ n: 1 });
    raw.close();
  });

  it.each([
    ['a wrong HYGIE_DB_KEY', (dir: string) => openEncryptedSqlite(dir, 'mauvaise-clé')],
    [
      'a wrong key file',
      (dir: string) => {
        fs.writeFileSync(sqlitePaths(dir).keyFile, 'autre-clé\n');
        return openEncryptedSqlite(dir, undefined);
      },
    ],
    [
      'a missing key file',
      (dir: string) => {
        fs.rmSync(sqlitePaths(dir).keyFile);
        return openEncryptedSqlite(dir, undefined);
      },
    ],
  ])('refuses %s in French and leaves the file unchanged', (_label, open) => {
    const dir = tempDir();
    createWithText(dir);
    const before = fs.readFileSync(sqlitePaths(dir).file);
    const error = (() => {
      try {
        open(dir);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(DatabaseKeyError);
    expect((error as Error).message).toMatch(/clé .*La base n’a pas été modifiée\./s);
    expect(fs.readFileSync(sqlitePaths(dir).file).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('hygie.db'))).toEqual(['hygie.db']);
  });

  it('applyKey escapes quotes in the key', () => {
    const dir = tempDir();
    const raw = new SqliteDatabase(path.join(dir, 'q.db'));
    applyKey(raw, "l'apostrophe");
    raw.exec('CREATE TABLE t (x)');
    raw.close();
    const again = new SqliteDatabase(path.join(dir, 'q.db'));
    applyKey(again, "l'apostrophe");
    expect(again.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 0 });
    again.close();
  });
});
