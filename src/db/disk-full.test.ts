import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/support/app.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/db.ts';
import { createPractice, signIn } from '../../test/support/factories.ts';

/**
 * A full disk on a local install, made deterministic: SQLite's `max_page_count` caps the file at
 * its current size, so the next page SQLite needs fails with SQLITE_FULL — the very error a full
 * disk gives (a size-limited mount would need root, and the suite also runs as a normal user).
 */
describe('disk full on encrypted SQLite', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase('sqlite');
  });
  afterAll(() => t?.drop());

  const processor = (i: number) => ({
    name: `Prestataire ${i}`,
    service: 'Logiciel métier '.repeat(12).trim(),
    contact: `contact-${i}@exemple.fr ${'x'.repeat(250)}`,
    hostsHealthData: true,
    hostingInEea: true,
  });

  it('answers 507 in French, keeps every earlier write, serves reads, and writes again once space is freed', async () => {
    const app = await createTestApp(t.handle);
    const { practice, owner } = await createPractice(t.handle);
    const { headers } = await signIn(app, owner);
    const create = (i: number) =>
      app.inject({ method: 'POST', url: '/api/v1/processors', headers, payload: processor(i) });

    const before = await create(0);
    expect(before.statusCode).toBe(201);
    const acknowledged: string[] = [before.json().id];

    const { rows } = await sql<{ page_count: number }>`PRAGMA page_count`.execute(t.handle.db);
    await sql.raw(`PRAGMA max_page_count = ${Number(rows[0]?.page_count)}`).execute(t.handle.db);

    let full: Awaited<ReturnType<typeof create>> | undefined;
    for (let i = 1; i <= 400 && !full; i++) {
      const res = await create(i);
      if (res.statusCode === 201) acknowledged.push(res.json().id);
      else full = res;
    }
    expect(full?.statusCode).toBe(507);
    expect(full?.json()).toMatchObject({
      code: 'storage_full',
      message: expect.stringMatching(/^Le disque du serveur est plein : cet enregistrement n’a pas été fait/),
    });

    // Still serving: reading works, and the refused write left nothing behind.
    const list = await app.inject({ url: '/api/v1/processors', headers });
    expect(list.statusCode).toBe(200);
    expect(
      list
        .json()
        .processors.map((p: { id: string }) => p.id)
        .sort(),
    ).toEqual([...acknowledged].sort());

    // Another connection (as after a restart) finds a sound file and every acknowledged write.
    const other = t.reconnect();
    const check = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(other.db);
    expect(check.rows).toEqual([{ integrity_check: 'ok' }]);
    const stored = await other.db
      .selectFrom('processors')
      .select('id')
      .where('practice_id', '=', practice.id)
      .execute();
    expect(stored.map((row) => row.id).sort()).toEqual([...acknowledged].sort());
    const journal = await other.db
      .selectFrom('journal_entries')
      .select('action')
      .where('practice_id', '=', practice.id)
      .where('action', 'like', 'processor%')
      .execute();
    expect(journal).toHaveLength(acknowledged.length);

    // Space freed: the same process writes again, no restart needed.
    await sql.raw('PRAGMA max_page_count = 1073741823').execute(t.handle.db);
    expect((await create(999)).statusCode).toBe(201);
    await app.close();
  });
});
