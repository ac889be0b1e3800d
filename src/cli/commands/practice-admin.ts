import {
  deletePractice,
  listPractices,
  type Practice,
  setPracticeStatus,
} from '../../features/accounts/practices.repository.ts';
import { appendJournal } from '../../features/journal/journal.repository.ts';
import { formatDateShort } from '../../lib/dates/index.ts';
import { CliError, type CliIo, println } from '../io.ts';
import { ADMIN_ACTOR, practiceById, withDatabase } from './database.ts';
import { frenchCommand } from './french-command.ts';

const STATUS_LABELS: Record<Practice['status'], string> = { active: 'actif', suspended: 'suspendu' };
const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

/** Id, name, status, number of users, creation date: never anything a practice has recorded. */
export const practiceListCommand = (io: CliIo) =>
  frenchCommand(io, 'list', 'liste les cabinets de l’instance (sans leur contenu)').action(() =>
    withDatabase(io, async (db) => {
      const practices = await listPractices(db);
      if (practices.length === 0) {
        println(io.stdout, 'Aucun cabinet pour l’instant : créez le premier avec « hygie setup ».');
        return;
      }
      for (const p of practices) {
        const status = STATUS_LABELS[p.status as Practice['status']] ?? p.status;
        const users = plural(Number(p.users), 'utilisateur');
        println(
          io.stdout,
          `${p.id}  « ${p.name} »  ${status}, ${users}, créé le ${formatDateShort(new Date(p.created_at))}`,
        );
      }
    }),
  );

const STATUS_CHANGES = {
  suspend: {
    status: 'suspended',
    action: 'practice.suspended',
    description: 'suspend un cabinet : plus aucune connexion, données conservées',
    summary: 'Cabinet suspendu par l’administrateur de l’instance',
    already: 'est déjà suspendu',
    done: (p: Practice) =>
      `Cabinet « ${p.name} » suspendu : plus personne ne peut s’y connecter, ses données sont conservées. Pour le rétablir : hygie practice resume --practice ${p.id}`,
  },
  resume: {
    status: 'active',
    action: 'practice.resumed',
    description: 'rétablit un cabinet suspendu',
    summary: 'Cabinet rétabli par l’administrateur de l’instance',
    already: 'est déjà actif',
    done: (p: Practice) => `Cabinet « ${p.name} » rétabli : ses utilisateurs peuvent de nouveau se connecter.`,
  },
} as const;

/** `practice suspend` and `practice resume`: the change and its journal entry in one transaction. */
export const practiceStatusCommand = (io: CliIo, verb: keyof typeof STATUS_CHANGES) => {
  const change = STATUS_CHANGES[verb];
  return frenchCommand(io, verb, change.description)
    .requiredOption('--practice <identifiant>', 'identifiant du cabinet (voir « hygie practice list »)')
    .action((options: { practice: string }) =>
      withDatabase(io, async (db) => {
        const practice = await practiceById(db, options.practice);
        if (practice.status === change.status) {
          println(io.stdout, `Le cabinet « ${practice.name} » ${change.already} : rien à faire.`);
          return;
        }
        const now = new Date();
        await db.transaction().execute(async (trx) => {
          await setPracticeStatus(trx, practice.id, change.status, now);
          await appendJournal(
            trx,
            practice.id,
            {
              actor: ADMIN_ACTOR,
              action: change.action,
              subject: { type: 'practice', id: practice.id },
              summary: change.summary,
              data: {},
            },
            now,
          );
        });
        println(io.stdout, change.done(practice));
      }),
    );
};

/** Deletes a practice and everything it holds (cascade), once its exact name is typed. */
export const practiceDeleteCommand = (io: CliIo) =>
  frenchCommand(io, 'delete', 'supprime définitivement un cabinet et toutes ses données')
    .requiredOption('--practice <identifiant>', 'identifiant du cabinet (voir « hygie practice list »)')
    .requiredOption('--confirm <nom>', 'le nom exact du cabinet, pour confirmer')
    .action((options: { practice: string; confirm: string }) =>
      withDatabase(io, async (db) => {
        const practice = await practiceById(db, options.practice);
        if (options.confirm !== practice.name) {
          throw new CliError(
            `Suppression refusée : --confirm doit reprendre exactement le nom du cabinet, « ${practice.name} ». Rien n’a été supprimé.`,
          );
        }
        const users = (await listPractices(db)).find((p) => p.id === practice.id)?.users ?? 0;
        if (!(await deletePractice(db, practice.id))) throw new CliError('Ce cabinet a déjà été supprimé.');
        println(
          io.stdout,
          `Cabinet « ${practice.name} » supprimé définitivement, avec ${plural(Number(users), 'compte')}, son journal et toutes ses données.`,
        );
      }),
    );
