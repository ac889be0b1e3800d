import { createWriteStream } from 'node:fs';
import { readFile, rename, rm, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { publicBase } from '../../config.ts';
import { linkUrl } from '../../features/accounts/links.repository.ts';
import { ROLE_LABELS } from '../../features/accounts/roles.ts';
import { exportChunks, exportPractice } from '../../features/transfer/transfer-export.ts';
import {
  DEFAULT_IMPORT_MAX_BYTES,
  importPractice,
  importTooLarge,
  parseExport,
} from '../../features/transfer/transfer-import.ts';
import { loadAppSecrets } from '../../lib/crypto/app-secrets.ts';
import { formatDateTime } from '../../lib/dates/index.ts';
import { CliError, type CliIo, println } from '../io.ts';
import { ADMIN_ACTOR, practiceById, withDatabase } from './database.ts';
import { frenchCommand } from './french-command.ts';

const MB = 1024 * 1024;

/**
 * `hygie practice export`: the instance administrator writes everything of one practice (its content
 * included, evidence files in clear) to a file, journaled in the practice's journal. Whoever runs it
 * holds the database key and could read it all anyway (docs/security.md).
 */
export const practiceExportCommand = (io: CliIo) =>
  frenchCommand(io, 'export', 'écrit tout le contenu d’un cabinet dans un fichier JSON (pour le déplacer)')
    .requiredOption('--practice <identifiant>', 'identifiant du cabinet (voir « hygie practice list »)')
    .requiredOption('--out <fichier>', 'fichier à écrire (il contient des données de santé : gardez-le en lieu sûr)')
    .action((options: { practice: string; out: string }) =>
      withDatabase(io, async (db, config) => {
        const practice = await practiceById(db, options.practice);
        const secrets = await loadAppSecrets(db, config.secretKey);
        const file = await exportPractice(
          db,
          secrets.box,
          { practiceId: practice.id, actor: ADMIN_ACTOR, via: 'cli' },
          new Date(),
        );
        if (!file) throw new CliError(`Le cabinet « ${practice.name} » n’existe plus.`);
        // Written beside the target, then renamed: an interrupted export never leaves half a file under its name.
        const partial = `${options.out}.partiel`;
        try {
          await pipeline(Readable.from(exportChunks(file)), createWriteStream(partial, { mode: 0o600 }));
          await rename(partial, options.out);
        } catch (error) {
          await rm(partial, { force: true });
          throw new CliError(`Impossible d’écrire ${options.out} : ${(error as Error).message}`);
        }
        const files = file.tables.evidence_files?.length ?? 0;
        println(io.stdout, `Cabinet « ${practice.name} » exporté dans ${options.out}.`);
        println(
          io.stdout,
          `${file.tables.users?.length ?? 0} membre(s), ${file.journal.count} entrée(s) de journal (empreinte finale ${file.journal.headHash}), ${files} pièce(s) justificative(s).`,
        );
        println(
          io.stdout,
          'Ce fichier contient toutes les données du cabinet en clair : transmettez-le par un moyen sûr et supprimez-le une fois importé.',
        );
      }),
    );

/** `hygie practice import FICHIER`: the file's practice becomes a new practice of this instance. */
export const practiceImportCommand = (io: CliIo) =>
  frenchCommand(io, 'import', 'crée un nouveau cabinet à partir d’un fichier d’export')
    .argument('<fichier>', 'fichier écrit par « hygie practice export » ou téléchargé par le titulaire')
    .option('--max-size <Mo>', 'taille la plus grande acceptée, en Mo', String(DEFAULT_IMPORT_MAX_BYTES / MB))
    .action((path: string, options: { maxSize: string }) => {
      const maxMb = Number(options.maxSize);
      if (!Number.isFinite(maxMb) || maxMb <= 0) {
        throw new CliError('Option --max-size : indiquez un nombre de Mo plus grand que 0, par exemple 400.');
      }
      const maxBytes = Math.floor(maxMb * MB);
      return withDatabase(io, async (db, config) => {
        const size = await stat(path).then(
          (s) => s.size,
          () => {
            throw new CliError(`Fichier introuvable ou illisible : ${path}.`);
          },
        );
        if (size > maxBytes) throw importTooLarge(size, maxBytes);
        const file = parseExport(await readFile(path), maxBytes);
        const secrets = await loadAppSecrets(db, config.secretKey);
        const result = await importPractice(db, secrets.box, file, { actor: ADMIN_ACTOR }, new Date());
        println(
          io.stdout,
          `Cabinet « ${result.practiceName} » importé${result.firstSetup ? ' (première configuration de cette instance)' : ''}.`,
        );
        println(io.stdout, `Identifiant du cabinet : ${result.practiceId}`);
        println(
          io.stdout,
          `Journal d’origine archivé et vérifié (empreinte finale ${result.headHash}) ; le nouveau journal commence par l’enregistrement de cette empreinte.`,
        );
        if (result.linkExpiresAt) {
          println(
            io.stdout,
            `Chaque membre doit choisir un nouveau mot de passe : transmettez-lui son lien, valable une fois, jusqu’au ${formatDateTime(new Date(result.linkExpiresAt))} (ensuite, le titulaire ou « hygie user reset » en crée un autre).`,
          );
        }
        for (const member of result.members) {
          const who = `${member.name} (${ROLE_LABELS[member.role]}, ${member.email})`;
          println(
            io.stdout,
            member.token
              ? `${who} : ${linkUrl(publicBase(config), 'password_reset', member.token)}`
              : `${who} : compte désactivé, pas de lien`,
          );
        }
      });
    });
