import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.ts';
import { pgUrl } from '../../test/support/db.ts';
import { connectPostgres } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { practiceProfileSchema } from '../features/accounts/accounts.schema.ts';
import { findPractice, insertPractice } from '../features/accounts/practices.repository.ts';
import { MasterKeyError, readMasterKeyFile } from '../lib/crypto/master-key.ts';
import { freshInstall } from './accounts-cli.test-support.ts';
import { masterKeyCheck } from './commands/doctor.ts';

const NAME = 'Cabinet « Les Glycines » du Dr Anaïs Ferrandière';

describe('hygie doctor: the master key', () => {
  it('warns loudly on PostgreSQL without HYGIE_MASTER_KEY_FILE, says nothing on SQLite', () => {
    expect(masterKeyCheck({ databaseUrl: undefined, masterKeyFile: undefined })).toBeUndefined();
    const check = masterKeyCheck({ databaseUrl: 'postgres://h/db', masterKeyFile: undefined });
    expect(check?.ok).toBe(false);
    expect(check?.detail).toMatch(/^ATTENTION.*hygie rekey --to-file/);
    expect(
      masterKeyCheck({ databaseUrl: 'postgres://h/db', masterKeyFile: '/nonexistent/master.key' })?.detail,
    ).toMatch(/illisible ou absent/);
  });
});

describe('hygie key create', () => {
  it('writes an owner-only key file, never over an existing one, and refuses rekey on SQLite', async () => {
    const { dir, env } = freshInstall();
    const file = path.join(dir, 'master.key');
    const created = await runCli(['key', 'create', '--out', file], env);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(readMasterKeyFile(file)).toHaveLength(1);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const again = await runCli(['key', 'create', '--out', file], env);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/existe déjà : choisissez un autre nom/);
    const sqlite = await runCli(['rekey'], { ...env, HYGIE_MASTER_KEY_FILE: file });
    expect(sqlite.code).toBe(1);
    expect(sqlite.stderr).toMatch(/SQLite est chiffrée en entier/);
  });
});

describe.skipIf(!pgUrl())('hygie rekey on PostgreSQL', () => {
  const name = `hygie_key_${randomBytes(6).toString('hex')}`;
  const admin = () => connectPostgres(pgUrl() as string, { max: 1 });
  let databaseUrl: string;
  beforeAll(async () => {
    const handle = admin();
    await sql`CREATE DATABASE ${sql.id(name)}`.execute(handle.db);
    await handle.close();
    const url = new URL(pgUrl() as string);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  });
  afterAll(async () => {
    const handle = admin();
    await sql`DROP DATABASE IF EXISTS ${sql.id(name)} WITH (FORCE)`.execute(handle.db);
    await handle.close();
  });

  it('refuses a new hosted instance without its key file, in French, and moves an older instance’s key out, then rotates it', async () => {
    const { dir, env: base } = freshInstall({ DATABASE_URL: '' });
    const env = { ...base, DATABASE_URL: databaseUrl };
    // A new instance: refused before anything is written.
    const refused = await runCli(['practice', 'list'], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/Clé maîtresse absente.*hygie key create --out/);

    // An instance made before the master key: a practice already there, in clear.
    const legacy = connectPostgres(databaseUrl);
    await migrateToLatest(legacy.db);
    const raw = new pg.Client({ connectionString: databaseUrl });
    await raw.connect();
    const at = new Date().toISOString();
    await raw.query(
      `INSERT INTO practices (id, name, structure_type, professions, staff_count, data_locations, status, created_at, updated_at)
       VALUES ('ancien', 'Cabinet écrit en clair avant', 'solo', '["infirmier"]', 1, '["local"]', 'active', $1, $1)`,
      [at],
    );
    // It keeps working: a key is made in the database and new content is sealed with it.
    const practice = await insertPractice(
      legacy.db,
      practiceProfileSchema.parse({
        name: NAME,
        structureType: 'solo',
        professions: ['infirmier'],
        staffCount: 1,
        dataLocations: ['local'],
      }),
      new Date(),
    );
    expect((await legacy.vault?.ready())?.source).toBe('database');
    await legacy.close();

    const file = path.join(dir, 'master.key');
    const moved = await runCli(['rekey', '--to-file', file], env);
    expect(moved, moved.stderr).toMatchObject({ code: 0, stderr: '' });
    expect(moved.stdout).toContain(`HYGIE_MASTER_KEY_FILE=${file}`);
    expect(readMasterKeyFile(file)).toHaveLength(1);
    expect((await raw.query(`SELECT count(*)::int AS n FROM instance_meta WHERE key = 'master_key'`)).rows[0].n).toBe(
      0,
    );

    const withFile = connectPostgres(databaseUrl, { masterKeyFile: file });
    expect((await findPractice(withFile.db, practice.id))?.name).toBe(NAME);
    expect((await findPractice(withFile.db, 'ancien'))?.name).toBe('Cabinet écrit en clair avant');
    await withFile.close();

    // A rotation: a new key with the old one as previous, every instance restarted with it, then rekey.
    const next = path.join(dir, 'next.key');
    expect((await runCli(['key', 'create', '--out', next, '--previous', file], env)).code).toBe(0);
    expect(readMasterKeyFile(next)).toHaveLength(2);
    const rotated = await runCli(['rekey'], { ...env, HYGIE_MASTER_KEY_FILE: next });
    expect(rotated, rotated.stderr).toMatchObject({ code: 0 });
    expect(rotated.stdout).toMatch(/protégées à nouveau par la clé actuelle : 1\./);
    expect(readMasterKeyFile(next)).toHaveLength(1);
    const after = connectPostgres(databaseUrl, { masterKeyFile: next });
    expect((await findPractice(after.db, practice.id))?.name).toBe(NAME);
    await after.close();
    // The old key no longer opens anything: refused at start, nothing changed, nothing crashed.
    const old = connectPostgres(databaseUrl, { masterKeyFile: file });
    await expect(old.vault?.ready()).rejects.toThrow(MasterKeyError);
    const listed = await runCli(['practice', 'list'], { ...env, HYGIE_MASTER_KEY_FILE: file });
    expect(listed.code).toBe(2);
    expect(listed.stderr).toMatch(/n’ouvre aucune des clés des cabinets/);
    await old.close();
    const stored = await raw.query('SELECT name FROM practices WHERE id = $1', [practice.id]);
    expect(stored.rows[0].name).toMatch(/^hv1:/);
    expect(stored.rows[0].name).not.toContain('Glycines');
    await raw.end();
  });
});
