import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../config.ts';
import { connect, connectPostgres, type DbHandle } from '../../db/connect.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import {
  MasterKeyError,
  masterKeyFileText,
  newMasterKey,
  readMasterKeyFile,
  writeMasterKeyFile,
} from '../../lib/crypto/master-key.ts';
import { clearRowsWarning, countClearRows } from '../../lib/crypto/vault-seal.ts';
import { CliError, type CliIo, println } from '../io.ts';
import { frenchCommand } from './french-command.ts';

/** Rewrites a key file with its current key only (a temporary file renamed over it, owner-only). */
function keepCurrentKeyOnly(file: string): boolean {
  const keys = readMasterKeyFile(file);
  if (keys.length === 1) return false;
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(temporary, masterKeyFileText(keys.slice(0, 1)), { mode: 0o600 });
  fs.renameSync(temporary, file);
  return true;
}

/** Runs `work` on the configured PostgreSQL database (migrated); refuses SQLite, where it is useless. */
export async function onPostgres<T>(
  io: CliIo,
  masterKeyFile: string | undefined,
  work: (handle: DbHandle) => Promise<T>,
) {
  const config = loadConfig(io.env);
  if (!config.databaseUrl) {
    throw new CliError(
      'Inutile ici : sans DATABASE_URL, la base SQLite est chiffrée en entier par sa propre clé (voir docs/security.md).',
    );
  }
  const handle = masterKeyFile ? connectPostgres(config.databaseUrl, { masterKeyFile }) : connect(config);
  try {
    await migrateToLatest(handle.db);
    return await work(handle);
  } finally {
    await handle.close();
  }
}

/**
 * `hygie rekey`: every practice's data key re-wrapped with the current (first) key of
 * HYGIE_MASTER_KEY_FILE, then the previous keys removed from the file; `--to-file` moves the key an
 * older instance keeps in the database to a new key file. The content is never re-encrypted, so
 * the instances keep serving (docs/hosting.md, « Changer la clé maîtresse »).
 */
export async function rekey(io: CliIo, toFile: string | undefined): Promise<number> {
  const config = loadConfig(io.env);
  if (!toFile) {
    if (!config.masterKeyFile) {
      throw new CliError(
        'HYGIE_MASTER_KEY_FILE n’est pas indiqué : pour une instance dont la clé est encore dans la base, lancez « hygie rekey --to-file /etc/hygie/master.key ».',
      );
    }
    const file = config.masterKeyFile;
    const { changed, clear } = await onPostgres(io, file, async (handle) => ({
      changed: (await handle.vault?.rewrapAll()) ?? 0,
      clear: await countClearRows(handle.db),
    }));
    const pruned = keepCurrentKeyOnly(file);
    println(io.stdout, `Clés de cabinet protégées à nouveau par la clé actuelle : ${changed}.`);
    if (pruned) println(io.stdout, `Les clés précédentes ont été retirées de ${file} : elles n’ouvrent plus rien.`);
    if (clear > 0) println(io.stdout, clearRowsWarning(clear));
    return changed;
  }
  const file = path.resolve(toFile);
  let clear = 0;
  const changed = await onPostgres(io, undefined, async (handle) => {
    clear = await countClearRows(handle.db);
    const vault = handle.vault;
    const legacy = await vault?.store.legacyMasterKey();
    if (!vault || !legacy) {
      throw new CliError(
        'La clé maîtresse de cette instance n’est pas gardée dans la base : rien à déplacer (une nouvelle instance crée sa clé avec « hygie key create --out FICHIER »).',
      );
    }
    // The new key first, the one kept in the database second until every data key is re-wrapped.
    writeMasterKeyFile(file, [newMasterKey(), Buffer.from(legacy, 'base64')]);
    const moved = connectPostgres(config.databaseUrl as string, { masterKeyFile: file });
    try {
      const count = (await moved.vault?.rewrapAll()) ?? 0;
      await vault.store.deleteLegacyMasterKey();
      return count;
    } finally {
      await moved.close();
    }
  });
  keepCurrentKeyOnly(file);
  println(
    io.stdout,
    `Clé maîtresse déplacée hors de la base dans ${file} (${changed} clés de cabinet protégées par elle).`,
  );
  println(
    io.stdout,
    `Indiquez maintenant HYGIE_MASTER_KEY_FILE=${file} à chaque instance et redémarrez-les ; gardez une copie de ce fichier ailleurs que les sauvegardes de la base.`,
  );
  if (clear > 0) println(io.stdout, clearRowsWarning(clear));
  return changed;
}

export const keyCommand = (io: CliIo) => {
  const command = frenchCommand(io, 'key', 'clé maîtresse des instances hébergées (PostgreSQL)');
  command.addCommand(
    frenchCommand(io, 'create', 'crée un fichier de clé maîtresse (lisible par son propriétaire seulement)')
      .requiredOption('--out <fichier>', 'le fichier à créer (jamais écrasé)')
      .option(
        '--previous <fichier>',
        'garde les clés de ce fichier comme clés précédentes, pendant un changement de clé',
      )
      .action((options: { out: string; previous?: string }) => {
        const previous = options.previous ? readMasterKeyFile(path.resolve(options.previous)) : [];
        const file = path.resolve(options.out);
        writeMasterKeyFile(file, [newMasterKey(), ...previous]);
        println(io.stdout, `Clé maîtresse créée : ${file} (droits 600).`);
        println(
          io.stdout,
          previous.length
            ? 'Donnez ce fichier à chaque instance (HYGIE_MASTER_KEY_FILE) et redémarrez-les une à une, puis lancez « hygie rekey ».'
            : 'Indiquez ce fichier dans HYGIE_MASTER_KEY_FILE (le même pour chaque instance) et gardez-en une copie ailleurs que les sauvegardes de la base : sans elle, le contenu des cabinets est illisible.',
        );
      }),
  );
  return command;
};

export const rekeyCommand = (io: CliIo) =>
  frenchCommand(io, 'rekey', 'change la clé maîtresse sans arrêter le service (clés des cabinets protégées à nouveau)')
    .option('--to-file <fichier>', 'déplace hors de la base la clé d’une instance créée sans HYGIE_MASTER_KEY_FILE')
    .action(async (options: { toFile?: string }) => {
      try {
        await rekey(io, options.toFile);
      } catch (error) {
        if (error instanceof MasterKeyError) throw new CliError(error.message, 2);
        throw error;
      }
    });
