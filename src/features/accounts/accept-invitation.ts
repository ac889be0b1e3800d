import type { AppDeps } from '../../server/app.ts';
import { badRequest } from '../../server/errors.ts';
import { appendJournal } from '../journal/journal.repository.ts';
import { actorLabel } from './auth.plugin.ts';
import { addUser } from './create-practice.ts';
import { consumeLink } from './links.repository.ts';
import { findPractice } from './practices.repository.ts';
import { ROLE_LABELS } from './roles.ts';

export const INVITATION_INVALID =
  'Ce lien d’invitation n’est plus valable : demandez-en un nouveau au titulaire du cabinet.';

/**
 * Creates the invited person's account from a one-time link. The link is consumed in the same
 * transaction as the account: a refused password (too weak, built from the person's identity)
 * rolls the consumption back, so the person can retry with the same link.
 */
export async function acceptInvitation(
  deps: AppDeps,
  input: { token: string; name: string; password: string },
): Promise<{ email: string }> {
  const now = deps.clock.now();
  return deps.handle.db.transaction().execute(async (trx) => {
    const link = await consumeLink(trx, input.token, 'invitation', now);
    const practice = link ? await findPractice(trx, link.practiceId) : null;
    if (!link?.role || !practice || practice.status !== 'active') throw badRequest(INVITATION_INVALID, 'token');
    const role = link.role;
    const user = await addUser(
      trx,
      practice,
      { email: link.email, name: input.name, password: input.password, role },
      now,
    );
    await appendJournal(
      trx,
      practice.id,
      {
        actor: { type: 'user', id: user.id, label: actorLabel(user) },
        action: 'user.joined',
        subject: { type: 'user', id: user.id },
        summary: `Compte créé pour ${user.name} (${ROLE_LABELS[role]}) à partir d’une invitation`,
        data: { role },
      },
      now,
    );
    return { email: user.email };
  });
}
