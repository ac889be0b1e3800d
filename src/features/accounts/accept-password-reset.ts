import type { AppDeps } from '../../server/app.ts';
import { badRequest } from '../../server/errors.ts';
import { appendJournal } from '../journal/journal.repository.ts';
import { actorLabel } from './auth.plugin.ts';
import { assertStrongPassword } from './create-practice.ts';
import { consumeLink } from './links.repository.ts';
import { hashPassword } from './password.ts';
import { findPractice } from './practices.repository.ts';
import { deleteUserSessions } from './sessions.repository.ts';
import { accountKey, clearThrottle } from './throttle.repository.ts';
import { findUser, updateUser } from './users.repository.ts';

export const RESET_LINK_INVALID =
  'Ce lien de réinitialisation n’est plus valable : demandez-en un nouveau au titulaire du cabinet.';

/**
 * Sets a new password from a one-time reset link and signs the person out everywhere. The link
 * is consumed in the same transaction: a refused password rolls it back, so it can be retried.
 */
export async function acceptPasswordReset(
  deps: AppDeps,
  input: { token: string; password: string },
): Promise<{ email: string }> {
  const now = deps.clock.now();
  return deps.handle.db.transaction().execute(async (trx) => {
    const link = await consumeLink(trx, input.token, 'password_reset', now);
    const user = link?.userId ? await findUser(trx, link.practiceId, link.userId) : null;
    const practice = user ? await findPractice(trx, user.practiceId) : null;
    if (!user || !practice) throw badRequest(RESET_LINK_INVALID, 'token');
    assertStrongPassword({ email: user.email, name: user.name, password: input.password }, practice.name);
    await updateUser(trx, practice.id, user.id, { passwordHash: await hashPassword(input.password) }, now);
    await deleteUserSessions(trx, user.id);
    await clearThrottle(trx, accountKey(user.email));
    await appendJournal(
      trx,
      practice.id,
      {
        actor: { type: 'user', id: user.id, label: actorLabel(user) },
        action: 'user.password_changed',
        subject: { type: 'user', id: user.id },
        summary: `Nouveau mot de passe choisi par ${user.name} à partir d’un lien de réinitialisation`,
        data: {},
      },
      now,
    );
    return { email: user.email };
  });
}
