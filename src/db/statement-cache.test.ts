import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache.ts';

describe('withStatementCache (SQLite)', () => {
  const dirs: string[] = [];
  const open = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-statements-'));
    dirs.push(dir);
    const database = new SqliteDatabase(path.join(dir, 'db.sqlite'));
    database.exec('CREATE TABLE t (n integer); INSERT INTO t VALUES (1), (2), (3)');
    return withStatementCache(database);
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prepares a query once and gives the same statement again', () => {
    const db = open();
    const first = db.prepare('SELECT n FROM t WHERE n > ?');
    expect(db.prepare('SELECT n FROM t WHERE n > ?')).toBe(first);
    expect(first.all([1])).toEqual([{ n: 2 }, { n: 3 }]);
    expect(first.all([2])).toEqual([{ n: 3 }]);
    expect(db.cachedStatements).toBe(1);
    db.close();
  });

  it('a ROLLBACK with no transaction open (SQLite already rolled back) does nothing; inside one it rolls back', () => {
    const db = open();
    expect(db.prepare('rollback').all([])).toEqual([]);
    db.prepare('begin').run([]);
    db.prepare('INSERT INTO t VALUES (4)').run([]);
    db.prepare('rollback').run([]);
    expect(db.prepare('SELECT count(*) AS c FROM t').all([])).toEqual([{ c: 3 }]);
    db.close();
  });

  it('gives a fresh statement while the kept one is still being read (a streamed query)', () => {
    const db = open();
    const rows = db.prepare('SELECT n FROM t').iterate([]);
    rows.next();
    const other = db.prepare('SELECT n FROM t');
    expect(other.all([])).toHaveLength(3);
    expect([...rows]).toHaveLength(2);
    db.close();
  });

  it('still answers after the table changed', () => {
    const db = open();
    expect(db.prepare('SELECT * FROM t').all([])).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    db.prepare('ALTER TABLE t ADD COLUMN m integer DEFAULT 0').run([]);
    expect(db.prepare('SELECT * FROM t').all([])).toEqual([
      { n: 1, m: 0 },
      { n: 2, m: 0 },
      { n: 3, m: 0 },
    ]);
    db.close();
  });
});
