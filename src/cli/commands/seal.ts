import { SEAL_BATCH, sealClearValues } from '../../lib/crypto/vault-seal.ts';
import { CliError, type CliIo, println } from '../io.ts';
import { frenchCommand } from './french-command.ts';
import { onPostgres } from './key.ts';

const count = (n: number) => n.toLocaleString('fr-FR');

/**
 * `hygie seal`: encrypts the practice content still in clear (written before the vault, or before
 * its column was listed), while the instances keep serving (src/lib/crypto/vault-seal.ts).
 */
export const sealCommand = (io: CliIo) =>
  frenchCommand(io, 'seal', 'chiffre le contenu des cabinets encore en clair dans la base (sans arrêter le service)')
    .option('--batch <lignes>', `lignes lues à la fois (${SEAL_BATCH} par défaut)`)
    .action(async (options: { batch?: string }) => {
      const batch = options.batch === undefined ? SEAL_BATCH : Number(options.batch);
      if (!Number.isInteger(batch) || batch < 1 || batch > 100_000) {
        throw new CliError('--batch attend un nombre de lignes entre 1 et 100 000.');
      }
      const report = await onPostgres(io, undefined, async (handle) => {
        await handle.vault?.ready();
        return sealClearValues(handle.db, {
          batch,
          onProgress: (p) =>
            println(io.stdout, `Chiffrement en cours : « ${p.table} », ${count(p.rows)} ligne(s) chiffrée(s)…`),
        });
      });
      if (report.rows === 0 && report.changedMeanwhile === 0) {
        println(io.stdout, 'Rien à chiffrer : tout le contenu des cabinets est déjà chiffré.');
        return;
      }
      println(
        io.stdout,
        `Terminé : ${count(report.values)} valeur(s) chiffrée(s) dans ${count(report.rows)} ligne(s) (${report.tables.length} table(s)).`,
      );
      if (report.changedMeanwhile > 0) {
        println(
          io.stdout,
          `${count(report.changedMeanwhile)} ligne(s) enregistrée(s) entre-temps par Hygie, qui les a chiffrées lui-même : relancez « hygie seal » pour vérifier qu’il ne reste rien.`,
        );
      }
    });
