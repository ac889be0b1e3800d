import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../config.ts';
import { connect } from '../../db/connect.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { journalBackup } from '../../features/backup/backup.repository.ts';
import { createBackup } from '../../features/backup/backup.ts';
import { BackupError } from '../../features/backup/backup-format.ts';
import { restoreBackup } from '../../features/backup/restore.ts';
import { formatDateTime } from '../../lib/dates/format.ts';
import { CliError, type CliIo, println, readAll } from '../io.ts';
import { ADMIN_ACTOR } from './database.ts';
import { frenchCommand } from './french-command.ts';

async function passphraseFrom(io: CliIo, useStdin: boolean | undefined): Promise<string> {
  if (!useStdin) throw new CliError('Donnez la phrase de passe sur l’entrée standard avec --passphrase-stdin.');
  const passphrase = (await readAll(io.stdin)).replace(/\r?\n$/, '');
  if (!passphrase) throw new CliError('Phrase de passe vide.');
  return passphrase;
}

export const backupCommand = (io: CliIo) =>
  frenchCommand(io, 'backup', 'crée une sauvegarde chiffrée de la base, même pendant que Hygie fonctionne')
    .requiredOption('--out <fichier>', 'fichier de sauvegarde à créer')
    .option('--passphrase-stdin', 'lit la phrase de passe (à conserver dans le kit de secours) sur l’entrée standard')
    .action(async (options: { out: string; passphraseStdin?: boolean }) => {
      const out = path.resolve(options.out);
      if (fs.existsSync(out)) throw new CliError(`Le fichier ${out} existe déjà : choisissez un autre nom.`);
      const passphrase = await passphraseFrom(io, options.passphraseStdin);
      const handle = connect(loadConfig(io.env));
      try {
        await migrateToLatest(handle.db);
        const now = new Date();
        const { file, checksum } = await createBackup(handle, passphrase, now).catch((error: unknown) => {
          throw error instanceof BackupError ? new CliError(error.message) : error;
        });
        fs.writeFileSync(out, file, { mode: 0o600, flag: 'wx' });
        await journalBackup(handle.db, ADMIN_ACTOR, now);
        println(
          io.stdout,
          `Sauvegarde chiffrée créée : ${out} (${Math.ceil(file.length / 1024)} Ko, ${formatDateTime(now)}).`,
        );
        println(io.stdout, `Empreinte SHA-256 : ${checksum}`);
        println(io.stdout, 'Gardez une copie hors de cet ordinateur, et la phrase de passe dans le kit de secours.');
      } finally {
        await handle.close();
      }
    });

export const restoreCommand = (io: CliIo) =>
  frenchCommand(io, 'restore', 'restaure une sauvegarde dans un dossier de données vide (HYGIE_DATA_DIR)')
    .argument('<fichier>', 'fichier de sauvegarde')
    .option('--passphrase-stdin', 'lit la phrase de passe sur l’entrée standard')
    .action(async (input: string, options: { passphraseStdin?: boolean }) => {
      const config = loadConfig(io.env);
      if (config.databaseUrl)
        throw new CliError('La restauration concerne une installation locale : retirez DATABASE_URL.');
      const source = path.resolve(input);
      if (!fs.existsSync(source)) throw new CliError(`Fichier introuvable : ${source}`);
      const passphrase = await passphraseFrom(io, options.passphraseStdin);
      const report = await restoreBackup(fs.readFileSync(source), passphrase, config.dataDir, config.dbKey).catch(
        (error: unknown) => {
          throw error instanceof BackupError ? new CliError(error.message) : error;
        },
      );
      println(
        io.stdout,
        `Sauvegarde du ${formatDateTime(new Date(report.createdAt))} restaurée dans ${config.dataDir}.`,
      );
      let intact = true;
      for (const practice of report.practices) {
        const j = practice.journal;
        intact &&= j.intact;
        println(
          io.stdout,
          `Cabinet « ${practice.name} » : ${j.intact ? `journal intact (${j.count} entrées)` : j.message}`,
        );
      }
      if (report.keySource === 'generated') {
        println(io.stdout, 'Une nouvelle clé de base a été créée (hygie.key) : imprimez un nouveau kit de secours.');
      }
      if (!intact)
        throw new CliError('Restauration faite, mais un journal n’est pas intact : contactez votre support.');
    });
