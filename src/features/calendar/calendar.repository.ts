import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connect.ts';
import { hashSecret, newSecret } from '../accounts/secrets.ts';

export const FEED_PREFIX = 'cal_';

export interface CalendarFeed {
  id: string;
  practiceId: string;
  userId: string;
  createdAt: string;
}

/** The user's link in use, or null. */
export async function activeFeed(db: Db, practiceId: string, userId: string): Promise<CalendarFeed | null> {
  const row = await db
    .selectFrom('calendar_feeds')
    .select(['id', 'practice_id', 'user_id', 'created_at'])
    .where('practice_id', '=', practiceId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row ? { id: row.id, practiceId: row.practice_id, userId: row.user_id, createdAt: row.created_at } : null;
}

/** Revokes the user's link in use; returns it, or null when there was none. */
export async function revokeFeed(db: Db, practiceId: string, userId: string, now: Date): Promise<CalendarFeed | null> {
  const feed = await activeFeed(db, practiceId, userId);
  if (!feed) return null;
  await db.updateTable('calendar_feeds').set({ revoked_at: now.toISOString() }).where('id', '=', feed.id).execute();
  return feed;
}

/** A new link for the user (the clear token is returned once, never stored). */
export async function createFeed(
  db: Db,
  practiceId: string,
  userId: string,
  now: Date,
): Promise<{ token: string; feed: CalendarFeed }> {
  const token = newSecret(FEED_PREFIX);
  const feed = { id: randomUUID(), practiceId, userId, createdAt: now.toISOString() };
  await db
    .insertInto('calendar_feeds')
    .values({
      id: feed.id,
      practice_id: practiceId,
      user_id: userId,
      token_hash: hashSecret(token),
      created_at: feed.createdAt,
      revoked_at: null,
    })
    .execute();
  return { token, feed };
}

/**
 * The link in use with this token, while its user is active and her practice too, and she has
 * enrolled the second factor when her practice requires it (as the signed-in pages); else null.
 */
export async function feedByToken(
  db: Db,
  token: string,
): Promise<{ feed: CalendarFeed; role: string; practiceName: string } | null> {
  if (!token.startsWith(FEED_PREFIX) || token.length > 100) return null;
  const row = await db
    .selectFrom('calendar_feeds as f')
    .innerJoin('users as u', (join) =>
      join.onRef('u.id', '=', 'f.user_id').onRef('u.practice_id', '=', 'f.practice_id'),
    )
    .innerJoin('practices as p', 'p.id', 'f.practice_id')
    .select([
      'f.id',
      'f.practice_id',
      'f.user_id',
      'f.created_at',
      'u.role',
      'u.mfa_secret',
      'p.name',
      'p.mfa_required',
    ])
    .where('f.token_hash', '=', hashSecret(token))
    .where('f.revoked_at', 'is', null)
    .where('u.status', '=', 'active')
    .where('p.status', '=', 'active')
    .executeTakeFirst();
  if (!row || (Number(row.mfa_required) === 1 && row.mfa_secret === null)) return null;
  return {
    feed: { id: row.id, practiceId: row.practice_id, userId: row.user_id, createdAt: row.created_at },
    role: row.role,
    practiceName: row.name,
  };
}
