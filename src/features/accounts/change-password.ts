import type { AppDeps } from '../../server/app.ts';
import { badRequest, unauthorized } from '../../server/errors.ts';
import { appendJournal } from '../journal/journal.repository.ts';
import { actorOf } from './actor.ts';
import type { AuthContext } from './auth.plugin.ts';
import { checkPasswordStrength, hashPassword, normalizePassword, verifyPassword } from './password.ts';
import { findPractice } from './practices.repository.ts';
import { deleteUserSessions } from './sessions.repository.ts';
import { revokeUserTokens } from './tokens.repository.ts';
import { findUser, updateUser } from './users.repository.ts';

export const WRONG_CURRENT_PASSWORD = 'Le mot de passe actuel est incorrect : vérifiez-le puis recommencez.';
export const SAME_PASSWORD = 'Choisissez un nouveau mot de passe différent de l’actuel.';

/**
 * Changes the caller's own password, after checking the current one. Every other session of the
 * caller ends (the one in use stays open); the caller's API tokens are revoked too when asked
 * (someone who saw the password may have made one). Returns how many of each were closed.
 */
export async function changeOwnPassword(
  deps: AppDeps,
  auth: AuthContext,
  input: { currentPassword: string; newPassword: string; revokeTokens?: boolean | undefined },
): Promise<{ signedOut: number; tokensRevoked: number }> {
  const { db } = deps.handle;
  const [user, practice] = await Promise.all([
    findUser(db, auth.practiceId, auth.userId),
    findPractice(db, auth.practiceId),
  ]);
  if (!user || !practice) throw unauthorized();
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw badRequest(WRONG_CURRENT_PASSWORD, 'currentPassword');
  }
  if (normalizePassword(input.newPassword) === normalizePassword(input.currentPassword)) {
    throw badRequest(SAME_PASSWORD, 'newPassword');
  }
  const verdict = checkPasswordStrength(input.newPassword, {
    names: [user.name],
    emails: [user.email],
    practiceName: practice.name,
  });
  if (!verdict.ok) throw badRequest(verdict.message ?? 'Mot de passe trop faible.', 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  const now = deps.clock.now();
  return db.transaction().execute(async (trx) => {
    await updateUser(trx, auth.practiceId, user.id, { passwordHash }, now);
    const signedOut = await deleteUserSessions(trx, user.id, auth.sessionId);
    const tokensRevoked = input.revokeTokens ? await revokeUserTokens(trx, user.id, now) : 0;
    await appendJournal(
      trx,
      auth.practiceId,
      {
        actor: actorOf(auth),
        action: 'user.password_changed',
        subject: { type: 'user', id: user.id },
        summary:
          tokensRevoked > 0
            ? `${user.name} a changé son mot de passe et révoqué ses jetons d’accès`
            : `${user.name} a changé son mot de passe`,
        data: {},
      },
      now,
    );
    return { signedOut, tokensRevoked };
  });
}
