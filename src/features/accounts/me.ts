import type { Db } from '../../db/connect.ts';
import { unauthorized } from '../../server/errors.ts';
import type { AuthContext } from './auth.plugin.ts';
import { findPractice } from './practices.repository.ts';
import { findUser, toUserView, type UserRecord } from './users.repository.ts';

/** What the web application needs to know about the caller, from allow-listed fields only. */
export async function buildMe(db: Db, auth: AuthContext) {
  const [user, practice] = await Promise.all([
    findUser(db, auth.practiceId, auth.userId),
    findPractice(db, auth.practiceId),
  ]);
  if (!user || !practice) throw unauthorized();
  return {
    user: toUserView(user),
    practice: {
      id: practice.id,
      name: practice.name,
      structureType: practice.structureType,
      professions: practice.professions,
      mfaRequired: practice.mfaRequired,
    },
    ...(auth.csrfToken ? { csrfToken: auth.csrfToken } : {}),
    session: {
      via: auth.via,
      ...(auth.idleExpiresAt ? { idleExpiresAt: auth.idleExpiresAt } : {}),
      ...(auth.idleMinutes ? { idleMinutes: auth.idleMinutes } : {}),
      ...(auth.expiresAt ? { expiresAt: auth.expiresAt } : {}),
    },
  };
}

/** The same answer for a session that was just opened (sign-in, MFA step, first-run setup). */
export function buildMeForNewSession(
  db: Db,
  user: Pick<UserRecord, 'id' | 'practiceId' | 'role' | 'name' | 'email'>,
  session: { sessionId: string; csrfToken: string },
) {
  return buildMe(db, {
    userId: user.id,
    practiceId: user.practiceId,
    role: user.role,
    name: user.name,
    email: user.email,
    via: 'session',
    sessionId: session.sessionId,
    csrfToken: session.csrfToken,
  });
}
