import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connectSqlite } from './connect.ts';
import { migrateToLatest } from './migrate.ts';

describe('closing the database while work is under way', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-drain-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('waits for the transaction under way (and its last query) before destroying the driver', async () => {
    const handle = connectSqlite(dir, randomBytes(16).toString('hex'));
    await migrateToLatest(handle.db);
    let release: () => void = () => {};
    let started: () => void = () => {};
    const inside = new Promise<void>((resolve) => {
      started = resolve;
    });
    const work = handle.db.transaction().execute(async (trx) => {
      started();
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return trx.selectFrom('practices').select('id').execute();
    });
    await inside;
    let closed = false;
    const closing = handle.close().then(() => {
      closed = true;
    });
    // Several turns of the event loop: the close cannot end while the transaction holds its connection.
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(closed).toBe(false);
    release();
    await expect(work).resolves.toEqual([]);
    await closing;
    expect(closed).toBe(true);
    await expect(handle.db.selectFrom('practices').select('id').execute()).rejects.toThrow(/destroyed/);
  });
});
