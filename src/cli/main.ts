import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config.ts';
import { MigrationError } from '../db/migrate.ts';
import { DatabaseKeyError } from '../db/sqlite.ts';
import { MasterKeyError } from '../lib/crypto/master-key.ts';
import { VaultError } from '../lib/crypto/practice-vault.ts';
import { ReferentialError } from '../lib/referential/index.ts';
import { version } from '../server/version.ts';
import { backupCommand, restoreCommand } from './commands/backup.ts';
import { breachCommand } from './commands/breach.ts';
import { doctorCommand } from './commands/doctor.ts';
import { FRENCH_HELP, frenchParseError } from './commands/french-command.ts';
import { journalCommand } from './commands/journal.ts';
import { keyCommand, rekeyCommand } from './commands/key.ts';
import { mailCommand } from './commands/mail.ts';
import { migrateCommand } from './commands/migrate.ts';
import { passwordCommand } from './commands/password.ts';
import { practiceCommand } from './commands/practice.ts';
import { retentionCommand } from './commands/retention.ts';
import { sealCommand } from './commands/seal.ts';
import { serveCommand } from './commands/serve.ts';
import { setupCommand } from './commands/setup.ts';
import { tokenCommand } from './commands/token.ts';
import { userCommand } from './commands/user.ts';
import { CliError, type CliIo, println, processIo } from './io.ts';

export type CommandFactory = (io: CliIo) => Command;

/** Every sub-command of `hygie`. A feature adds its own factory here. */
const commands: CommandFactory[] = [
  serveCommand,
  migrateCommand,
  doctorCommand,
  setupCommand,
  practiceCommand,
  userCommand,
  tokenCommand,
  journalCommand,
  backupCommand,
  restoreCommand,
  mailCommand,
  passwordCommand,
  breachCommand,
  retentionCommand,
  keyCommand,
  rekeyCommand,
  sealCommand,
];

export function buildProgram(io: CliIo): Command {
  const program = new Command('hygie')
    .description('Hygie : hygiène informatique et conformité RGPD du cabinet de santé')
    .usage('[options] <commande>')
    .version(version, '-v, --version', 'affiche la version')
    .helpOption('-h, --help', 'affiche l’aide')
    .helpCommand('help [commande]', 'affiche l’aide d’une commande')
    .exitOverride()
    .configureHelp(FRENCH_HELP)
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`${frenchParseError(text)}\nAide : « hygie --help ».\n`),
    });
  for (const factory of commands) program.addCommand(factory(io).exitOverride());
  return program;
}

/** Runs the CLI and returns the exit code instead of exiting, so tests can call it in-process. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  try {
    await buildProgram(io).parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof CliError) {
      println(io.stderr, error.message);
      return error.exitCode;
    }
    const operatorErrors = [
      DatabaseKeyError,
      ConfigError,
      MigrationError,
      ReferentialError,
      MasterKeyError,
      VaultError,
    ];
    if (operatorErrors.some((type) => error instanceof type)) {
      println(io.stderr, (error as Error).message);
      return 2;
    }
    println(io.stderr, `Erreur inattendue : ${(error as Error).message}`);
    return 1;
  }
}
