import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { KEY_BYTES, SecretKeyError, secretKeyFrom } from './secret-box.ts';

/**
 * The master key of hosted (PostgreSQL) instances: it wraps each practice's data key
 * (`practice-vault.ts`) and never sits in the database. It comes from the file named by
 * `HYGIE_MASTER_KEY_FILE`, written by `hygie key create --out FICHIER`.
 *
 * File format: one key per line, base64 (44 characters) or hex (64); empty lines and lines starting
 * with `#` are ignored. The first key is the current one (it wraps); the following ones are previous
 * keys, still accepted to unwrap during a rotation (`hygie rekey`), removed once it is over.
 */
export class MasterKeyError extends Error {}

export interface MasterKeyring {
  /** The current key first, then the previous ones. */
  keys: Buffer[];
  /** Where the keys come from: `file` (HYGIE_MASTER_KEY_FILE) or `database` (an instance made before, to move). */
  source: 'file' | 'database';
}

/** A short public name of a key (stored beside each wrapped data key, so a rotation knows what to re-wrap). */
export const masterKeyId = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 16);

export const newMasterKey = () => randomBytes(KEY_BYTES);

/** The text of a key file holding these keys (current first). */
export function masterKeyFileText(keys: Buffer[]): string {
  const [current, ...previous] = keys;
  if (!current) throw new MasterKeyError('Aucune clé à écrire.');
  return [
    '# Clé maîtresse de Hygie (HYGIE_MASTER_KEY_FILE). Ne la gardez jamais à côté des sauvegardes de la base.',
    current.toString('base64'),
    ...(previous.length ? ['# Clés précédentes, encore acceptées pendant un changement de clé (hygie rekey) :'] : []),
    ...previous.map((key) => key.toString('base64')),
    '',
  ].join('\n');
}

/** Reads the keys of a key file; a French MasterKeyError says what is wrong. */
export function readMasterKeyFile(file: string): Buffer[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new MasterKeyError(
      `Le fichier de la clé maîtresse « ${file} » (HYGIE_MASTER_KEY_FILE) est illisible ou absent : créez-le avec « hygie key create --out ${file} ».`,
    );
  }
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  if (lines.length === 0) {
    throw new MasterKeyError(`Le fichier de la clé maîtresse « ${file} » ne contient aucune clé.`);
  }
  return lines.map((line, index) => {
    try {
      return secretKeyFrom(line);
    } catch (error) {
      if (!(error instanceof SecretKeyError)) throw error;
      throw new MasterKeyError(
        `Le fichier de la clé maîtresse « ${file} », ligne de clé n° ${index + 1}, n’est pas une clé de 32 octets : recréez-le avec « hygie key create --out FICHIER ».`,
      );
    }
  });
}

/** Writes a key file readable by its owner only; refuses to overwrite an existing file. */
export function writeMasterKeyFile(file: string, keys: Buffer[]): void {
  try {
    fs.writeFileSync(file, masterKeyFileText(keys), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new MasterKeyError(
      code === 'EEXIST'
        ? `Le fichier « ${file} » existe déjà : choisissez un autre nom (une clé n’est jamais écrasée).`
        : `Impossible d’écrire « ${file} » (${code ?? 'erreur'}) : vérifiez le dossier et ses droits.`,
    );
  }
}

/** The French refusal of a new hosted instance started without its master key. */
export const MISSING_MASTER_KEY =
  'Clé maîtresse absente : une instance hébergée (PostgreSQL) chiffre le contenu de chaque cabinet avec une clé gardée hors de la base. Créez-la avec « hygie key create --out /etc/hygie/master.key », puis indiquez ce fichier dans HYGIE_MASTER_KEY_FILE (le même fichier pour chaque instance).';
