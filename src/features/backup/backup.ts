import type { DbHandle } from '../../db/connect.ts';
import { migrationStatus } from '../../db/migrate.ts';
import { version } from '../../server/version.ts';
import { checkPasswordStrength } from '../accounts/password.ts';
import { BackupError, encryptBackup, fileChecksum } from './backup-format.ts';

export const PG_DUMP_GUIDANCE =
  'Sur PostgreSQL, la sauvegarde se fait avec les outils de la base : par exemple ' +
  '« pg_dump --format=custom "$DATABASE_URL" | gpg --symmetric --cipher-algo AES256 > hygie.dump.gpg », ' +
  'chaque nuit, avec une copie hors du serveur (voir docs/hosting.md).';

/** A backup passphrase protects every record of the practice: it must be strong. */
export function assertStrongPassphrase(passphrase: string): void {
  const verdict = checkPasswordStrength(passphrase, {});
  if (!verdict.ok) {
    throw new BackupError(`Phrase de passe trop faible pour protéger la sauvegarde. ${verdict.message ?? ''}`.trim());
  }
}

/**
 * An encrypted, consistent copy of the whole local database, made while Hygie runs: SQLite's own
 * snapshot of the database (serialised in memory, never written unencrypted), then encrypted with
 * the owner's passphrase.
 */
export async function createBackup(handle: DbHandle, passphrase: string, now: Date) {
  if (!handle.sqlite) throw new BackupError(PG_DUMP_GUIDANCE);
  assertStrongPassphrase(passphrase);
  const [migrations, practices] = await Promise.all([
    migrationStatus(handle.db),
    handle.db
      .selectFrom('practices')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const schema = migrations.filter((m) => m.executedAt).at(-1)?.name ?? '';
  const image = handle.sqlite.serialize();
  const file = encryptBackup(image, passphrase, {
    createdAt: now.toISOString(),
    hygieVersion: version,
    schema,
    practices: Number(practices.n),
  });
  image.fill(0);
  return { file, checksum: fileChecksum(file) };
}
