import { publicBase } from '../../config.ts';
import type { AppDeps } from '../../server/app.ts';
import { notFound } from '../../server/errors.ts';
import { appendJournal } from '../journal/journal.repository.ts';
import type { JournalEvent } from '../journal/journal-events.ts';
import { actorOf } from './actor.ts';
import type { AuthContext } from './auth.plugin.ts';
import { USER_NOT_FOUND } from './change-user.ts';
import { createLink, linkUrl } from './links.repository.ts';
import { hashPassword } from './password.ts';
import { revokeAccess } from './revoke-access.ts';
import { newSecret } from './secrets.ts';
import { findUser, updateUser } from './users.repository.ts';

/**
 * The owner resets another user's access: the password is replaced at once by a random one nobody
 * knows (so a stolen password stops working, even now that MFA is off), MFA is cleared, every
 * session, token and older reset link ends, and a one-time link lets the person choose a new password.
 */
export async function resetUserAccess(
  deps: AppDeps,
  auth: AuthContext,
  userId: string,
): Promise<{ url: string; expiresAt: string }> {
  const now = deps.clock.now();
  const unusable = await hashPassword(newSecret());
  return deps.handle.db.transaction().execute(async (trx) => {
    const user = await findUser(trx, auth.practiceId, userId);
    if (!user) throw notFound(USER_NOT_FOUND);
    await updateUser(trx, auth.practiceId, user.id, { passwordHash: unusable }, now);
    await revokeAccess(trx, auth.practiceId, user.id, now);
    const { token, link } = await createLink(
      trx,
      {
        practiceId: auth.practiceId,
        kind: 'password_reset',
        email: user.email,
        userId: user.id,
        createdBy: auth.userId,
      },
      now,
    );
    const journal = (event: JournalEvent, summary: string) =>
      appendJournal(
        trx,
        auth.practiceId,
        { actor: actorOf(auth), subject: { type: 'user', id: user.id }, summary, ...event },
        now,
      );
    await journal(
      { action: 'user.password_reset', data: { by: 'owner' } },
      `Mot de passe de ${user.name} réinitialisé par le titulaire`,
    );
    if (user.mfaSecret !== null) {
      await journal({ action: 'user.mfa_reset', data: {} }, `Double authentification de ${user.name} réinitialisée`);
    }
    return { url: linkUrl(publicBase(deps.config), 'password_reset', token), expiresAt: link.expiresAt };
  });
}
