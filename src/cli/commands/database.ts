import { type Config, loadConfig } from '../../config.ts';
import { connect, type Db } from '../../db/connect.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { findPractice, listPractices, type Practice } from '../../features/accounts/practices.repository.ts';
import type { JournalActor } from '../../features/journal/journal.repository.ts';
import { HttpError } from '../../server/errors.ts';
import { CliError, type CliIo } from '../io.ts';

/** The journal's name for whoever runs `hygie` on the server (the instance administrator). */
export const ADMIN_ACTOR: JournalActor = {
  type: 'admin',
  id: null,
  label: 'Administrateur de l’instance (ligne de commande)',
};

const FIELD_REFUSED: Record<string, string> = {
  password: 'Mot de passe refusé',
  email: 'Adresse e-mail refusée',
};

/** A domain refusal (thrown for the web API) becomes a French CLI error; anything else is kept. */
function toCliError(error: unknown): unknown {
  if (!(error instanceof HttpError)) return error;
  const prefix = error.field ? FIELD_REFUSED[error.field] : undefined;
  return new CliError(prefix ? `${prefix} : ${error.message}` : error.message);
}

/**
 * Opens the database of the server's configuration, brings its schema up to date (so that a
 * fresh install works), runs `work`, and always closes the connection.
 */
export async function withDatabase<T>(io: CliIo, work: (db: Db, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig(io.env);
  const handle = connect(config);
  try {
    await migrateToLatest(handle.db);
    await handle.vault?.ready();
    return await work(handle.db, config);
  } catch (error) {
    throw toCliError(error);
  } finally {
    await handle.close();
  }
}

const LIST_HINT = 'les identifiants s’affichent avec « hygie practice list »';

/** The practice with this id, or a CLI error saying how to find the right one. */
export async function practiceById(db: Db, id: string): Promise<Practice> {
  const practice = await findPractice(db, id.trim());
  if (!practice) throw new CliError(`Aucun cabinet n’a l’identifiant « ${id} » : ${LIST_HINT}.`);
  return practice;
}

/** `--practice` when given, else the only practice of the instance. */
export async function practiceOrOnly(db: Db, id: string | undefined): Promise<Practice> {
  if (id) return practiceById(db, id);
  const all = await listPractices(db);
  const only = all.length === 1 ? all[0] : undefined;
  if (only) return practiceById(db, only.id);
  if (all.length === 0) throw new CliError('Aucun cabinet n’est encore configuré : lancez d’abord « hygie setup ».');
  throw new CliError(
    `Cette instance compte ${all.length} cabinets : précisez lequel avec --practice IDENTIFIANT (${LIST_HINT}).`,
  );
}
