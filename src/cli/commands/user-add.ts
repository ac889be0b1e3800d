import { emailSchema, roleSchema, userNameSchema } from '../../features/accounts/accounts.schema.ts';
import { addUser } from '../../features/accounts/create-practice.ts';
import { ROLE_LABELS } from '../../features/accounts/roles.ts';
import { findUserByEmail } from '../../features/accounts/users.repository.ts';
import { appendJournal } from '../../features/journal/journal.repository.ts';
import { CliError, type CliIo, println } from '../io.ts';
import { ADMIN_ACTOR, practiceOrOnly, withDatabase } from './database.ts';
import { frenchCommand } from './french-command.ts';
import { readNewPassword } from './password-input.ts';
import { parseWith } from './practice-input.ts';

interface UserAddOptions {
  email: string;
  name: string;
  role: string;
  passwordStdin?: boolean;
  practice?: string;
}

export const userAddCommand = (io: CliIo) =>
  frenchCommand(io, 'add', 'crée un compte dans un cabinet')
    .requiredOption('--email <e-mail>', 'adresse e-mail de la personne (son identifiant de connexion)')
    .requiredOption('--name <nom>', 'prénom et nom')
    .requiredOption(
      '--role <rôle>',
      'owner (titulaire), practitioner (praticien), secretary (secrétaire) ou auditor (auditeur)',
    )
    .option('--password-stdin', 'lit le mot de passe sur l’entrée standard')
    .option('--practice <identifiant>', 'identifiant du cabinet, inutile quand l’instance n’en compte qu’un')
    .action((options: UserAddOptions) => {
      const email = parseWith(emailSchema, options.email, '--email');
      const name = parseWith(userNameSchema, options.name, '--name');
      const role = parseWith(roleSchema, options.role, '--role');
      return withDatabase(io, async (db) => {
        const practice = await practiceOrOnly(db, options.practice);
        if (await findUserByEmail(db, email)) {
          throw new CliError(`L’adresse ${email} est déjà celle d’un compte Hygie : choisissez une autre adresse.`);
        }
        const password = await readNewPassword(io, options.passwordStdin);
        const now = new Date();
        const user = await db.transaction().execute(async (trx) => {
          const added = await addUser(trx, practice, { email, name, role, password }, now);
          await appendJournal(
            trx,
            practice.id,
            {
              actor: ADMIN_ACTOR,
              action: 'user.joined',
              subject: { type: 'user', id: added.id },
              summary: `Compte créé pour ${added.name} (${ROLE_LABELS[role]})`,
              data: { role },
            },
            now,
          );
          return added;
        });
        println(
          io.stdout,
          `Compte créé : ${user.name} (${user.email}), ${ROLE_LABELS[role].toLowerCase()} du cabinet « ${practice.name} ».`,
        );
      });
    });
