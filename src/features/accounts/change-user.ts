import type { Db } from '../../db/connect.ts';
import { isPostgres } from '../../db/dialect.ts';
import type { AppDeps } from '../../server/app.ts';
import { badRequest, conflict, notFound } from '../../server/errors.ts';
import { appendJournal } from '../journal/journal.repository.ts';
import type { JournalEvent } from '../journal/journal-events.ts';
import type { UserView } from './accounts.schema.ts';
import { actorOf } from './actor.ts';
import type { AuthContext } from './auth.plugin.ts';
import { ROLE_LABELS } from './roles.ts';
import { deleteUserSessions } from './sessions.repository.ts';
import { countActiveOwners, findUser, toUserView, updateUser } from './users.repository.ts';
import type { UserChange } from './users.schema.ts';

export const USER_NOT_FOUND = 'Utilisateur introuvable dans votre cabinet.';
export const LAST_OWNER =
  'Le cabinet doit garder au moins un titulaire actif : nommez d’abord un autre titulaire, puis recommencez.';

/**
 * On PostgreSQL, owner changes of one practice wait for each other, so two owners demoting each
 * other at the same time cannot leave the practice without an owner (SQLite serialises anyway).
 */
async function lockPractice(trx: Db, practiceId: string): Promise<void> {
  if (!isPostgres(trx)) return;
  await trx.selectFrom('practices').select('id').where('id', '=', practiceId).forNoKeyUpdate().execute();
}

/**
 * Changes a user's role and/or status for the owner. Refuses to leave the practice without an
 * active owner; a change signs the user out everywhere; deactivation keeps the account and its
 * history. Nothing changes (and nothing is journaled) when the values are the current ones.
 */
export async function changeUser(
  deps: AppDeps,
  auth: AuthContext,
  userId: string,
  change: UserChange,
): Promise<UserView> {
  if (change.role === undefined && change.status === undefined) {
    throw badRequest('Indiquez le nouveau rôle ou le nouvel état du compte.');
  }
  const now = deps.clock.now();
  return deps.handle.db.transaction().execute(async (trx) => {
    await lockPractice(trx, auth.practiceId);
    const user = await findUser(trx, auth.practiceId, userId);
    if (!user) throw notFound(USER_NOT_FOUND);
    const role = change.role ?? user.role;
    const status = change.status ?? user.status;
    if (role === user.role && status === user.status) return toUserView(user);
    const losesAnOwner = user.role === 'owner' && user.status === 'active' && (role !== 'owner' || status !== 'active');
    if (losesAnOwner && (await countActiveOwners(trx, auth.practiceId)) <= 1) {
      throw conflict(LAST_OWNER, role !== 'owner' ? 'role' : 'status');
    }
    await updateUser(trx, auth.practiceId, user.id, { role, status }, now);
    await deleteUserSessions(trx, user.id);
    const journal = (event: JournalEvent, summary: string) =>
      appendJournal(
        trx,
        auth.practiceId,
        { actor: actorOf(auth), subject: { type: 'user', id: user.id }, summary, ...event },
        now,
      );
    if (role !== user.role) {
      const summary = `${user.name} passe du rôle ${ROLE_LABELS[user.role]} au rôle ${ROLE_LABELS[role]}`;
      await journal({ action: 'user.role_changed', data: { from: user.role, to: role } }, summary);
    }
    if (status !== user.status) {
      await (status === 'deactivated'
        ? journal({ action: 'user.deactivated', data: {} }, `Compte de ${user.name} désactivé`)
        : journal({ action: 'user.reactivated', data: {} }, `Compte de ${user.name} réactivé`));
    }
    return toUserView({ ...user, role, status });
  });
}
