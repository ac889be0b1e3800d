import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/db.ts';
import { countHit, hitKey, pruneHits } from './rate-limit-store.ts';

describeEachDialect('the shared rate-limit counters', (db, _dialect, reconnect) => {
  const t0 = Date.parse('2026-12-07T10:00:00.000Z');

  it('counts the hits of every connection in one window, then starts a new window once it has ended', async () => {
    const other = reconnect();
    const key = hitKey('POST /api/v1/auth/login', '192.0.2.1');
    expect(await countHit(db().db, key, 60_000, t0)).toEqual({ current: 1, ttl: 60_000 });
    expect(await countHit(other.db, key, 60_000, t0 + 1_000)).toEqual({ current: 2, ttl: 59_000 });
    const together = await Promise.all(
      [0, 1, 2].map((i) => countHit(i % 2 ? other.db : db().db, key, 60_000, t0 + 2_000)),
    );
    expect(together.map((hit) => hit.current).sort()).toEqual([3, 4, 5]);
    expect(await countHit(db().db, key, 60_000, t0 + 59_999)).toEqual({ current: 6, ttl: 1 });
    // The window ended: counting starts again, with a full window.
    expect(await countHit(other.db, key, 60_000, t0 + 60_000)).toEqual({ current: 1, ttl: 60_000 });
  });

  it('keeps each route and each address apart, and keeps no readable address', async () => {
    const a = hitKey('POST /api/v1/auth/login', '192.0.2.2');
    const b = hitKey('POST /api/v1/auth/mfa', '192.0.2.2');
    const c = hitKey('POST /api/v1/auth/login', '192.0.2.3');
    expect(new Set([a, b, c]).size).toBe(3);
    for (const key of [a, a, b, c]) await countHit(db().db, key, 60_000, t0);
    expect((await countHit(db().db, a, 60_000, t0)).current).toBe(3);
    expect((await countHit(db().db, b, 60_000, t0)).current).toBe(2);
    const keys = await db().db.selectFrom('rate_limit_hits').select('key').execute();
    for (const { key } of keys) expect(key).not.toMatch(/192\.0\.2|auth/);
  });

  it('prunes the counters whose window has ended, and only those', async () => {
    const ended = hitKey('GET /ended', '192.0.2.4');
    const live = hitKey('GET /live', '192.0.2.4');
    await countHit(db().db, ended, 1_000, t0);
    await countHit(db().db, live, 60_000, t0);
    await pruneHits(db().db, t0 + 1_000);
    const left = await db().db.selectFrom('rate_limit_hits').select('key').where('key', 'in', [ended, live]).execute();
    expect(left).toEqual([{ key: live }]);
  });
});
