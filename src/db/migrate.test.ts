import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/db.ts';
import { findPractice } from '../features/accounts/practices.repository.ts';
import { migrateDown, migrateTo, migrateToLatest, migrationStatus } from './migrate.ts';
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

  it('2026_12_07_0021_practice_contact moves the notice’s contact details and the register’s camera answer into the profile', async () => {
    await migrateTo(db().db, '2026_12_07_0020_legal_clocks');
    const at = '2026-12-01T10:00:00.000Z';
    const base = {
      structure_type: 'solo',
      professions: '["infirmier"]',
      data_locations: '["local"]',
      status: 'active',
      created_at: at,
      updated_at: at,
    };
    // biome-ignore lint/suspicious/noExplicitAny: the tables as they were before this migration
    const old = db().db as any;
    await old
      .insertInto('practices')
      .values([
        { ...base, id: 'with-answers', name: 'Avec réponses' },
        { ...base, id: 'without', name: 'Sans réponse' },
      ])
      .execute();
    await old
      .insertInto('notice_settings')
      .values({ practice_id: 'with-answers', address: '1 rue A', phone: '01 02 03 04 05', email: null, updated_at: at })
      .execute();
    await old
      .insertInto('register_state')
      .values({ practice_id: 'with-answers', version: 1, changed_at: at, has_website: 1, has_video_surveillance: 1 })
      .execute();
    await migrateToLatest(db().db);

    expect(await findPractice(db().db, 'with-answers')).toMatchObject({
      address: '1 rue A',
      phone: '01 02 03 04 05',
      email: null,
      careSetting: 'practice',
      website: null,
      videoSurveillance: true,
    });
    expect(await findPractice(db().db, 'without')).toMatchObject({
      address: null,
      phone: null,
      videoSurveillance: false,
    });
  });
});
