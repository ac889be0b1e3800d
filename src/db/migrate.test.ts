import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/db.ts';
import { migrateDown, migrateToLatest, migrationStatus } from './migrate.ts';
import { migrations } from './migrations/index.ts';

describeEachDialect('migrations', (db) => {
  it('applies every migration, in order, once', async () => {
    const status = await migrationStatus(db().db);
    expect(status.map((m) => m.name)).toEqual(Object.keys(migrations));
    expect(status.every((m) => m.executedAt)).toBe(true);
    expect(await migrateToLatest(db().db)).toEqual([]);
  });

  it('names are timestamps, sorted', () => {
    const names = Object.keys(migrations);
    for (const name of names) expect(name).toMatch(/^\d{4}_\d{2}_\d{2}_\d{4}_[a-z0-9_]+$/);
    expect([...names].sort()).toEqual(names);
  });

  it('goes down and up again', async () => {
    const last = Object.keys(migrations).at(-1);
    expect(await migrateDown(db().db)).toEqual([last]);
    expect(await migrateToLatest(db().db)).toEqual([last]);
  });

  it('several instances starting together apply each migration once', async () => {
    await migrateDown(db().db);
    const results = await Promise.all([migrateToLatest(db().db), migrateToLatest(db().db), migrateToLatest(db().db)]);
    expect(results.flat()).toEqual([Object.keys(migrations).at(-1)]);
  });
});
