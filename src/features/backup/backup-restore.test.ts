import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPractice } from '../../../test/support/factories.ts';
import { connectSqlite } from '../../db/connect.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { sqlitePaths } from '../../db/sqlite.ts';
import { appendJournal, verifyJournal } from '../journal/journal.repository.ts';
import { createBackup } from './backup.ts';
import { BackupError } from './backup-format.ts';
import { restoreBackup } from './restore.ts';

const passphrase = 'girafe lumière tambour pivoine';
const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-backup-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function localInstall() {
  const dir = tempDir();
  const handle = connectSqlite(dir, undefined);
  await migrateToLatest(handle.db);
  const practice = await createPractice(handle);
  return { dir, handle, ...practice };
}

const system = { type: 'system' as const, id: null, label: 'Tests' };

describe('backup and restore of a local install', () => {
  it('a backup taken while writes are under way restores the same practice, users and an intact journal', async () => {
    const source = await localInstall();
    const writes = Array.from({ length: 30 }, (_, i) =>
      appendJournal(
        source.handle.db,
        source.practice.id,
        { actor: system, action: 'practice.updated', summary: `Écriture ${i}`, data: { fields: ['wifi'] } },
        new Date(),
      ),
    );
    const [{ file }] = await Promise.all([createBackup(source.handle, passphrase, new Date()), ...writes]);
    const users = await source.handle.db
      .selectFrom('users')
      .select(['id', 'email', 'role', 'password_hash'])
      .orderBy('id')
      .execute();
    await source.handle.close();

    const target = tempDir();
    const report = await restoreBackup(file, passphrase, target, undefined);
    expect(report.keySource).toBe('generated');
    expect(report.practices).toHaveLength(1);
    expect(report.practices[0]).toMatchObject({
      id: source.practice.id,
      name: source.practice.name,
      journal: { intact: true },
    });

    const restored = connectSqlite(target, undefined);
    expect(
      await restored.db.selectFrom('users').select(['id', 'email', 'role', 'password_hash']).orderBy('id').execute(),
    ).toEqual(users);
    expect(await verifyJournal(restored.db, source.practice.id)).toMatchObject({ intact: true });
    expect(await restored.db.selectFrom('sessions').selectAll().execute()).toEqual([]);
    const newKey = fs.readFileSync(sqlitePaths(target).keyFile, 'utf8');
    expect(newKey).not.toBe(fs.readFileSync(sqlitePaths(source.dir).keyFile, 'utf8'));
    expect(fs.readFileSync(sqlitePaths(target).file).includes(Buffer.from(source.practice.name))).toBe(false);
    await restored.close();
  });

  it('a wrong passphrase is refused in French and nothing is created', async () => {
    const source = await localInstall();
    const { file } = await createBackup(source.handle, passphrase, new Date());
    await source.handle.close();
    const target = tempDir();
    await expect(restoreBackup(file, 'une autre phrase de passe longue', target, undefined)).rejects.toThrow(
      /Phrase de passe incorrecte/,
    );
    expect(fs.readdirSync(target)).toEqual([]);
  });

  it('refuses to restore over an existing database, and refuses a weak passphrase for a backup', async () => {
    const source = await localInstall();
    await expect(createBackup(source.handle, 'motdepasse', new Date())).rejects.toThrow(BackupError);
    const { file } = await createBackup(source.handle, passphrase, new Date());
    await source.handle.close();
    await expect(restoreBackup(file, passphrase, source.dir, undefined)).rejects.toThrow(
      /contient déjà une base Hygie/,
    );
  });
});
