import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { pgUrl, testMasterKeyFile } from '../../test/support/db.ts';
import { createPractice } from '../../test/support/factories.ts';
import { signIn } from '../../test/support/http-sign-in.ts';
import { serve } from '../../test/support/serve.ts';
import { connectPostgres, type DbHandle } from '../db/connect.ts';
import { verifyJournal } from '../features/journal/journal.repository.ts';

const WORKERS = 6;
/** Acknowledged writes before the kill: the burst is still going when the process dies. */
const KILL_AFTER = 40;
/** Bound on each worker's loop (it stops at the first refused connection anyway). */
const MAX_PER_WORKER = 200;

/**
 * `hygie serve` on PostgreSQL as a real process, killed with SIGKILL (no shutdown, no flush) while
 * six clients write as fast as they can: every write it answered 201 to is in the database, with
 * its journal entry, and the journal's chain is whole.
 */
describe.skipIf(!pgUrl() && !process.env.CI)('an instance killed (SIGKILL) in the middle of a burst of writes', () => {
  const children: ChildProcess[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('loses none of the writes it acknowledged, and another instance serves them', { timeout: 240_000 }, async () => {
    const base = pgUrl() as string;
    const name = `hygie_kill_${randomBytes(4).toString('hex')}`;
    const admin = connectPostgres(base, { max: 1 });
    await sql`CREATE DATABASE ${sql.id(name)}`.execute(admin.db);
    const url = Object.assign(new URL(base), { pathname: `/${name}` }).toString();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-kill-'));
    let handle: DbHandle | undefined;
    cleanups.push(async () => {
      await handle?.close();
      await sql`DROP DATABASE IF EXISTS ${sql.id(name)} WITH (FORCE)`.execute(admin.db);
      await admin.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });
    const env = {
      DATABASE_URL: url,
      HYGIE_DATA_DIR: dataDir,
      HYGIE_MASTER_KEY_FILE: testMasterKeyFile(),
      HYGIE_REMINDERS_INTERVAL_SECONDS: '0',
    };

    const first = serve(env, children);
    const firstUrl = await first.listening();
    handle = connectPostgres(url, { max: 2, masterKeyFile: testMasterKeyFile() });
    const { practice, owner } = await createPractice(handle);
    const headers = { ...(await signIn(firstUrl, owner)), 'content-type': 'application/json' };

    const acknowledged: string[] = [];
    const refusedBeforeKill: number[] = [];
    let killed = false;
    const worker = async (w: number) => {
      for (let i = 0; i < MAX_PER_WORKER; i++) {
        let res: Response;
        try {
          res = await fetch(`${firstUrl}/api/v1/processors`, {
            method: 'POST',
            headers,
            body: JSON.stringify({
              name: `Prestataire ${w}-${i}`,
              service: 'Hébergement des sauvegardes',
              hostsHealthData: true,
              hostingInEea: true,
            }),
          });
        } catch {
          return; // the process is gone: this request was never acknowledged
        }
        if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
        else if (!killed) refusedBeforeKill.push(res.status);
        if (!killed && acknowledged.length >= KILL_AFTER) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
    expect(killed).toBe(true);
    expect(await first.exited).toBeNull();
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(refusedBeforeKill).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);

    // Every acknowledged write is there (a write cut before its answer may be there too).
    const stored = await handle.db
      .selectFrom('processors')
      .select('id')
      .where('practice_id', '=', practice.id)
      .execute();
    const storedIds = new Set(stored.map((row) => row.id));
    expect(acknowledged.filter((id) => !storedIds.has(id))).toEqual([]);
    // Each stored processor has its journal entry (same transaction), and the chain is whole.
    const created = await handle.db
      .selectFrom('journal_entries')
      .select('subject_id')
      .where('practice_id', '=', practice.id)
      .where('action', '=', 'processor.created')
      .execute();
    expect(created.map((row) => row.subject_id).sort()).toEqual([...storedIds].sort());
    expect(await verifyJournal(handle.db, practice.id)).toMatchObject({ intact: true });

    // Another instance starts on the same database and serves every acknowledged write.
    const second = serve(env, children);
    const secondUrl = await second.listening();
    const again = await signIn(secondUrl, owner);
    const list = await fetch(`${secondUrl}/api/v1/processors`, { headers: again });
    expect(list.status).toBe(200);
    const listed = new Set(((await list.json()) as { processors: { id: string }[] }).processors.map((p) => p.id));
    expect(acknowledged.filter((id) => !listed.has(id))).toEqual([]);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });
});
