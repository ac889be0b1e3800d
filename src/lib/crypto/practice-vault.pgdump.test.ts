import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app.ts';
import { createTestDatabase, pgUrl, type TestDatabase } from '../../../test/support/db.ts';
import { bearer, createPractice, createUser, type TestPractice } from '../../../test/support/factories.ts';
import { expectNoMarker } from '../../../test/support/markers.ts';
import { findPostgresBin } from '../../../test/support/postgres-cluster.ts';
import { fillEveryVaultTable } from '../../../test/support/vault-rows.ts';
import type { Database } from '../../db/schema.ts';
import { SEALED_PREFIX } from './practice-vault.ts';
import { practiceColumnOf, VAULT_COLUMNS } from './vault-columns.ts';

/**
 * Issue 19, « must be shown »: a hosted instance seeded with recognisable free text and names in
 * every column of vault-columns.ts, dumped with pg_dump: the dump holds none of them.
 */
const bin = findPostgresBin();
const run = Math.random().toString(36).slice(2, 8);
/** A long marker no id, hash or base64 text can hold (spaces, accents). */
const marker = (what: string) => `« repère ${what} ${run} » Hélène-Éloïse`;

describe.skipIf(!pgUrl() || !bin)('practice content the host cannot read (PostgreSQL dump)', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let a: TestPractice;
  let schema: string;
  const seeded: string[] = [];

  const call = (method: 'POST' | 'PUT', url: string, payload: object) =>
    app.inject({ method, url: `/api/v1${url}`, headers: bearer(a.owner), payload });

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    const { db } = database.handle;
    schema = (await sql<{ s: string }>`SELECT current_schema() AS s`.execute(db)).rows[0]?.s as string;
    app = await createTestApp(database.handle);
    await app.ready();
    // Through the application, as a practice would: its profile, a member, a breach, an incident, a contact, a request.
    a = await createPractice(database.handle, { name: marker('nom du cabinet') });
    seeded.push(marker('nom du cabinet'));
    await createUser(database.handle, a.practice, 'practitioner', marker('nom d’une personne'));
    seeded.push(marker('nom d’une personne'));
    const breach = (await call('POST', '/breaches', { awareAt: '2026-03-27T10:00:00+01:00' })).json();
    const put = await call('PUT', `/breaches/${breach.id}`, {
      description: marker('description de violation'),
      consequences: marker('conséquences'),
    });
    expect(put.statusCode, put.body).toBe(200);
    seeded.push(marker('description de violation'), marker('conséquences'));
    const incident = await call('POST', '/incidents', { scenario: 'other', title: marker('titre d’incident') });
    expect(incident.statusCode, incident.body).toBe(201);
    const note = await call('POST', `/incidents/${incident.json().id}/steps`, { kind: 'note', text: marker('note') });
    expect(note.statusCode, note.body).toBeLessThan(300);
    const contact = await call('POST', '/contacts', { kind: 'other', name: marker('contact') });
    expect(contact.statusCode, contact.body).toBe(201);
    const request = await call('POST', '/requests', {
      kind: 'medical_file',
      receivedAt: '2026-11-11',
      requester: { type: 'patient', name: marker('patient') },
    });
    expect(request.statusCode, request.body).toBe(201);
    seeded.push(marker('titre d’incident'), marker('note'), marker('contact'), marker('patient'));

    // Every listed table gets a row of the practice, then every listed column a marker of its own.
    await fillEveryVaultTable(db, a.practice.id, { user_id: a.owner.id, incident_id: incident.json().id as string });
    for (const [table, columns] of Object.entries(VAULT_COLUMNS) as [keyof Database, readonly string[]][]) {
      const where = practiceColumnOf(table);
      const values = Object.fromEntries(columns.map((column) => [column, marker(`${table}.${column}`)]));
      // Through Kysely, as every repository writes: the vault plugin seals the listed columns.
      await db
        .updateTable(table)
        .set(values as never)
        .where(where as never, '=', a.practice.id as never)
        .execute();
      seeded.push(...Object.values(values));
    }
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('reads every seeded text back in clear through the application’s connection', async () => {
    for (const [table, columns] of Object.entries(VAULT_COLUMNS) as [keyof Database, readonly string[]][]) {
      const rows = await database.handle.db
        .selectFrom(table)
        .selectAll()
        .where(practiceColumnOf(table) as never, '=', a.practice.id as never)
        .execute();
      expect(rows.length, table).toBeGreaterThan(0);
      for (const column of columns) {
        expect((rows[0] as Record<string, unknown>)[column], `${table}.${column}`).toBe(marker(`${table}.${column}`));
      }
    }
  });

  it('stores every listed column as hv1: ciphertext (read beside the application, without its key)', async () => {
    const raw = new pg.Client({ connectionString: pgUrl() as string, options: `-c search_path=${schema}` });
    await raw.connect();
    try {
      for (const [table, columns] of Object.entries(VAULT_COLUMNS)) {
        const { rows } = await raw.query(`SELECT * FROM ${table} WHERE ${practiceColumnOf(table)} = $1`, [
          a.practice.id,
        ]);
        for (const column of columns) expect(String(rows[0]?.[column]), `${table}.${column}`).toMatch(/^hv1:/);
      }
    } finally {
      await raw.end();
    }
  });

  it('leaves none of the seeded free text or names in a pg_dump of the database', () => {
    const url = new URL(pgUrl() as string);
    const dump = spawnSync(
      path.join(bin as string, 'pg_dump'),
      ['-h', url.hostname, '-p', url.port, '-U', url.username, '-n', schema, '--no-owner', url.pathname.slice(1)],
      { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
    );
    expect(dump.status, dump.stderr).toBe(0);
    expect(dump.stdout).toContain(SEALED_PREFIX);
    expect(dump.stdout).toContain(a.practice.id);
    expect(seeded.length).toBeGreaterThan(80);
    expectNoMarker(dump.stdout, seeded);
    // The markers' distinctive part alone is absent too (no clear fragment of any of them).
    expectNoMarker(dump.stdout, [`repère description de violation ${run}`]);
  });
});
