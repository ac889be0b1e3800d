import { listPractices } from '../../features/accounts/practices.repository.ts';
import { verifyJournal } from '../../features/journal/journal.repository.ts';
import { CliError, type CliIo, println } from '../io.ts';
import { practiceById, withDatabase } from './database.ts';
import { frenchCommand, frenchGroup } from './french-command.ts';

const entries = (n: number) => `${n} entrée${n > 1 ? 's' : ''}`;

/** Recomputes every practice's chain (or one); exit 1 naming the first broken entry of each. */
export const journalVerifyCommand = (io: CliIo) =>
  frenchCommand(io, 'verify', 'vérifie que le journal de chaque cabinet n’a pas été modifié')
    .option('--practice <identifiant>', 'vérifie ce cabinet seulement (voir « hygie practice list »)')
    .action((options: { practice?: string }) =>
      withDatabase(io, async (db) => {
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
