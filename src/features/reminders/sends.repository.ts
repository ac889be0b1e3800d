import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connect.ts';
import { MAX_ATTEMPTS, type PlannedSend, retryDelayMs } from './reminders.ts';

export interface MailSend {
  id: string;
  key: string;
  practiceId: string;
  userId: string;
  kind: PlannedSend['kind'];
  payload: PlannedSend['payload'];
  attempts: number;
}

/** Records the planned sends; a key already recorded (by this run, another instance or before a restart) is left alone. */
export async function recordPlanned(
  db: Db,
  practiceId: string,
  plans: readonly PlannedSend[],
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  for (const plan of plans) {
    await db
      .insertInto('mail_sends')
      .values({
        id: randomUUID(),
        send_key: plan.key,
        practice_id: practiceId,
        user_id: plan.userId,
        kind: plan.kind,
        payload: JSON.stringify(plan.payload),
        status: 'pending',
        attempts: 0,
        next_attempt_at: at,
        lease_until: null,
        lease_owner: null,
        last_error: null,
        created_at: at,
        sent_at: null,
      })
      .onConflict((oc) => oc.column('send_key').doNothing())
      .execute();
  }
}

/** Sends waiting for an attempt (none leased by a live instance). */
export async function dueSends(db: Db, practiceId: string, now: Date, limit = 100): Promise<MailSend[]> {
  const at = now.toISOString();
  const rows = await db
    .selectFrom('mail_sends')
    .select(['id', 'send_key', 'practice_id', 'user_id', 'kind', 'payload', 'attempts'])
    .where('practice_id', '=', practiceId)
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', at)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', at)]))
    .orderBy('created_at')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    key: row.send_key,
    practiceId: row.practice_id,
    userId: row.user_id,
    kind: row.kind as MailSend['kind'],
    payload: JSON.parse(row.payload) as MailSend['payload'],
    attempts: Number(row.attempts),
  }));
}

/** A lease outlives a slow SMTP exchange; a crashed instance's lease expires and another takes the send. */
export const LEASE_MS = 5 * 60_000;

/**
 * Takes the send for this instance until the lease ends; false when another instance took it
 * first (one conditional UPDATE: only one wins, on SQLite and PostgreSQL alike).
 */
export async function claimSend(db: Db, send: MailSend, owner: string, now: Date): Promise<boolean> {
  const at = now.toISOString();
  const result = await db
    .updateTable('mail_sends')
    .set({
      lease_until: new Date(now.getTime() + LEASE_MS).toISOString(),
      lease_owner: owner,
      attempts: send.attempts + 1,
    })
    .where('id', '=', send.id)
    .where('status', '=', 'pending')
    .where('attempts', '=', send.attempts)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', at)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markSent(db: Db, id: string, status: 'sent' | 'skipped', now: Date): Promise<void> {
  await db
    .updateTable('mail_sends')
    .set({ status, sent_at: now.toISOString(), lease_until: null, last_error: null })
    .where('id', '=', id)
    .execute();
}

/** A failed attempt: tried again later (5 min, 15 min, 45 min…), given up after the last one. */
export async function markFailed(db: Db, send: MailSend, error: string, now: Date): Promise<void> {
  const attempts = send.attempts + 1;
  await db
    .updateTable('mail_sends')
    .set({
      status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
      next_attempt_at: new Date(now.getTime() + retryDelayMs(attempts)).toISOString(),
      lease_until: null,
      last_error: error,
    })
    .where('id', '=', send.id)
    .execute();
}

export interface SendFailure {
  kind: string;
  createdAt: string;
  attempts: number;
  error: string;
  givenUp: boolean;
}

/** The practice's recent sends that failed (given up, or waiting to be tried again), newest first. */
export async function recentFailures(db: Db, practiceId: string, limit = 10): Promise<SendFailure[]> {
  const rows = await db
    .selectFrom('mail_sends')
    .select(['kind', 'created_at', 'attempts', 'last_error', 'status'])
    .where('practice_id', '=', practiceId)
    .where('last_error', 'is not', null)
    .where('status', 'in', ['pending', 'failed'])
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    kind: row.kind,
    createdAt: row.created_at,
    attempts: Number(row.attempts),
    error: row.last_error ?? '',
    givenUp: row.status === 'failed',
  }));
}
