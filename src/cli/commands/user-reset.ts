import { emailSchema } from '../../features/accounts/accounts.schema.ts';
import { assertStrongPassword } from '../../features/accounts/create-practice.ts';
import { hashPassword } from '../../features/accounts/password.ts';
import { findPractice } from '../../features/accounts/practices.repository.ts';
import { revokeAccess } from '../../features/accounts/revoke-access.ts';
import { deleteUserSessions } from '../../features/accounts/sessions.repository.ts';
import { accountKey, clearThrottle } from '../../features/accounts/throttle.repository.ts';
import { findUserByEmail, updateUser } from '../../features/accounts/users.repository.ts';
import { appendJournal } from '../../features/journal/journal.repository.ts';
import { CliError, type CliIo, println } from '../io.ts';
import { ADMIN_ACTOR, withDatabase } from './database.ts';
import { frenchCommand } from './french-command.ts';
import { readNewPassword } from './password-input.ts';
import { parseWith } from './practice-input.ts';

/**
 * For an owner locked out of a local install: new password, MFA off, signed out everywhere, sign-in
 * delay lifted; all of it journaled in the same transaction.
 */
export const userResetCommand = (io: CliIo) =>
  frenchCommand(io, 'reset', 'remplace le mot de passe d’un compte et désactive sa double authentification')
    .requiredOption('--email <e-mail>', 'adresse e-mail du compte')
    .option('--password-stdin', 'lit le nouveau mot de passe sur l’entrée standard')
    .action((options: { email: string; passwordStdin?: boolean }) => {
      const email = parseWith(emailSchema, options.email, '--email');
      return withDatabase(io, async (db) => {
        const user = await findUserByEmail(db, email);
        const practice = user ? await findPractice(db, user.practiceId) : null;
        if (!user || !practice) {
          throw new CliError(`Aucun compte Hygie n’utilise l’adresse ${email} : vérifiez son orthographe.`);
        }
        const password = await readNewPassword(io, options.passwordStdin);
        assertStrongPassword({ email: user.email, name: user.name, password }, practice.name);
        const passwordHash = await hashPassword(password);
        const now = new Date();
        const closed = await db.transaction().execute(async (trx) => {
          await updateUser(trx, practice.id, user.id, { passwordHash }, now);
          const sessions = await deleteUserSessions(trx, user.id);
          await revokeAccess(trx, practice.id, user.id, now);
          await clearThrottle(trx, accountKey(user.email));
          const subject = { type: 'user', id: user.id };
          await appendJournal(
            trx,
            practice.id,
            {
              actor: ADMIN_ACTOR,
              action: 'user.password_reset',
              subject,
              summary: `Mot de passe de ${user.name} réinitialisé en ligne de commande`,
              data: { by: 'cli' },
            },
            now,
          );
          await appendJournal(
            trx,
            practice.id,
            {
              actor: ADMIN_ACTOR,
              action: 'user.mfa_reset',
              subject,
              summary: `Double authentification de ${user.name} réinitialisée en ligne de commande`,
              data: {},
            },
            now,
          );
          return sessions;
        });
        println(io.stdout, `Mot de passe de ${user.name} (${user.email}) remplacé.`);
        println(
          io.stdout,
          `Double authentification désactivée${user.mfaSecret ? ' : réactivez-la après la connexion' : ''} ; ${closed} session(s) fermée(s) ; délai de connexion levé.`,
        );
        if (user.status !== 'active')
          println(io.stdout, 'Attention : ce compte est désactivé, il ne peut pas se connecter.');
        if (practice.status !== 'active') {
          println(
            io.stdout,
            `Attention : le cabinet est suspendu (« hygie practice resume --practice ${practice.id} »).`,
          );
        }
      });
    });
