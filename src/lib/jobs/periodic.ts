import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connect.ts';

/** This process's name on the periods it claims. */
export const INSTANCE_ID = randomUUID();

/** How long the record of a period is kept (one week: enough to see what ran where). */
const KEEP_MS = 7 * 24 * 3600_000;

/** The start of the period that holds `now`: periods of `everyMs` counted from 1970, the same on every instance. */
export function periodStart(now: Date, everyMs: number): Date {
  return new Date(Math.floor(now.getTime() / everyMs) * everyMs);
}

/**
 * Takes the period for this instance: true for the one instance whose insert went in, false for
 * every other (a primary key on job and period, on SQLite and PostgreSQL alike).
 */
export async function claimPeriod(db: Db, job: string, start: Date, instance: string, now: Date): Promise<boolean> {
  const result = await db
    .insertInto('job_runs')
    .values({ job, period_start: start.toISOString(), instance, started_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['job', 'period_start']).doNothing())
    .executeTakeFirst();
  if (Number(result.numInsertedOrUpdatedRows ?? 0) !== 1) return false;
  await db
    .deleteFrom('job_runs')
    .where('job', '=', job)
    .where('period_start', '<', new Date(now.getTime() - KEEP_MS).toISOString())
    .execute();
  return true;
}

export interface PeriodicJob {
  /** Stable name, the same on every instance. */
  name: string;
  everyMs: number;
  run(now: Date): Promise<unknown>;
}

export interface JobContext {
  db: Db;
  now: () => Date;
  instance?: string;
  onError(error: unknown, job: string): void;
}

/**
 * One tick of a job on one instance: runs it when this instance is the first to claim the current
 * period. Every instance ticks; the job runs once per period whatever their number.
 */
export async function tickJob(job: PeriodicJob, context: JobContext): Promise<boolean> {
  const now = context.now();
  const claimed = await claimPeriod(
    context.db,
    job.name,
    periodStart(now, job.everyMs),
    context.instance ?? INSTANCE_ID,
    now,
  );
  if (claimed) await job.run(now);
  return claimed;
}

/**
 * Ticks the job on this instance until stopped (never two ticks at once). The instance ticks more
 * often than the period (every `everyMs / 4`, at most every minute), so a period is run early in
 * it by whichever instance comes first; returns what stops the ticking, which resolves once a
 * tick under way has ended (so that the database is closed after it, not under it).
 */
export function startPeriodicJob(job: PeriodicJob, context: JobContext): () => Promise<void> {
  let running: Promise<void> | undefined;
  let stopped = false;
  const timer = setInterval(
    () => {
      if (running || stopped) return;
      running = tickJob(job, context)
        .then(
          () => {},
          (error) => context.onError(error, job.name),
        )
        .finally(() => {
          running = undefined;
        });
    },
    Math.max(1000, Math.min(job.everyMs / 4, 60_000)),
  );
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
