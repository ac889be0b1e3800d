import { describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/db.ts';
import { fixedClock } from '../clock.ts';
import { claimPeriod, type PeriodicJob, periodStart, tickJob } from './periodic.ts';

describe('periodStart', () => {
  it.each([
    ['2026-12-07T10:04:59.999Z', 300_000, '2026-12-07T10:00:00.000Z'],
    ['2026-12-07T10:05:00.000Z', 300_000, '2026-12-07T10:05:00.000Z'],
    ['2026-12-07T10:05:00.001Z', 300_000, '2026-12-07T10:05:00.000Z'],
    ['2026-12-07T23:59:59.000Z', 86_400_000, '2026-12-07T00:00:00.000Z'],
    ['2026-12-08T00:00:00.000Z', 86_400_000, '2026-12-08T00:00:00.000Z'],
    ['2026-12-07T10:00:59.000Z', 60_000, '2026-12-07T10:00:00.000Z'],
  ])('%s, every %i ms → %s', (now, every, expected) => {
    expect(periodStart(new Date(now), every).toISOString()).toBe(expected);
  });
});

describeEachDialect('scheduled jobs on several instances', (db, _dialect, reconnect) => {
  it('claims a period once: the first instance wins, the others and a second try lose', async () => {
    const start = new Date('2026-12-07T10:00:00.000Z');
    const now = new Date('2026-12-07T10:00:03.000Z');
    expect(await claimPeriod(db().db, 'claim-once', start, 'a', now)).toBe(true);
    expect(await claimPeriod(reconnect().db, 'claim-once', start, 'b', now)).toBe(false);
    expect(await claimPeriod(db().db, 'claim-once', start, 'a', now)).toBe(false);
    // Another job, or the next period, is free.
    expect(await claimPeriod(db().db, 'claim-other', start, 'b', now)).toBe(true);
    expect(await claimPeriod(db().db, 'claim-once', new Date('2026-12-07T10:05:00.000Z'), 'b', now)).toBe(true);
  });

  it('runs once per period although three instances tick three times in each', async () => {
    const clock = fixedClock('2026-12-07T10:00:10.000Z');
    const runs: { at: string; instance: string }[] = [];
    const instances = ['one', 'two', 'three'].map((name, i) => {
      const handle = i === 0 ? db() : reconnect();
      const job: PeriodicJob = {
        name: 'reminders-like',
        everyMs: 300_000,
        run: async (now) => {
          runs.push({ at: now.toISOString(), instance: name });
        },
      };
      return { job, context: { db: handle.db, now: () => clock.now(), instance: name, onError: () => {} } };
    });
    for (let period = 0; period < 4; period++) {
      for (let tick = 0; tick < 3; tick++) {
        await Promise.all(instances.map(({ job, context }) => tickJob(job, context)));
        clock.advance(60_000);
      }
      clock.advance(120_000);
    }
    expect(runs.map((run) => run.at)).toEqual([
      '2026-12-07T10:00:10.000Z',
      '2026-12-07T10:05:10.000Z',
      '2026-12-07T10:10:10.000Z',
      '2026-12-07T10:15:10.000Z',
    ]);
    const rows = await db()
      .db.selectFrom('job_runs')
      .select(['period_start', 'instance'])
      .where('job', '=', 'reminders-like')
      .orderBy('period_start')
      .execute();
    expect(rows.map((row) => row.period_start)).toEqual([
      '2026-12-07T10:00:00.000Z',
      '2026-12-07T10:05:00.000Z',
      '2026-12-07T10:10:00.000Z',
      '2026-12-07T10:15:00.000Z',
    ]);
    expect(rows.map((row) => row.instance)).toEqual(runs.map((run) => run.instance));
  });

  it('keeps a week of periods: older records are deleted by the next claim', async () => {
    const old = new Date('2026-11-01T10:00:00.000Z');
    expect(await claimPeriod(db().db, 'pruned', old, 'a', old)).toBe(true);
    const later = new Date('2026-12-07T10:00:00.000Z');
    expect(await claimPeriod(db().db, 'pruned', later, 'a', later)).toBe(true);
    const rows = await db().db.selectFrom('job_runs').select('period_start').where('job', '=', 'pruned').execute();
    expect(rows).toEqual([{ period_start: later.toISOString() }]);
  });
});
