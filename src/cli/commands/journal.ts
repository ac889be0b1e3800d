import { listPractices } from '../../features/accounts/practices.repository.ts';
import { listJournal, verifyJournal } from '../../features/journal/journal.repository.ts';
import { checkAgainstAnchor, parseAnchor } from '../../features/journal/journal-anchor.ts';
import { verifyArchivedJournals } from '../../features/journal/journal-archives.repository.ts';
import { formatDateShort } from '../../lib/dates/format.ts';
import { CliError, type CliIo, println } from '../io.ts';
import { practiceById, withDatabase } from './database.ts';
import { frenchCommand, frenchGroup } from './french-command.ts';

const entries = (n: number) => `${n} entrée${n > 1 ? 's' : ''}`;

/** Recomputes every practice's chain (or one); exit 1 naming the first broken entry of each. */
export const journalVerifyCommand = (io: CliIo) =>
  frenchCommand(
    io,
    'verify',
    'vérifie que le journal de chaque cabinet (et celui d’avant son transfert) n’a pas été modifié',
  )
    .option('--practice <identifiant>', 'vérifie ce cabinet seulement (voir « hygie practice list »)')
    .option(
      '--against <code@nombre>',
      'compare avec le code de contrôle reçu par e-mail (facultatif : --practice quand il y a un seul cabinet)',
    )
    .action((options: { practice?: string; against?: string }) =>
      withDatabase(io, async (db) => {
        if (options.against !== undefined) {
          const parsed = parseAnchor(options.against);
          if (!parsed.ok) throw new CliError(parsed.message);
          const all = options.practice ? [await practiceById(db, options.practice)] : await listPractices(db);
          const [practice] = all;
          if (all.length !== 1 || !practice) {
            throw new CliError(
              all.length === 0
                ? 'Aucun cabinet : il n’y a pas de journal à comparer.'
                : 'Cette installation sert plusieurs cabinets : indiquez lequel avec --practice (voir « hygie practice list »).',
            );
          }
          const entries = (await listJournal(db, practice.id, { limit: 1_000_000 })).reverse();
          const result = checkAgainstAnchor(entries, parsed.anchor);
          println(io.stdout, `Cabinet « ${practice.name} » : ${result.message}`);
          if (!result.ok) {
            throw new CliError(
              'Le journal ne correspond pas au code de contrôle : ne modifiez plus la base, faites-en une copie, et prévenez le ou la titulaire du cabinet.',
            );
          }
          return;
        }
        const practices = options.practice ? [await practiceById(db, options.practice)] : await listPractices(db);
        if (practices.length === 0) {
          println(io.stdout, 'Aucun cabinet : il n’y a pas encore de journal à vérifier.');
          return;
        }
        let broken = 0;
        for (const practice of practices) {
          const result = await verifyJournal(db, practice.id);
          if (result.intact) {
            println(
              io.stdout,
              `Cabinet « ${practice.name} » : journal intact (${entries(result.count)}, empreinte de tête ${result.headHash}).`,
            );
          } else {
            broken += 1;
            println(io.stdout, `Cabinet « ${practice.name} » : journal altéré. ${result.message}`);
          }
          for (const { archive, check } of await verifyArchivedJournals(db, practice.id)) {
            if (!check.intact) broken += 1;
            println(
              io.stdout,
              `Cabinet « ${practice.name} », importé le ${formatDateShort(new Date(archive.archivedAt))} : ${check.message}`,
            );
          }
        }
        if (broken > 0) {
          throw new CliError(
            `${broken === 1 ? 'Un journal a été altéré' : `${broken} journaux ont été altérés`} : ne modifiez plus la base, faites-en une copie, comparez avec une sauvegarde et prévenez le ou la titulaire du cabinet.`,
          );
        }
      }),
    );

export const journalCommand = (io: CliIo) =>
  frenchGroup(io, 'journal', 'journal de traçabilité des cabinets', [journalVerifyCommand(io)]);
