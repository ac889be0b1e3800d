import { createCipheriv, createDecipheriv, createHash, randomBytes, scryptSync } from 'node:crypto';

/**
 * A Hygie backup file: a magic line, a JSON header line, then the AES-256-GCM ciphertext and its
 * 16-byte tag. The key comes from the owner's passphrase through scrypt, so the backup survives
 * the loss of the computer and of its key file. The header is authenticated too (GCM AAD), and it
 * carries the SHA-256 of the plaintext, checked after decryption.
 */
export const MAGIC = 'HYGIE-SAUVEGARDE-1\n';
const SCRYPT = { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 };

export class BackupError extends Error {}

export interface BackupMeta {
  createdAt: string;
  hygieVersion: string;
  /** Name of the last migration applied when the backup was made. */
  schema: string;
  practices: number;
}

interface Header extends BackupMeta {
  format: 1;
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  cipher: 'aes-256-gcm';
  iv: string;
  sha256: string;
}

function deriveKey(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }): Buffer {
  return scryptSync(passphrase.normalize('NFKC'), salt, 32, { ...params, maxmem: SCRYPT.maxmem });
}

export function encryptBackup(plain: Buffer, passphrase: string, meta: BackupMeta): Buffer {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const header: Header = {
    format: 1,
    ...meta,
    kdf: { name: 'scrypt', N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p, salt: salt.toString('base64') },
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    sha256: createHash('sha256').update(plain).digest('hex'),
  };
  const headerLine = Buffer.from(`${JSON.stringify(header)}\n`, 'utf8');
  const cipher = createCipheriv('aes-256-gcm', deriveKey(passphrase, salt, SCRYPT), iv);
  cipher.setAAD(headerLine);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([Buffer.from(MAGIC, 'utf8'), headerLine, body, cipher.getAuthTag()]);
}

/** Reads the header without the passphrase (to say what a file is before restoring it). */
export function readBackupHeader(file: Buffer): { header: Header; headerLine: Buffer; body: Buffer } {
  const notBackup = () => new BackupError('Ce fichier n’est pas une sauvegarde Hygie.');
  if (!file.subarray(0, MAGIC.length).equals(Buffer.from(MAGIC, 'utf8'))) throw notBackup();
  const end = file.indexOf(0x0a, MAGIC.length);
  if (end < 0 || end - MAGIC.length > 4096) throw notBackup();
  const headerLine = file.subarray(MAGIC.length, end + 1);
  let header: Header;
  try {
    header = JSON.parse(headerLine.toString('utf8'));
  } catch {
    throw notBackup();
  }
  if (header.format !== 1 || header.cipher !== 'aes-256-gcm' || header.kdf?.name !== 'scrypt') {
    throw new BackupError('Cette sauvegarde a été faite par une version plus récente de Hygie : mettez Hygie à jour.');
  }
  return { header, headerLine, body: file.subarray(end + 1) };
}

export function decryptBackup(file: Buffer, passphrase: string): { meta: BackupMeta; plain: Buffer } {
  const { header, headerLine, body } = readBackupHeader(file);
  if (body.length < 17) throw new BackupError('Sauvegarde incomplète : le fichier a été tronqué.');
  const { N, r, p } = header.kdf;
  if (![N, r, p].every((n) => Number.isSafeInteger(n) && n > 0) || N > 2 ** 20 || r > 32 || p > 16) {
    throw new BackupError('Ce fichier n’est pas une sauvegarde Hygie.');
  }
  const decipher = createDecipheriv(
    'aes-256-gcm',
    deriveKey(passphrase, Buffer.from(header.kdf.salt, 'base64'), { N, r, p }),
    Buffer.from(header.iv, 'base64'),
  );
  decipher.setAAD(headerLine);
  decipher.setAuthTag(body.subarray(body.length - 16));
  let plain: Buffer;
  try {
    plain = Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]);
  } catch {
    throw new BackupError(
      'Phrase de passe incorrecte, ou fichier de sauvegarde modifié ou abîmé : rien n’a été restauré.',
    );
  }
  if (createHash('sha256').update(plain).digest('hex') !== header.sha256) {
    throw new BackupError('La somme de contrôle de la sauvegarde ne correspond pas : le fichier est abîmé.');
  }
  const { createdAt, hygieVersion, schema, practices } = header;
  return { meta: { createdAt, hygieVersion, schema, practices }, plain };
}

/** The SHA-256 of the whole file, shown to the user so a copy can be checked by hand. */
export function fileChecksum(file: Buffer): string {
  return createHash('sha256').update(file).digest('hex');
}
