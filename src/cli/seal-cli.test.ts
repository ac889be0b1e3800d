import { type ChildProcess, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.ts';
import { pgUrl, testMasterKeyFile } from '../../test/support/db.ts';
import { createPractice, type TestPractice } from '../../test/support/factories.ts';
import { expectNoMarker } from '../../test/support/markers.ts';
import { findPostgresBin } from '../../test/support/postgres-cluster.ts';
import { serve } from '../../test/support/serve.ts';
import { fillEveryVaultTable } from '../../test/support/vault-rows.ts';
import { connectPostgres, type DbHandle } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { SEALED_PREFIX } from '../lib/crypto/practice-vault.ts';
import { practiceColumnOf, VAULT_COLUMNS } from '../lib/crypto/vault-columns.ts';
import { countClearRows } from '../lib/crypto/vault-seal.ts';
import { freshInstall } from './accounts-cli.test-support.ts';

const bin = findPostgresBin();
const run = randomBytes(3).toString('hex');
/** A long marker no id, hash or base64 text can hold (spaces, accents). */
const marker = (what: string) => `« écrit en clair ${what} ${run} » Anaïs Ferrandière`;
const CONTACTS = 7;

/**
 * Issue 19: rows written before the vault (or before their column was listed) stay clear until
 * saved; `hygie seal` encrypts them, in batches, while the application keeps writing.
 */
describe.skipIf(!pgUrl() || !bin)('hygie seal: the content written in clear before the vault', () => {
  const name = `hygie_seal_${randomBytes(6).toString('hex')}`;
  let databaseUrl: string;
  let handle: DbHandle;
  let raw: pg.Client;
  let env: NodeJS.ProcessEnv;
  const practices: TestPractice[] = [];
  const children: ChildProcess[] = [];
  /** Per practice, table and column: the clear text seeded in the database. */
  const seeded = new Map<string, string>();
  const admin = () => connectPostgres(pgUrl() as string, { max: 1 });

  beforeAll(async () => {
    const handleAdmin = admin();
    await sql`CREATE DATABASE ${sql.id(name)}`.execute(handleAdmin.db);
    await handleAdmin.close();
    databaseUrl = Object.assign(new URL(pgUrl() as string), { pathname: `/${name}` }).toString();
    env = {
      ...freshInstall({ DATABASE_URL: '' }).env,
      DATABASE_URL: databaseUrl,
      HYGIE_MASTER_KEY_FILE: testMasterKeyFile(),
    };
    handle = connectPostgres(databaseUrl, { max: 4, masterKeyFile: testMasterKeyFile() });
    await migrateToLatest(handle.db);
    raw = new pg.Client({ connectionString: databaseUrl });
    await raw.connect();
    for (let i = 0; i < 2; i++) {
      const practice = await createPractice(handle);
      practices.push(practice);
      await fillEveryVaultTable(handle.db, practice.practice.id, { user_id: practice.owner.id });
      // Several contacts, so that a table takes more than one batch.
      for (let c = 1; c < CONTACTS; c++) {
        await raw.query(
          `INSERT INTO practice_contacts (id, practice_id, kind, name, created_at, updated_at)
           VALUES ($1, $2, 'other', 'x', now()::text, now()::text)`,
          [`contact-${i}-${c}`, practice.practice.id],
        );
      }
      // Written beside the application, as before the vault: every listed column in clear.
      for (const [table, columns] of Object.entries(VAULT_COLUMNS)) {
        const sets = columns.map((column, k) => `${column} = $${k + 2}`).join(', ');
        const values = columns.map((column) => marker(`${i} ${table}.${column}`));
        await raw.query(`UPDATE ${table} SET ${sets} WHERE ${practiceColumnOf(table)} = $1`, [
          practice.practice.id,
          ...values,
        ]);
        columns.forEach((column, k) => {
          seeded.set(`${i} ${table}.${column}`, values[k] as string);
        });
      }
    }
  }, 120_000);

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await raw?.end();
    await handle?.close();
    const handleAdmin = admin();
    await sql`DROP DATABASE IF EXISTS ${sql.id(name)} WITH (FORCE)`.execute(handleAdmin.db);
    await handleAdmin.close();
  });

  const dump = () => {
    const url = new URL(databaseUrl);
    const result = spawnSync(
      path.join(bin as string, 'pg_dump'),
      ['-h', url.hostname, '-p', url.port, '-U', url.username, '--no-owner', url.pathname.slice(1)],
      { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
    );
    expect(result.status, result.stderr).toBe(0);
    return result.stdout;
  };

  it('says so at start-up and in rekey, seals every clear value in batches while the application writes, and a second run changes nothing', {
    timeout: 120_000,
  }, async () => {
    expect(dump()).toContain(marker(`0 breaches.description`));
    const clearBefore = await countClearRows(handle.db);
    expect(clearBefore).toBeGreaterThan(Object.keys(VAULT_COLUMNS).length * 2);
    // Start-up says so too (after listening, without delaying it).
    const served = serve({ ...env, HYGIE_REMINDERS_INTERVAL_SECONDS: '0' }, children);
    await served.listening();
    for (let i = 0; i < 300 && !served.output().includes('hygie seal'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(served.output()).toContain(`${clearBefore} ligne(s) du contenu des cabinets sont encore en clair`);
    served.child.kill('SIGTERM');
    expect(await served.exited).toBe(0);
    const rekey = await runCli(['rekey'], env);
    expect(rekey, rekey.stderr).toMatchObject({ code: 0 });
    expect(rekey.stdout).toContain(`${clearBefore} ligne(s) du contenu des cabinets sont encore en clair`);
    expect(rekey.stdout).toContain('hygie seal');

    // The application keeps saving contacts while the command runs: its last save wins.
    const [first] = practices as [TestPractice];
    let writing = true;
    let saves = 0;
    const writer = (async () => {
      while (writing) {
        saves++;
        await handle.db
          .updateTable('practice_contacts')
          .set({ name: `Contact enregistré n° ${saves}` })
          .where('practice_id', '=', first.practice.id)
          .where('id', 'like', 'contact-%')
          .execute();
      }
    })();
    const sealed = await runCli(['seal', '--batch', '3'], env);
    writing = false;
    await writer;
    expect(sealed, sealed.stderr).toMatchObject({ code: 0, stderr: '' });
    // Several batches of at most three rows for the contacts (eight clear rows or more).
    expect(
      sealed.stdout.match(/Chiffrement en cours : « practice_contacts », \d+ ligne\(s\) chiffrée\(s\)…/g)?.length,
    ).toBeGreaterThanOrEqual(3);
    expect(sealed.stdout).toMatch(/Terminé : [\d\s ]+ valeur\(s\) chiffrée\(s\) dans [\d\s ]+ ligne\(s\)/);

    // The dump holds none of the seeded text, and no clear value is left in a listed column.
    const text = dump();
    expect(text).toContain(SEALED_PREFIX);
    expectNoMarker(text, [...seeded.values()]);
    expectNoMarker(text, [`écrit en clair 0 breaches.description ${run}`]);
    expect(await countClearRows(handle.db)).toBe(0);

    // The application reads everything back: the seeded text, and the contacts' last save.
    for (const [i, practice] of practices.entries()) {
      for (const [table, columns] of Object.entries(VAULT_COLUMNS)) {
        const rows = (
          await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)} WHERE ${sql.ref(
            practiceColumnOf(table),
          )} = ${practice.practice.id}`.execute(handle.db)
        ).rows;
        const seededRow = rows.find((row) => row[columns[0] as string] === seeded.get(`${i} ${table}.${columns[0]}`));
        expect(seededRow, `${i} ${table}`).toBeDefined();
        for (const column of columns)
          expect(seededRow?.[column], `${table}.${column}`).toBe(seeded.get(`${i} ${table}.${column}`));
      }
    }
    const contacts = await handle.db
      .selectFrom('practice_contacts')
      .select('name')
      .where('practice_id', '=', first.practice.id)
      .where('id', 'like', 'contact-%')
      .execute();
    expect(contacts.map((row) => row.name)).toEqual(Array(CONTACTS - 1).fill(`Contact enregistré n° ${saves}`));

    const again = await runCli(['seal'], env);
    expect(again, again.stderr).toMatchObject({ code: 0, stderr: '' });
    expect(again.stdout).toBe('Rien à chiffrer : tout le contenu des cabinets est déjà chiffré.\n');
    const rekeyAfter = await runCli(['rekey'], env);
    expect(rekeyAfter.stdout).not.toContain('encore en clair');
  });
});
