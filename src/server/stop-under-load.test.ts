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
import { connectPostgres, connectSqlite, type DbHandle } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';

const WORKERS = 24;
/** Answers received before the stop: the burst is in full flow when SIGTERM arrives. */
const STOP_AFTER = 60;
const MAX_PER_WORKER = 300;

interface Database {
  env: NodeJS.ProcessEnv;
  handle: DbHandle;
  cleanup(): Promise<void>;
}

async function postgres(): Promise<Database> {
  const base = pgUrl() as string;
  const name = `hygie_stop_${randomBytes(4).toString('hex')}`;
  const admin = connectPostgres(base, { max: 1 });
  await sql`CREATE DATABASE ${sql.id(name)}`.execute(admin.db);
  const url = Object.assign(new URL(base), { pathname: `/${name}` }).toString();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-stop-'));
  const handle = connectPostgres(url, { max: 2, masterKeyFile: testMasterKeyFile() });
  await migrateToLatest(handle.db);
  return {
    env: { DATABASE_URL: url, HYGIE_DATA_DIR: dataDir, HYGIE_MASTER_KEY_FILE: testMasterKeyFile() },
    handle,
    async cleanup() {
      await handle.close();
      await sql`DROP DATABASE IF EXISTS ${sql.id(name)} WITH (FORCE)`.execute(admin.db);
      await admin.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function sqlite(): Promise<Database> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-stop-'));
  const key = randomBytes(16).toString('hex');
  const handle = connectSqlite(dataDir, key);
  await migrateToLatest(handle.db);
  return {
    env: { HYGIE_DATA_DIR: dataDir, HYGIE_DB_KEY: key },
    handle,
    async cleanup() {
      await handle.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * `hygie serve` stopped (SIGTERM) in the middle of a burst of reads and writes: every request it
 * answered got a 2xx or a French 503, never a 500, and nothing reached a closed database.
 */
describe.each([
  ['SQLite', sqlite],
  ['PostgreSQL', postgres],
] as const)('an instance stopped in the middle of a burst (%s)', (dialect, open) => {
  const children: ChildProcess[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it.skipIf(dialect === 'PostgreSQL' && !pgUrl())(
    'answers 2xx or a French 503 to every request, then stops without touching a closed database',
    { timeout: 240_000 },
    async () => {
      const database = await open();
      cleanups.push(database.cleanup);
      const { owner } = await createPractice(database.handle);
      const served = serve({ ...database.env, HYGIE_REMINDERS_INTERVAL_SECONDS: '1' }, children);
      const url = await served.listening();
      const headers = { ...(await signIn(url, owner)), 'content-type': 'application/json' };

      const statuses: number[] = [];
      const unavailable: string[] = [];
      let stopped = false;
      const worker = async (w: number) => {
        for (let i = 0; i < MAX_PER_WORKER; i++) {
          let res: Response;
          try {
            res =
              i % 2 === 0
                ? await fetch(`${url}/api/v1/processors`, {
                    method: 'POST',
                    headers,
                    body: JSON.stringify({
                      name: `Prestataire ${w}-${i}`,
                      service: 'Sauvegardes',
                      hostsHealthData: true,
                      hostingInEea: true,
                    }),
                  })
                : await fetch(`${url}/api/v1/home`, { headers });
          } catch {
            return; // the server no longer accepts connections
          }
          statuses.push(res.status);
          if (res.status === 503) unavailable.push(await res.text());
          else await res.arrayBuffer();
          if (!stopped && statuses.length >= STOP_AFTER) {
            stopped = true;
            served.child.kill('SIGTERM');
          }
        }
      };
      await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
      expect(stopped).toBe(true);
      expect(await served.exited).toBe(0);

      const output = served.output();
      expect(output).not.toMatch(/destroyed/i);
      expect(output).not.toMatch(/unexpected error|database unavailable|after the server stopped/);
      expect(statuses.filter((status) => !(status < 300 || status === 503))).toEqual([]);
      expect(statuses.filter((status) => status < 300).length).toBeGreaterThanOrEqual(STOP_AFTER);
      for (const body of unavailable) {
        expect(JSON.parse(body)).toMatchObject({ message: 'Hygie redémarre : réessayez dans quelques secondes.' });
      }
    },
  );
});
