import { loadConfig } from '../../config.ts';
import { connect } from '../../db/connect.ts';
import { migrateDown, migrateToLatest, migrationStatus } from '../../db/migrate.ts';
import { type CliIo, println } from '../io.ts';
import { frenchCommand } from './french-command.ts';

export const migrateCommand = (io: CliIo) =>
  frenchCommand(io, 'migrate', 'met à jour le schéma de la base (fait aussi au démarrage du serveur)')
    .option('--status', 'affiche les migrations et leur date d’application')
    .option('--down', 'annule la dernière migration (réservé aux opérateurs)')
    .action(async (options: { status?: boolean; down?: boolean }) => {
      const handle = connect(loadConfig(io.env));
      try {
        if (options.status) {
          for (const m of await migrationStatus(handle.db)) {
            println(io.stdout, `${m.executedAt ? m.executedAt.toISOString() : 'en attente             '}  ${m.name}`);
          }
          return;
        }
        const applied = options.down ? await migrateDown(handle.db) : await migrateToLatest(handle.db);
        const verb = options.down ? 'annulée' : 'appliquée';
        if (applied.length === 0) println(io.stdout, 'Le schéma est déjà à jour.');
        for (const name of applied) println(io.stdout, `Migration ${verb} : ${name}`);
      } finally {
        await handle.close();
      }
    });
