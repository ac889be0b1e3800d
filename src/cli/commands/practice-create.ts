import type { Command } from 'commander';
import { publicBase } from '../../config.ts';
import { createPracticeWithOwner } from '../../features/accounts/create-practice.ts';
import { listPractices } from '../../features/accounts/practices.repository.ts';
import { CliError, type CliIo, println } from '../io.ts';
import { ADMIN_ACTOR, withDatabase } from './database.ts';
import { frenchCommand } from './french-command.ts';
import { readNewPassword } from './password-input.ts';
import { type NameFlag, type PracticeOptions, parsePracticeInput, withPracticeOptions } from './practice-input.ts';

/** Creates a practice and its owner from the options, then says where to sign in. */
export async function createPracticeFromOptions(
  io: CliIo,
  options: PracticeOptions,
  mode: { nameFlag: NameFlag; firstOnly: boolean },
): Promise<void> {
  const { profile, owner } = parsePracticeInput(options, mode.nameFlag);
  await withDatabase(io, async (db, config) => {
    if (mode.firstOnly && (await listPractices(db)).length > 0) {
      throw new CliError(
        'Hygie est déjà configuré : un cabinet existe déjà sur cette instance. Pour un autre cabinet, utilisez « hygie practice create ».',
      );
    }
    const password = await readNewPassword(io, options.passwordStdin);
    // setup is journaled as the installation itself (actor 'system'), like the first-run wizard.
    const actor = mode.firstOnly ? undefined : ADMIN_ACTOR;
    const created = await createPracticeWithOwner(db, { profile, owner: { ...owner, password } }, new Date(), actor);
    println(io.stdout, `Cabinet « ${created.practice.name} » créé.`);
    println(io.stdout, `Identifiant du cabinet : ${created.practice.id}`);
    println(io.stdout, `Titulaire : ${created.owner.name} (${created.owner.email})`);
    println(
      io.stdout,
      `Connexion : ${publicBase(config)} avec cette adresse e-mail et ce mot de passe, une fois le serveur démarré (« npm start » ou « hygie serve »).`,
    );
  });
}

export const practiceCreateCommand = (io: CliIo): Command =>
  withPracticeOptions(
    frenchCommand(io, 'create', 'crée un cabinet supplémentaire et son ou sa titulaire (hébergement)'),
    '--name',
  ).action((options: PracticeOptions) =>
    createPracticeFromOptions(io, options, { nameFlag: '--name', firstOnly: false }),
  );
