import { publicBase } from '../../config.ts';
import type { AppDeps } from '../../server/app.ts';
import { conflict } from '../../server/errors.ts';
import { appendJournal } from '../journal/journal.repository.ts';
import { actorOf } from './actor.ts';
import type { AuthContext } from './auth.plugin.ts';
import { cancelInvitation, createLink, linkUrl, listPendingInvitations } from './links.repository.ts';
import { ROLE_LABELS, type Role } from './roles.ts';
import { findUserByEmail } from './users.repository.ts';

export const ALREADY_A_USER =
  'Cette adresse e-mail a déjà un compte Hygie. Si la personne fait partie du cabinet, modifiez plutôt son rôle.';

/**
 * Creates a one-time invitation link for a new user of the caller's practice. A newer invitation
 * to the same address replaces the pending one, so only the last link handed out works.
 */
export async function inviteUser(deps: AppDeps, auth: AuthContext, input: { email: string; role: Role }) {
  const now = deps.clock.now();
  return deps.handle.db.transaction().execute(async (trx) => {
    if (await findUserByEmail(trx, input.email)) throw conflict(ALREADY_A_USER, 'email');
    for (const pending of await listPendingInvitations(trx, auth.practiceId, now)) {
      if (pending.email === input.email) await cancelInvitation(trx, auth.practiceId, pending.id, now);
    }
    const { token, link } = await createLink(
      trx,
      { practiceId: auth.practiceId, kind: 'invitation', email: input.email, role: input.role, createdBy: auth.userId },
      now,
    );
    await appendJournal(
      trx,
      auth.practiceId,
      {
        actor: actorOf(auth),
        action: 'user.invited',
        subject: { type: 'invitation', id: link.id },
        summary: `Invitation créée pour ${input.email} (${ROLE_LABELS[input.role]})`,
        data: { email: input.email, role: input.role },
      },
      now,
    );
    const url = linkUrl(publicBase(deps.config), 'invitation', token);
    return { id: link.id, email: link.email, role: input.role, expiresAt: link.expiresAt, url };
  });
}
