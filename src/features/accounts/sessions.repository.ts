import type { Db } from '../../db/connect.ts';
import { preparedQuery } from '../../db/prepared.ts';
import type { Role } from './roles.ts';
import { hashSecret, newSecret } from './secrets.ts';
import { activityWriteDue, idleDeadline } from './session-activity.ts';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export interface SessionUser {
  sessionId: string;
  userId: string;
  practiceId: string;
  role: Role;
  name: string;
  email: string;
  csrfToken: string;
  mfaPending: boolean;
  /** The practice requires MFA and this user has not enrolled yet. */
  mfaEnrolmentRequired: boolean;
  expiresAt: string;
  /** The last recorded activity (see session-activity.ts: not every request writes it). */
  lastSeenAt: string;
  idleExpiresAt: string;
}

/** Opens a new session (a fresh id at every sign-in); returns the cookie value, shown once. */
export async function createSession(
  db: Db,
  input: { userId: string; practiceId: string; mfaPending: boolean; userAgent?: string },
  now: Date,
  policy: SessionPolicy,
): Promise<{ token: string; sessionId: string; csrfToken: string }> {
  const token = newSecret();
  const sessionId = hashSecret(token);
  const csrfToken = newSecret();
  await db
    .insertInto('sessions')
    .values({
      id: sessionId,
      user_id: input.userId,
      practice_id: input.practiceId,
      csrf_token: csrfToken,
      mfa_pending: input.mfaPending ? 1 : 0,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + policy.absoluteHours * 3_600_000).toISOString(),
      user_agent: input.userAgent?.slice(0, 200) ?? null,
    })
    .execute();
  return { token, sessionId, csrfToken };
}

/** Every request of the web application makes this query: built once (`preparedQuery`). */
const sessionUserById = preparedQuery('session_user_by_id', (db, p) =>
  db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('practices as p', 'p.id', 'u.practice_id')
    .select(['s.id', 's.user_id', 's.practice_id', 's.csrf_token', 's.mfa_pending', 's.last_seen_at', 's.expires_at'])
    .select(['u.role', 'u.name', 'u.email', 'u.status as user_status', 'u.mfa_secret', 'p.status as practice_status'])
    .select('p.mfa_required')
    .where('s.id', '=', p('id')),
);

/** The live session behind a cookie value, or null (unknown, expired, idle, user or practice off). */
export async function findSession(
  db: Db,
  token: string,
  now: Date,
  policy: SessionPolicy,
): Promise<SessionUser | null> {
  const [row] = await sessionUserById(db, { id: hashSecret(token) });
  if (row?.user_status !== 'active' || row.practice_status !== 'active') return null;
  const idleExpires = idleDeadline(new Date(row.last_seen_at), policy.idleMinutes);
  if (now >= new Date(row.expires_at) || now >= idleExpires) {
    await db.deleteFrom('sessions').where('id', '=', row.id).execute();
    return null;
  }
  return {
    sessionId: row.id,
    userId: row.user_id,
    practiceId: row.practice_id,
    role: row.role as Role,
    name: row.name,
    email: row.email,
    csrfToken: row.csrf_token,
    mfaPending: row.mfa_pending === 1,
    mfaEnrolmentRequired: row.mfa_required === 1 && row.mfa_secret === null,
    expiresAt: row.expires_at,
    lastSeenAt: row.last_seen_at,
    idleExpiresAt: idleExpires.toISOString(),
  };
}

/** Marks activity, written once a tenth of the idle time has passed since the last record. */
export async function touchSession(db: Db, session: SessionUser, now: Date, policy: SessionPolicy) {
  if (!activityWriteDue(new Date(session.lastSeenAt), now, policy.idleMinutes)) return session;
  await db
    .updateTable('sessions')
    .set({ last_seen_at: now.toISOString() })
    .where('id', '=', session.sessionId)
    .execute();
  return {
    ...session,
    lastSeenAt: now.toISOString(),
    idleExpiresAt: idleDeadline(now, policy.idleMinutes).toISOString(),
  };
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** Signs a user out everywhere (logout everywhere, password reset, deactivation, role change). */
export async function deleteUserSessions(db: Db, userId: string, exceptSessionId?: string): Promise<number> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptSessionId) query = query.where('id', '!=', exceptSessionId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function listUserSessions(db: Db, userId: string) {
  return db
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_seen_at', 'expires_at', 'user_agent'])
    .where('user_id', '=', userId)
    .where('mfa_pending', '=', 0)
    .orderBy('last_seen_at', 'desc')
    .execute();
}
